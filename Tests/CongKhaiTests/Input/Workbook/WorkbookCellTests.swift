import Foundation
import Testing
@testable import CongKhai
@testable import CongKhaiCore
@testable import CongKhaiEncoding
@testable import CongKhaiFamilies
@testable import CongKhaiInput
@testable import CongKhaiMarkdown
@testable import CongKhaiSite
import CongKhaiTestSupport

/// Cell kinds as real workbooks store them, read into the table text a CSV export would hold.
@Suite struct WorkbookCellTests {
    private func read(_ name: String, sheet: String? = nil) -> (DataTable?, Diagnostics) {
        let diagnostics = Diagnostics()
        let table = WorkbookTableReader.read(WorkbookFixture.url(name), displayPath: "data/\(name)",
                                             options: WorkbookOptions(sheet: sheet), vocabulary: .standard, diagnostics: diagnostics)
        return (table, diagnostics)
    }

    /// Column A names the case, column B holds the value.
    private func values(_ table: DataTable) -> [String: String] {
        Dictionary(table.rows.map { ($0[0], $0[1]) }, uniquingKeysWith: { first, _ in first })
    }

    @Test func sharedInlineAndRichTextStrings() throws {
        let (table, _) = read("cell-kinds.xlsx")
        let values = values(try #require(table))
        #expect(values["rich"] == "Chữ đậm và thường")
        #expect(values["phonetic"] == "Tên kèm phiên âm")  // <rPh> is not part of the value
        #expect(values["inline"] == "Chuỗi trong ô")
        #expect(values["spaces"] == "có dấu cách")          // trimmed, as CSV cells are
        #expect(values["no r"] == "hàng và ô không có r")
    }

    @Test func numbersFormulasAndBooleansReadAsACSVExportShowsThem() throws {
        let (table, _) = read("cell-kinds.xlsx")
        let values = values(try #require(table))
        #expect(values["formula number"] == "42")
        #expect(values["formula text"] == "Hộ tịch")
        #expect(values["decimal"] == "97.5")
        #expect(values["quoted d"] == "7")  // 0" d": the d is quoted text, not a day
        #expect(values["true"] == "TRUE")
        #expect(values["false"] == "FALSE")
    }

    @Test func datesIn1900SystemIncludingExcelsFictitiousLeapDay() throws {
        let (table, _) = read("cell-kinds.xlsx")
        let values = values(try #require(table))
        #expect(values["date builtin"] == "15/07/2025")
        #expect(values["date custom"] == "01/03/1900")  // serial 61: after the 29/02/1900 that never was
        #expect(values["date 59"] == "28/02/1900")
        #expect(values["date time"] == "15/07/2025 15:00")
        #expect(values["iso date"] == "07/02/2025")
    }

    @Test func datesIn1904System() throws {
        let (table, _) = read("dates-1904.xlsx")
        #expect(values(try #require(table))["date builtin"] == "15/07/2025")
    }

    @Test func errorCellsAreLocatedErrorsWithTheirHeader() throws {
        let (table, diagnostics) = read("cell-kinds.xlsx")
        #expect(values(try #require(table))["n/a"] == "")
        let errors = diagnostics.errors.filter { $0.code == .workbookErrorCell }.map(\.description)
        #expect(errors.count == 2)
        #expect(errors.first?.hasPrefix("data/cell-kinds.xlsx [Dữ liệu!B9] [Giá trị]: lỗi CK163: Ô có lỗi công thức #N/A") == true)
        #expect(errors.last?.contains("[Dữ liệu!B10]") == true)
    }

    @Test func numericProcedureCodesAreRestoredWithAWarningOrRefused() throws {
        let (table, diagnostics) = read("cell-kinds.xlsx")
        let row = try #require(table?.rows.first { $0[0] == "code" })
        #expect(row[2] == "2.000720")
        let warning = try #require(diagnostics.warnings.first { $0.code == .procedureCodeRestored })
        #expect(warning.description.hasPrefix("data/cell-kinds.xlsx [Dữ liệu!C15] [Mã TTHC]: cảnh báo CK164"))
        let error = try #require(diagnostics.errors.first { $0.code == .procedureCodeNumberInvalid })
        #expect(error.location.cell == "Dữ liệu!C16")
    }

    @Test func restorationRules() {
        #expect(ProcedureCodeRestoration.restore(2.00085) == .restored("2.000850"))
        #expect(ProcedureCodeRestoration.restore(1.001193) == .restored("1.001193"))
        #expect(ProcedureCodeRestoration.restore(3.0) == .restored("3.000000"))
        #expect(ProcedureCodeRestoration.restore(2.0000001) == .impossible)
        #expect(ProcedureCodeRestoration.restore(6.006597) == .restored("6.006597"))
        #expect(ProcedureCodeRestoration.restore(12.5) == .impossible)
        #expect(ProcedureCodeRestoration.restore(0.5) == .impossible)
    }

    @Test func dateFormatsAreToldFromNumberFormats() {
        #expect(DateFormatCode.isDate(formatId: 14, customCode: nil))
        #expect(DateFormatCode.isDate(formatId: 47, customCode: nil))
        #expect(!DateFormatCode.isDate(formatId: 2, customCode: nil))
        #expect(DateFormatCode.isDate(code: "[$-42A]dd/mm/yyyy;@"))
        #expect(DateFormatCode.isDate(code: "hh:mm"))
        #expect(!DateFormatCode.isDate(code: "0\" ngày\""))
        #expect(!DateFormatCode.isDate(code: "[Red]0.00"))
        #expect(!DateFormatCode.isDate(code: "#,##0\\d"))
    }

    @Test func numbersAndTimesAsExcelShowsThem() {
        #expect(CellText.number(0.1 + 0.2) == "0.3")
        #expect(CellText.number(42) == "42")
        #expect(CellText.number(-3.25) == "-3.25")
        #expect(CellText.number(2.00085) == "2.00085")
        #expect(CellText.number(0.99999999999999989) == "1")
        #expect(CellText.text(.dateSerial(0.375), uses1904: false) == "09:00")
        #expect(CellText.text(.dateSerial(60), uses1904: false) == "60")  // 29/02/1900 never was
    }

    @Test func serialDates() {
        #expect(ExcelSerialDate.moment(1, uses1904: false)?.date == CivilDate(year: 1900, month: 1, day: 1))
        #expect(ExcelSerialDate.moment(60, uses1904: false) == nil)
        #expect(ExcelSerialDate.moment(0, uses1904: true)?.date == CivilDate(year: 1904, month: 1, day: 1))
        #expect(ExcelSerialDate.moment(45853.99999, uses1904: false)?.date == CivilDate(year: 2025, month: 7, day: 16))
        #expect(ExcelSerialDate.moment(-1, uses1904: false) == nil)
        #expect(ExcelSerialDate.moment(.infinity, uses1904: false) == nil)
    }

    @Test func cellReferences() {
        #expect(CellReference("C12") == CellReference(column: 2, row: 12))
        #expect(CellReference("$AA$3") == CellReference(column: 26, row: 3))
        #expect(CellReference("XFE1") == nil)
        #expect(CellReference("A0") == nil)
        #expect(CellReference("12") == nil)
        #expect(CellReference.columnName(27) == "AB")
    }
}
