#!/usr/bin/env python3
"""Writes the .xlsx fixtures of the workbook reader's tests into this folder.

    python3 -m venv /tmp/xlsx-venv && /tmp/xlsx-venv/bin/pip install openpyxl
    /tmp/xlsx-venv/bin/python Tests/CongKhaiTests/Fixtures/xlsx/make_fixtures.py

Workbooks that look like real exports are written with openpyxl. openpyxl writes no cached
formula values, no inline strings and no 1904 dates, so those workbooks, and the malformed
ones, are written part by part with zipfile. Every file is small and committed; rerun the
script after changing it.
"""
import datetime
import io
import os
import re
import zipfile

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_TIME = (2025, 1, 1, 0, 0, 0)

# The catalog rows as the equivalent CSV holds them; the workbook stores codes and dates as
# Excel would after a webmaster typed them into General cells.
CATALOG_CSV = """Mã TTHC,Tên thủ tục,Lĩnh vực,Thời hạn giải quyết,Phí,Mức độ DVC,Hiệu lực từ
2.000850,Đăng ký kết hôn,Hộ tịch,Trong ngày,Miễn phí,toàn trình,01/07/2025
1.001193,Đăng ký khai sinh,Hộ tịch,1 ngày,Miễn phí,toàn trình,15/02/2025
2.000815,Chứng thực bản sao từ bản chính,Chứng thực,Trong ngày,2.000 đồng/trang,một phần,
1.000003,Thủ tục sắp áp dụng,Hộ tịch,3 ngày,Miễn phí,,01/01/2027
"""


def path(name):
    return os.path.join(HERE, name)


def catalog_sheet(ws, title_rows=True):
    """Title rows, a two-row merged header, an STT column, numeric codes and serial dates."""
    top = 1
    if title_rows:
        ws["A1"] = "UBND XÃ THỬ NGHIỆM"
        ws.merge_cells("A1:H1")
        ws["A2"] = "DANH MỤC THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA UBND XÃ"
        ws.merge_cells("A2:H2")
        top = 4  # row 3 left blank, as exports do
    ws.cell(top, 1, "STT")
    ws.merge_cells(start_row=top, start_column=1, end_row=top + 1, end_column=1)
    ws.cell(top, 2, "Thông tin thủ tục")
    ws.merge_cells(start_row=top, start_column=2, end_row=top, end_column=3)
    ws.cell(top + 1, 2, "Mã TTHC")
    ws.cell(top + 1, 3, "Tên thủ tục")
    for column, name in enumerate(["Lĩnh vực", "Thời hạn giải quyết", "Phí", "Mức độ DVC", "Hiệu lực từ"], start=4):
        ws.cell(top, column, name)
        ws.merge_cells(start_row=top, start_column=column, end_row=top + 1, end_column=column)
    rows = [
        (2.00085, "Đăng ký kết hôn", "Hộ tịch", "Trong ngày", "Miễn phí", "toàn trình", datetime.date(2025, 7, 1)),
        (1.001193, CellRichText([TextBlock(InlineFont(b=True), "Đăng ký "), "khai sinh"]), "Hộ tịch", "1 ngày", "Miễn phí", "toàn trình", datetime.date(2025, 2, 15)),
        ("2.000815", "Chứng thực bản sao từ bản chính", "Chứng thực", "Trong ngày", "2.000 đồng/trang", "một phần", None),
        ("1.000003", "Thủ tục sắp áp dụng", "Hộ tịch", "3 ngày", "Miễn phí", None, datetime.date(2027, 1, 1)),
    ]
    for offset, values in enumerate(rows):
        row = top + 2 + offset
        ws.cell(row, 1, offset + 1)
        for column, value in enumerate(values, start=2):
            if value is None:
                continue
            cell = ws.cell(row, column, value)
            if isinstance(value, datetime.date):
                cell.number_format = "dd/mm/yyyy"
    # Formatting left far below and to the right: trailing empty rows and columns.
    for ref in ("J30", "A31", "K5"):
        ws[ref].number_format = "@"
    ws["B40"] = "   "


def write_catalog():
    wb = Workbook()
    notes = wb.active
    notes.title = "Ghi chú"
    notes["A1"] = "Mã TTHC"
    notes["B1"] = "Trang ẩn: không được đọc"
    notes.sheet_state = "hidden"
    catalog_sheet(wb.create_sheet("Danh mục"))
    save(wb, "catalog.xlsx")
    with open(path("catalog.csv"), "w", encoding="utf-8") as out:
        out.write(CATALOG_CSV)


def write_chosen_sheet():
    wb = Workbook()
    summary = wb.active
    summary.title = "Tổng hợp"
    summary["A1"] = "Đơn vị"
    summary["B1"] = "Số thủ tục"
    summary["A2"] = "Xã Thử Nghiệm"
    summary["B2"] = 4
    catalog_sheet(wb.create_sheet("Danh mục"), title_rows=False)
    save(wb, "chosen-sheet.xlsx")


REGISTER_CSV = """Mã hồ sơ,Mã TTHC,Người nộp,Ngày tiếp nhận,Ngày trả,Lý do,Đồng ý công khai tên
HS-1,1.014028,Nguyễn Văn An,06/01/2025 09:00,08/01/2025,,có
HS-3,1.014028,Lê Văn Cường,06/01/2025 09:00,13/01/2025,Chờ xác minh,không
"""


def write_empty_and_all_hidden():
    wb = Workbook()
    wb.active.title = "Trống"
    wb.active["C3"].number_format = "@"  # formatting only, no value
    save(wb, "empty-sheet.xlsx")
    # Excel and openpyxl refuse to save this, but other tools write it.
    parts = standard_parts(kinds_sheet([]))
    parts["xl/workbook.xml"] = workbook_xml().replace(
        '<sheet name="Dữ liệu" sheetId="1" r:id="rId1"/>',
        '<sheet name="Ẩn" sheetId="1" state="hidden" r:id="rId1"/><sheet name="Rất ẩn" sheetId="2" state="veryHidden" r:id="rId1"/>')
    write_parts("all-sheets-hidden.xlsx", parts)


def write_register():
    """The dossier register as one-stop software exports it: a title row, STT, a numeric
    procedure code, receipt times as serials with a date-time format, booleans for consent."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Sổ theo dõi"
    ws["A1"] = "SỔ THEO DÕI HỒ SƠ GIẢI QUYẾT QUÁ HẠN"
    ws.merge_cells("A1:H1")
    for column, name in enumerate(["STT", "Mã hồ sơ", "Mã TTHC", "Người nộp", "Ngày tiếp nhận", "Ngày trả", "Lý do", "Đồng ý công khai tên"], start=1):
        ws.cell(3, column, name)
    rows = [
        ("HS-1", 1.014028, "Nguyễn Văn An", datetime.datetime(2025, 1, 6, 9, 0), datetime.date(2025, 1, 8), None, True),
        ("HS-3", "1.014028", "Lê Văn Cường", datetime.datetime(2025, 1, 6, 9, 0), datetime.date(2025, 1, 13), "Chờ xác minh", False),
    ]
    for offset, values in enumerate(rows):
        ws.cell(4 + offset, 1, offset + 1)
        for column, value in enumerate(values, start=2):
            if value is None:
                continue
            cell = ws.cell(4 + offset, column, value)
            if isinstance(value, datetime.datetime):
                cell.number_format = "dd/mm/yyyy hh:mm"
            elif isinstance(value, datetime.date):
                cell.number_format = "dd/mm/yyyy"
    save(wb, "register.xlsx")
    with open(path("register.csv"), "w", encoding="utf-8") as out:
        out.write(REGISTER_CSV)


# The one-stop software's export of ALL dossiers (OpenCPS style): personal columns CongKhai
# must never read, every state of a dossier, a two-row header. The CSV is the same export
# saved as CSV UTF-8 (personal data included: the reader must drop it either way). A lookup
# formula's error (#N/A) in a phone cell must not even be reported: that column is never read.
ONE_STOP_CSV = """Mã hồ sơ,Mã thủ tục,Chủ hồ sơ,Địa chỉ,Số điện thoại,Thư điện tử,Ngày tiếp nhận,Ngày hẹn trả,Ngày gia hạn,Ngày hoàn thành,Ngày trả,Trạng thái,Trực tuyến
000.00.25.H55-250106-0001,1.014028,Nguyễn Văn An,Số 12 đường Lê Lợi,0912345678,an@example.vn,06/01/2025 09:00,09/01/2025,,08/01/2025,08/01/2025,Đã trả kết quả,Có
000.00.25.H55-250106-0002,1.014028,Lê Văn Cường,Thôn 2,0912345679,cuong@example.vn,06/01/2025 09:00,09/01/2025,,09/01/2025,10/01/2025,Đã trả kết quả,Không
000.00.25.H55-250106-0003,1.014028,Trần Thị Bích,Thôn 3,0912345680,bich@example.vn,06/01/2025 09:00,09/01/2025,15/01/2025,14/01/2025,,Có kết quả,Có
000.00.25.H55-250107-0004,1.014028,Phạm Văn Dũng,Thôn 4,0912345681,dung@example.vn,07/01/2025 09:00,10/01/2025,,,,Công dân yêu cầu rút hồ sơ,Không
000.00.25.H55-250107-0005,1.014028,Võ Thị Em,Thôn 5,0912345682,em@example.vn,07/01/2025 09:00,10/01/2025,,,,Dừng xử lý,Có
000.00.25.H55-250108-0006,1.014028,Hồ Văn Phúc,Thôn 6,#N/A,phuc@example.vn,08/01/2025 09:00,,,,,Mới đăng ký,Có
"""


def write_one_stop_register():
    """ONE_STOP_CSV as the one-stop software writes it to Excel: title rows, STT, parents
    "Thông tin hồ sơ" and "Thời gian" merged over their columns, the rest merged down through
    both header rows, the procedure code as a number, dates as serials."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Danh sách hồ sơ"
    ws["A1"] = "HỆ THỐNG THÔNG TIN GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TỈNH"
    ws.merge_cells("A1:N1")
    ws["A2"] = "DANH SÁCH HỒ SƠ TỪ NGÀY 01/01/2025 ĐẾN NGÀY 31/01/2025"
    ws.merge_cells("A2:N2")
    header = ONE_STOP_CSV.splitlines()[0].split(",")
    top = 4
    ws.cell(top, 1, "STT")
    ws.merge_cells(start_row=top, start_column=1, end_row=top + 1, end_column=1)
    groups = {"Thông tin hồ sơ": (2, 7), "Thời gian": (8, 12)}
    for name, (first, last) in groups.items():
        ws.cell(top, first, name)
        ws.merge_cells(start_row=top, start_column=first, end_row=top, end_column=last)
    for column, name in enumerate(header, start=2):
        if any(first <= column <= last for first, last in groups.values()):
            ws.cell(top + 1, column, name)
        else:
            ws.cell(top, column, name)
            ws.merge_cells(start_row=top, start_column=column, end_row=top + 1, end_column=column)
    for offset, line in enumerate(ONE_STOP_CSV.splitlines()[1:]):
        row = top + 2 + offset
        ws.cell(row, 1, offset + 1)
        for column, text in enumerate(line.split(","), start=2):
            if not text:
                continue
            value = text
            if column == 3:
                value = float(text)  # the code typed into a General cell
            elif re.fullmatch(r"\d\d/\d\d/\d{4}( \d\d:\d\d)?", text):
                day, month, year = int(text[0:2]), int(text[3:5]), int(text[6:10])
                if len(text) > 10:
                    value = datetime.datetime(year, month, day, int(text[11:13]), int(text[14:16]))
                else:
                    value = datetime.date(year, month, day)
            cell = ws.cell(row, column, value)
            if isinstance(value, datetime.datetime):
                cell.number_format = "dd/mm/yyyy hh:mm"
            elif isinstance(value, datetime.date):
                cell.number_format = "dd/mm/yyyy"
    save(wb, "one-stop-register.xlsx")
    with open(path("one-stop-register.csv"), "w", encoding="utf-8") as out:
        out.write(ONE_STOP_CSV)


# Seed 004's online-service table, flat as a webmaster would type it, and as the reporting
# export lays it out: five header rows of merged cells.
ONLINE_CSV = """Đơn vị,Một phần kỳ 1,Một phần kỳ 2,Toàn trình kỳ 1,Toàn trình kỳ 2
Xã Thử Nghiệm,412,455,198,287
Xã Bên Cạnh,0,12,40,30
"""


def write_online_report():
    wb = Workbook()
    ws = wb.active
    ws.title = "Báo cáo"
    ws["A1"] = "KẾT QUẢ THỰC HIỆN DỊCH VỤ CÔNG TRỰC TUYẾN NĂM 2024"
    ws.merge_cells("A1:H1")
    # Rows 3–7: the header. Stt and Địa phương merged down through all five rows.
    for column, name in ((1, "Stt"), (2, "Địa phương")):
        ws.cell(3, column, name)
        ws.merge_cells(start_row=3, start_column=column, end_row=7, end_column=column)
    ws["C3"] = "Số lượng hồ sơ phát sinh"
    ws.merge_cells("C3:H3")
    for first, kind in ((3, "Dịch công trực tuyến một phần"), (6, "Dịch công trực tuyến toàn trình")):
        ws.cell(4, first, kind)
        ws.merge_cells(start_row=4, start_column=first, end_row=4, end_column=first + 2)
        ws.cell(5, first, "Số hồ sơ theo kỳ")
        ws.merge_cells(start_row=5, start_column=first, end_row=5, end_column=first + 1)
        ws.cell(5, first + 2, "So sánh tỷ lệ")
        ws.merge_cells(start_row=5, start_column=first + 2, end_row=7, end_column=first + 2)
        ws.cell(6, first, "Kỳ 1")
        ws.cell(6, first + 1, "Kỳ 2")
        ws.cell(7, first, "Từ 15/12/2023 - 14/6/2024")
        ws.cell(7, first + 1, "Từ 15/6/2024 - 14/12/2024")
    rows = [("Xã Thử Nghiệm", 412, 455, "110%", 198, 287, "145%"), ("Xã Bên Cạnh", 0, 12, None, 40, 30, "75%")]
    for offset, values in enumerate(rows):
        ws.cell(8 + offset, 1, offset + 1)
        for column, value in enumerate(values, start=2):
            if value is not None:
                ws.cell(8 + offset, column, value)
    save(wb, "online-report.xlsx")
    with open(path("online-report.csv"), "w", encoding="utf-8") as out:
        out.write(ONLINE_CSV)


def save(wb, name):
    wb.properties.created = datetime.datetime(2025, 1, 1)
    wb.properties.modified = datetime.datetime(2025, 1, 1)
    buffer = io.BytesIO()
    wb.save(buffer)
    # Rewrite with fixed entry times so that rerunning the script gives the same bytes.
    with zipfile.ZipFile(buffer) as source:
        parts = {info.filename: source.read(info.filename) for info in source.infolist()}
    # openpyxl stamps the save time into the document properties whatever was set.
    parts["docProps/core.xml"] = re.sub(rb"<dcterms:modified([^>]*)>[^<]*<", rb"<dcterms:modified\1>2025-01-01T00:00:00Z<",
                                        parts["docProps/core.xml"])
    write_parts(name, parts)


# ---- Workbooks written part by part -------------------------------------------------

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
</Types>"""

ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""

WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>"""


def workbook_xml(date1904=False, sheet_name="Dữ liệu"):
    pr = '<workbookPr date1904="1"/>' if date1904 else "<workbookPr/>"
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
{pr}<sheets><sheet name="{sheet_name}" sheetId="1" r:id="rId1"/></sheets></workbook>"""


# Style 0 general, 1 built-in date (14), 2 custom dd/mm/yyyy with a locale, 3 a quoted "d"
# that is no date, 4 date and time.
STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="3"><numFmt numFmtId="164" formatCode="[$-42A]dd/mm/yyyy;@"/><numFmt numFmtId="165" formatCode="0&quot; d&quot;"/><numFmt numFmtId="166" formatCode="dd/mm/yyyy hh:mm"/></numFmts>
<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/></cellXfs>
</styleSheet>"""

SHARED_STRINGS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="6" uniqueCount="6">
<si><t>Tên</t></si>
<si><t>Giá trị</t></si>
<si><r><rPr><b/></rPr><t xml:space="preserve">Chữ </t></r><r><t>đậm và thường</t></r></si>
<si><t>Tên kèm phiên âm</t><rPh sb="0" eb="1"><t>PHIÊN ÂM</t></rPh></si>
<si><t xml:space="preserve">  có dấu cách  </t></si>
<si><t>Mã TTHC</t></si>
</sst>"""


def kinds_sheet(date_rows):
    rows = "\n".join(date_rows)
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>5</v></c></row>
<row r="2"><c r="A2" t="str"><v>rich</v></c><c r="B2" t="s"><v>2</v></c></row>
<row r="3"><c r="A3" t="str"><v>phonetic</v></c><c r="B3" t="s"><v>3</v></c></row>
<row r="4"><c r="A4" t="str"><v>inline</v></c><c r="B4" t="inlineStr"><is><r><t>Chuỗi </t></r><r><rPr><i/></rPr><t>trong ô</t></r></is></c></row>
<row r="5"><c r="A5" t="str"><v>formula number</v></c><c r="B5"><f>2*21</f><v>42</v></c></row>
<row r="6"><c r="A6" t="str"><v>formula text</v></c><c r="B6" t="str"><f>CONCATENATE("Hộ ","tịch")</f><v>Hộ tịch</v></c></row>
<row r="7"><c r="A7" t="str"><v>true</v></c><c r="B7" t="b"><v>1</v></c></row>
<row r="8"><c r="A8" t="str"><v>false</v></c><c r="B8" t="b"><v>0</v></c></row>
<row r="9"><c r="A9" t="str"><v>n/a</v></c><c r="B9" t="e"><f>VLOOKUP(1,Z1:Z2,2,0)</f><v>#N/A</v></c></row>
<row r="10"><c r="A10" t="str"><v>ref</v></c><c r="B10" t="e"><v>#REF!</v></c></row>
<row r="11"><c r="A11" t="str"><v>decimal</v></c><c r="B11"><v>97.5</v></c></row>
<row r="12"><c r="A12" t="str"><v>quoted d</v></c><c r="B12" s="3"><v>7</v></c></row>
<row r="13"><c r="A13" t="str"><v>spaces</v></c><c r="B13" t="s"><v>4</v></c></row>
<row><c t="str"><v>no r</v></c><c t="str"><v>hàng và ô không có r</v></c></row>
<row r="15"><c r="A15" t="str"><v>code</v></c><c r="C15"><v>2.00072</v></c></row>
<row r="16"><c r="A16" t="str"><v>bad code</v></c><c r="C16"><v>12.5</v></c></row>
{rows}
</sheetData></worksheet>"""


def write_decisions():
    """Announcement decisions as a province sends them: a title row, dates as serials, the
    decision's cells only on its first row (merged in the original), codes typed as numbers."""
    def serial(y, m, d):
        return (datetime.date(y, m, d) - datetime.date(1899, 12, 30)).days

    def text(ref, value):
        return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'

    headers = ["Số quyết định", "Ngày ký", "Ngày hiệu lực", "Cơ quan ban hành", "Mã TTHC", "Nội dung công bố", "Mã thay thế"]
    header_cells = "".join(text(f"{chr(65 + i)}2", name) for i, name in enumerate(headers))
    sheet = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1">{text("A1", "DANH SÁCH QUYẾT ĐỊNH CÔNG BỐ THỦ TỤC HÀNH CHÍNH")}</row>
<row r="2">{header_cells}</row>
<row r="3">{text("A3", "12/QĐ-UBND")}<c r="B3" s="1"><v>{serial(2026, 1, 5)}</v></c><c r="C3" s="2"><v>{serial(2026, 1, 15)}</v></c>{text("D3", "Chủ tịch UBND tỉnh Quảng Ngãi")}{text("E3", "1.001193")}{text("F3", "Công bố mới")}</row>
<row r="4"><c r="E4"><v>2.00072</v></c>{text("F4", "Bãi bỏ")}</row>
<row r="5">{text("E5", "2.000986")}{text("F5", "Thay thế")}<c r="G5"><v>1.000894</v></c></row>
</sheetData><mergeCells count="1"><mergeCell ref="A3:A5"/></mergeCells></worksheet>"""
    write_parts("decisions.xlsx", standard_parts(sheet))


def write_parts(name, parts):
    with zipfile.ZipFile(path(name), "w", zipfile.ZIP_DEFLATED) as archive:
        for part_name, text in parts.items():
            info = zipfile.ZipInfo(part_name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8") if isinstance(text, str) else text)


def standard_parts(sheet, date1904=False, shared=SHARED_STRINGS):
    parts = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": ROOT_RELS,
        "xl/workbook.xml": workbook_xml(date1904),
        "xl/_rels/workbook.xml.rels": WORKBOOK_RELS,
        "xl/styles.xml": STYLES,
        "xl/worksheets/sheet1.xml": sheet,
    }
    if shared is not None:
        parts["xl/sharedStrings.xml"] = shared
    return parts


def write_kinds():
    # 1900 system: 45853 is 15/07/2025; 60 is Excel's fictitious 29/02/1900; 61 is 01/03/1900.
    dates_1900 = [
        '<row r="17"><c r="A17" t="str"><v>date builtin</v></c><c r="B17" s="1"><v>45853</v></c></row>',
        '<row r="18"><c r="A18" t="str"><v>date custom</v></c><c r="B18" s="2"><v>61</v></c></row>',
        '<row r="19"><c r="A19" t="str"><v>date 59</v></c><c r="B19" s="2"><v>59</v></c></row>',
        '<row r="20"><c r="A20" t="str"><v>date time</v></c><c r="B20" s="4"><v>45853.625</v></c></row>',
        '<row r="21"><c r="A21" t="str"><v>iso date</v></c><c r="B21" t="d"><v>2025-02-07T00:00:00</v></c></row>',
    ]
    write_parts("cell-kinds.xlsx", standard_parts(kinds_sheet(dates_1900)))
    # 1904 system: serial 44391 is 15/07/2025 (1462 days less than in 1900).
    dates_1904 = ['<row r="17"><c r="A17" t="str"><v>date builtin</v></c><c r="B17" s="1"><v>44391</v></c></row>']
    write_parts("dates-1904.xlsx", standard_parts(kinds_sheet(dates_1904), date1904=True))


def write_malformed():
    with open(path("not-a-zip.xlsx"), "wb") as out:
        out.write("Mã TTHC,Tên thủ tục\n1.001193,Đăng ký khai sinh\n".encode("utf-8"))
    with open(path("catalog.xlsx"), "rb") as source:
        whole = source.read()
    with open(path("truncated.xlsx"), "wb") as out:
        out.write(whole[: len(whole) // 2])
    # An OLE compound file header, as password-protected workbooks and .xls files start.
    with open(path("encrypted.xlsx"), "wb") as out:
        out.write(bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + bytes(504))
    write_parts("missing-shared-strings.xlsx", standard_parts(kinds_sheet([]), shared=None))
    whole_sheet = kinds_sheet([])
    broken = whole_sheet[: whole_sheet.index('<row r="12">') + 20]  # cut off inside an element
    write_parts("bad-xml.xlsx", standard_parts(broken))
    out_of_range = kinds_sheet([]).replace('<c r="B13" t="s"><v>4</v>', '<c r="B13" t="s"><v>99</v>')
    write_parts("string-index-out-of-range.xlsx", standard_parts(out_of_range))
    bad_reference = kinds_sheet([]).replace('<c r="B11">', '<c r="B0">')
    write_parts("bad-cell-reference.xlsx", standard_parts(bad_reference))
    missing_sheet = standard_parts(kinds_sheet([]))
    del missing_sheet["xl/worksheets/sheet1.xml"]
    write_parts("missing-sheet-part.xlsx", missing_sheet)
    word = standard_parts(kinds_sheet([]))
    word["[Content_Types].xml"] = CONTENT_TYPES.replace("spreadsheetml.sheet.main", "wordprocessingml.document.main").replace("spreadsheetml.", "wordprocessingml.")
    write_parts("word-renamed.xlsx", word)


if __name__ == "__main__":
    write_catalog()
    write_chosen_sheet()
    write_register()
    write_one_stop_register()
    write_online_report()
    write_empty_and_all_hidden()
    write_kinds()
    write_malformed()
    write_decisions()
    print("\n".join(sorted(n for n in os.listdir(HERE) if n.endswith((".xlsx", ".csv")))))
