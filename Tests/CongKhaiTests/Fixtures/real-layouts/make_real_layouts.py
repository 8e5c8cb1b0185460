#!/usr/bin/env python3
"""Writes the real-layout catalog fixtures of RealLayoutTests into this folder.

    python3 -m venv /tmp/xlsx-venv && /tmp/xlsx-venv/bin/pip install openpyxl
    /tmp/xlsx-venv/bin/python Tests/CongKhaiTests/Fixtures/real-layouts/make_real_layouts.py

The layouts are those of real documents (see README.md's "Real layouts"):
- appendix.csv / appendix.xlsx: a province announcement decision's "Phụ lục" (Danh mục TTHC):
  title rows, a header of qualified and abbreviated names ("Mã số TTHC", "Thời hạn giải quyết
  (ngày làm việc)", "Phí, lệ phí (đồng)", "Mức độ DVCTT"), "A./I./1." numbering in an STT
  column, section rows naming a level ("A. THỦ TỤC HÀNH CHÍNH CẤP XÃ") or a field ("I | Lĩnh vực
  Hộ tịch"), subtotal rows. In the workbook the titles and section rows are merged across and the
  header takes two merged rows.
- national-export.xlsx: the national database's list export (a merged title cell, then
  `STT | Mã số | Tên | Cơ quan ban hành | Cơ quan thực hiện | Lĩnh vực`) with the fields of each
  procedure's detail record beside it, multi-line cells included.
- same-*.{csv,yaml,xlsx}: one small catalog in every input form, typed NFC or NFD.
The rows are real procedures (codes, names, fields, limits, fees as the national database and
../shared/domain/tthc-xa-real.csv give them). Output is byte-stable: fixed workbook times.
"""
import datetime
import os
import unicodedata
import zipfile

from openpyxl import Workbook

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 1, 1)

# (stt, code, name, days, place, fee, online, level, agency, basis) of the appendix; a row of one
# text is a section or subtotal row: ("A", "THỦ TỤC HÀNH CHÍNH CẤP XÃ").
APPENDIX_HEADER = ["STT", "Mã số TTHC", "Tên thủ tục hành chính", "Thời hạn giải quyết (ngày làm việc)",
                   "Địa điểm thực hiện", "Phí, lệ phí (đồng)", "Mức độ DVCTT", "Cấp thực hiện",
                   "Cơ quan thực hiện", "Căn cứ pháp lý"]
APPENDIX_ROWS = [
    ("A", "THỦ TỤC HÀNH CHÍNH CẤP XÃ"),
    ("I", "Lĩnh vực Hộ tịch"),
    ("1", "1.001193", "Thủ tục đăng ký khai sinh", "Trong ngày", "Trung tâm Phục vụ hành chính công xã", "Miễn phí",
     "Toàn trình", "Cấp xã", "Ủy ban nhân dân cấp xã", "Luật Hộ tịch năm 2014"),
    ("2", "1.000894", "Thủ tục đăng ký kết hôn", "3", "Trung tâm Phục vụ hành chính công xã", "Miễn phí",
     "Một phần", "Cấp xã", "Ủy ban nhân dân cấp xã", "Luật Hộ tịch năm 2014"),
    ("3", "2.000635", "Cấp bản sao Trích lục hộ tịch", "Trong ngày", "Trung tâm Phục vụ hành chính công xã",
     "8.000", "Một phần", "Cấp tỉnh, Cấp xã", "Sở Tư pháp; Ủy ban nhân dân cấp xã", "Luật Hộ tịch năm 2014"),
    ("", "Cộng: 03 thủ tục"),
    ("II", "LĨNH VỰC BẢO TRỢ XÃ HỘI"),
    ("1", "1.001731", "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội", "3",
     "Trung tâm Phục vụ hành chính công xã", "Miễn phí", "Toàn trình", "", "", "Nghị định số 20/2021/NĐ-CP"),
    ("B", "THỦ TỤC HÀNH CHÍNH CẤP TỈNH TIẾP NHẬN TẠI CẤP XÃ"),
    ("I", "Lĩnh vực Đất đai"),
    ("1", "1.012812", "Hòa giải tranh chấp đất đai", "30", "Trung tâm Phục vụ hành chính công xã", "Miễn phí",
     "Một phần", "", "Sở Nông nghiệp và Môi trường", "Luật Đất đai năm 2024"),
    ("C", "DANH MỤC TTHC THỰC HIỆN KHÔNG PHỤ THUỘC VÀO ĐỊA GIỚI HÀNH CHÍNH TRONG PHẠM VI TỈNH"),
    ("I", "Lĩnh vực Chứng thực"),
    ("1", "2.000815", "Cấp bản sao từ sổ gốc", "Trong ngày", "Bất kỳ Trung tâm Phục vụ hành chính công nào trong tỉnh",
     "Miễn phí", "", "Cấp xã", "Ủy ban nhân dân cấp xã", "Nghị định số 23/2015/NĐ-CP"),
    ("", "Tổng cộng: 06 thủ tục"),
]

NATIONAL_HEADER = ["STT", "Mã số", "Tên", "Cơ quan ban hành", "Cơ quan thực hiện", "Lĩnh vực", "Cấp thực hiện",
                   "Thời hạn giải quyết", "Phí, lệ phí", "Trình tự thực hiện", "Thành phần hồ sơ"]
NATIONAL_ROWS = [
    ("1", "1.001193", "Thủ tục đăng ký khai sinh", "Bộ Tư pháp", "Ủy ban nhân dân cấp xã", "Hộ tịch", "Cấp xã",
     "1 ngày làm việc", "Miễn phí",
     "- Người yêu cầu nộp hồ sơ tại Trung tâm Phục vụ hành chính công hoặc trực tuyến.\n"
     "- Cán bộ tiếp nhận kiểm tra hồ sơ; hồ sơ nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo.",
     "- Tờ khai đăng ký khai sinh theo mẫu.\n- Giấy chứng sinh."),
    ("2", "1.001699", "Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật", "Bộ Y tế",
     "Ủy ban nhân dân cấp xã", "Bảo trợ xã hội", "Cấp xã", "25 ngày làm việc", "Miễn phí", "", ""),
    ("3", "1.000656", "Thủ tục đăng ký khai tử", "Bộ Tư pháp", "", "Hộ tịch", "Cấp xã", "1 ngày làm việc",
     "Miễn phí", "", ""),
    ("4", "1.001266", "Chấm dứt hoạt động hộ kinh doanh", "Bộ Tài chính", "Ủy ban nhân dân cấp xã",
     "Đăng ký hộ kinh doanh", "Cấp xã", "3 ngày làm việc", "Miễn phí", "", ""),
    ("5", "1.000302", "Cấp, cấp lại Giấy phép vận tải đường bộ", "Bộ Xây dựng", "Sở Xây dựng", "Đường bộ",
     "Cấp tỉnh", "5 ngày làm việc", "Không", "", ""),
]


def workbook_times(book):
    book.properties.created = FIXED
    book.properties.modified = FIXED


def save(book, name):
    """Saved, then packed again with fixed entry times, so a rerun writes the same bytes."""
    workbook_times(book)
    path = os.path.join(HERE, name)
    book.save(path)
    with zipfile.ZipFile(path) as source:
        entries = [(info.filename, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for filename, data in entries:
            info = zipfile.ZipInfo(filename, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, data)


def write_csv(name, header, rows, title_rows=()):
    """As Excel's "CSV UTF-8" writes it: a BOM, CRLF, quotes only where needed."""
    def cell(text):
        return '"' + text.replace('"', '""') + '"' if any(c in text for c in ',"\n') else text
    width = len(header)
    lines = [[t] + [""] * (width - 1) for t in title_rows] + [header]
    for row in rows:
        lines.append(list(row) + [""] * (width - len(row)) if len(row) > 2 else [row[0], row[1]] + [""] * (width - 2))
    text = "\r\n".join(",".join(cell(c) for c in line) for line in lines) + "\r\n"
    with open(os.path.join(HERE, name), "wb") as out:
        out.write(b"\xef\xbb\xbf" + text.encode("utf-8"))


def appendix():
    titles = ["PHỤ LỤC", "DANH MỤC THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT VÀ TIẾP NHẬN CỦA UBND CẤP XÃ"]
    write_csv("appendix.csv", APPENDIX_HEADER, APPENDIX_ROWS, titles)
    book = Workbook()
    sheet = book.active
    sheet.title = "Phụ lục"
    width = len(APPENDIX_HEADER)
    for index, title in enumerate(titles, start=1):
        sheet.cell(row=index, column=1, value=title)
        sheet.merge_cells(start_row=index, start_column=1, end_row=index, end_column=width)
    # A two-row header: each name merged down over rows 4–5, as decisions lay them out.
    for column, name in enumerate(APPENDIX_HEADER, start=1):
        sheet.cell(row=4, column=column, value=name)
        sheet.merge_cells(start_row=4, start_column=column, end_row=5, end_column=column)
    row_number = 6
    for row in APPENDIX_ROWS:
        if len(row) == 2:
            if row[0]:
                sheet.cell(row=row_number, column=1, value=row[0])
            sheet.cell(row=row_number, column=2, value=row[1])
            sheet.merge_cells(start_row=row_number, start_column=2, end_row=row_number, end_column=width)
        else:
            for column, value in enumerate(row, start=1):
                if value:
                    # Excel keeps a bare number as a number: the STT and the days.
                    sheet.cell(row=row_number, column=column, value=int(value) if value.isdigit() and column in (1, 4) else value)
        row_number += 1
    save(book, "appendix.xlsx")


def national():
    book = Workbook()
    sheet = book.active
    sheet.title = "Danh sách"
    width = len(NATIONAL_HEADER)
    sheet.cell(row=1, column=1, value="DANH SÁCH THỦ TỤC HÀNH CHÍNH")
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    for column, name in enumerate(NATIONAL_HEADER, start=1):
        sheet.cell(row=2, column=column, value=name)
    for offset, row in enumerate(NATIONAL_ROWS):
        for column, value in enumerate(row, start=1):
            if value:
                sheet.cell(row=3 + offset, column=column, value=int(value) if column == 1 else value)
    save(book, "national-export.xlsx")


SAME_HEADER = ["Mã TTHC", "Tên thủ tục", "Lĩnh vực", "Thời hạn giải quyết", "Phí, lệ phí", "Cấp thực hiện", "Cơ quan thực hiện"]
SAME_ROWS = [
    ["1.001193", "Thủ tục đăng ký khai sinh", "Hộ tịch", "1 ngày làm việc", "Miễn phí", "Cấp xã", "Ủy ban nhân dân cấp xã"],
    ["1.000894", "Thủ tục đăng ký kết hôn", "Hộ tịch", "3 ngày làm việc", "Miễn phí", "Cấp xã", "Ủy ban nhân dân cấp xã"],
    ["2.000635", "Cấp bản sao Trích lục hộ tịch", "Hộ tịch", "Trong ngày", "8.000 đồng/bản sao", "Cấp tỉnh, Cấp xã",
     "Ủy ban nhân dân cấp xã"],
    ["1.001731", "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội", "Bảo trợ xã hội", "3 ngày làm việc", "Miễn phí",
     "Cấp xã", "Ủy ban nhân dân cấp xã"],
]


def same():
    for form in ("NFC", "NFD"):
        typed = lambda text: unicodedata.normalize(form, text)
        header = [typed(h) for h in SAME_HEADER]
        rows = [[typed(c) for c in row] for row in SAME_ROWS]
        write_csv(f"same-{form.lower()}.csv", header, rows)
        with open(os.path.join(HERE, f"same-{form.lower()}.yaml"), "w", encoding="utf-8", newline="\n") as out:
            for row in rows:
                out.write("- " + "\n  ".join(f'"{h}": "{c}"' for h, c in zip(header, row)) + "\n")
        book = Workbook()
        sheet = book.active
        sheet.title = typed("Danh mục")
        sheet.append(header)
        for row in rows:
            sheet.append(row)
        save(book, f"same-{form.lower()}.xlsx")


if __name__ == "__main__":
    appendix()
    national()
    same()
