import Foundation
import Testing
import ZIPFoundation
@testable import CongKhai
@testable import CongKhaiCore
@testable import CongKhaiEncoding
@testable import CongKhaiFamilies
@testable import CongKhaiInput
@testable import CongKhaiMarkdown
@testable import CongKhaiSite
import CongKhaiTestSupport

/// The .xlsx writer: what it writes reads back through CongKhai's own workbook reader (cells,
/// merges, sums' values, styles that make dates), the same document gives the same bytes, and
/// text no workbook can hold is refused with the cell named.
@Suite struct WorkbookWriterTests {
    static func sample() -> WorkbookDocument {
        var sheet = WorksheetDocument(name: "Thử <&> 'x' 1")
        sheet[1, 0] = WrittenCell(.text("Tiêu đề & \"ngoặc\" <b>"), style: CellStyle(bold: true))
        sheet.merges.append("A1:C1")
        sheet[2, 0] = WrittenCell(.text("Mã"))
        sheet[2, 1] = WrittenCell(.text("Số"))
        sheet[3, 0] = WrittenCell(.text("1.10"))
        sheet[3, 1] = WrittenCell(.number(2.5), style: CellStyle(locked: false))
        sheet[4, 0] = WrittenCell(.text("dòng 1\r\ndòng 2"), style: CellStyle(wrapsText: true))
        sheet[4, 1] = WrittenCell(.number(97.5))
        sheet[5, 1] = WrittenCell(.formula("SUM(B3:B4)", cached: 100))
        sheet[6, 2] = WrittenCell(.empty, style: CellStyle(fill: "F2F2F2", bordered: true))
        sheet.columnWidths = [0: 10, 1: 30]
        sheet.validations = [CellValidation(cells: "B3:B4", rule: .decimal(minimum: 0, maximum: 100), errorTitle: "Sai", errorMessage: "0–100"),
                             CellValidation(cells: "C3", rule: .list(["Có", "Không"]), errorTitle: "Chọn", errorMessage: "Có hoặc Không")]
        sheet.protection = SheetProtection()
        sheet.print = PrintSetup(landscape: true, fitToWidth: true, repeatedRows: 2...2)
        sheet.fitRowHeightsToWrappedText()
        return WorkbookDocument(sheets: [sheet, WorksheetDocument(name: "Trang 2")])
    }

    static func cells(of data: Data) throws -> (Workbook, Worksheet) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ck-writer-\(UUID().uuidString).xlsx")
        try data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let workbook = try Workbook(url: url)
        return (workbook, try workbook.read(workbook.manifest.sheets[0]))
    }

    @Test func readsBackThroughCongKhaisReader() throws {
        let (workbook, sheet) = try Self.cells(of: try WorkbookWriter.data(Self.sample()))
        #expect(workbook.manifest.sheets.map(\.name) == ["Thử <&> 'x' 1", "Trang 2"])
        let values = Dictionary(uniqueKeysWithValues: sheet.cells.map { ($0.reference.description, $0.value) })
        #expect(values["A1"] == .text("Tiêu đề & \"ngoặc\" <b>"))
        #expect(values["A3"] == .text("1.10"), "a code written as text keeps its trailing zero")
        #expect(values["B3"] == .number(2.5))
        #expect(values["A4"] == .text("dòng 1\ndòng 2"))
        #expect(values["B5"] == .number(100), "a sum is read by the value written with it")
        #expect(values["C6"] == nil, "an empty styled cell has no value")
        #expect(sheet.merges.map { "\($0.first):\($0.last)" } == ["A1:C1"])
    }

    @Test func theSameDocumentGivesTheSameBytes() throws {
        let first = try WorkbookWriter.data(Self.sample())
        let second = try WorkbookWriter.data(Self.sample())
        #expect(first == second)
        let archive = try Archive(data: first, accessMode: .read)
        let entries = Array(archive)
        #expect(entries.map(\.path) == entries.map(\.path).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        #expect(entries.map(\.path).first == "[Content_Types].xml")
        #expect(entries.allSatisfy { $0.fileAttributes[.modificationDate] as? Date == WorkbookWriter.entryDate })
        #expect(!entries.contains { $0.path.hasPrefix("docProps/") }, "no properties carrying a time or an author")
    }

    @Test func aFormsPartsSayWhatTheSpreadsheetEnforces() throws {
        let archive = try Archive(data: try WorkbookWriter.data(Self.sample()), accessMode: .read)
        func part(_ path: String) throws -> String {
            var data = Data()
            _ = try archive.extract(try #require(archive[path]), consumer: { data.append($0) })
            return String(decoding: data, as: UTF8.self)
        }
        let sheet = try part("xl/worksheets/sheet1.xml")
        #expect(sheet.contains("<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\" formatColumns=\"0\" formatRows=\"0\"/>"))
        #expect(sheet.contains("<f>SUM(B3:B4)</f><v>100</v>"))
        #expect(sheet.contains("type=\"decimal\" operator=\"between\"") && sheet.contains("<formula1>\"Có,Không\"</formula1>"))
        #expect(sheet.contains("<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"))
        #expect(sheet.contains("<row r=\"4\" ht=\"31\" customHeight=\"1\">"), "two lines of wrapped text: two lines' height")
        let workbook = try part("xl/workbook.xml")
        #expect(workbook.contains("'Thử &lt;&amp;&gt; ''x'' 1'!$2:$2"), "print titles quote the sheet's name")
        #expect(workbook.contains("fullCalcOnLoad=\"1\""))
        let styles = try part("xl/styles.xml")
        #expect(styles.contains("<protection locked=\"0\"/>") && styles.contains("<name val=\"Times New Roman\"/>"))
    }

    @Test func refusesWhatNoWorkbookCanHold() {
        var control = WorksheetDocument(name: "A")
        control[2, 1] = WrittenCell(.text("Xã\u{1B}[31m Đỏ"))
        #expect(throws: WorkbookWriterError.unwritableCharacter(sheet: "A", cell: "B2", scalar: 0x1B)) {
            try WorkbookWriter.data(WorkbookDocument(sheets: [control]))
        }
        var long = WorksheetDocument(name: "A")
        long[1, 0] = WrittenCell(.text(String(repeating: "ạ", count: 32_768)))
        #expect(throws: WorkbookWriterError.textTooLong(sheet: "A", cell: "A1", length: 32_768)) {
            try WorkbookWriter.data(WorkbookDocument(sheets: [long]))
        }
        var notNumber = WorksheetDocument(name: "A")
        notNumber[1, 0] = WrittenCell(.number(.nan))
        #expect(throws: WorkbookWriterError.notANumber(sheet: "A", cell: "A1")) { try WorkbookWriter.data(WorkbookDocument(sheets: [notNumber])) }
        for name in ["", "a/b", "[x]", "'x'", String(repeating: "x", count: 32)] {
            #expect(throws: WorkbookWriterError.invalidSheetName(name)) { try WorkbookWriter.data(WorkbookDocument(sheets: [WorksheetDocument(name: name)])) }
        }
        #expect(throws: WorkbookWriterError.duplicateSheetName("Bảng")) {
            try WorkbookWriter.data(WorkbookDocument(sheets: [WorksheetDocument(name: "bang"), WorksheetDocument(name: "Bảng")]))
        }
        var validation = WorksheetDocument(name: "A")
        validation.validations = [CellValidation(cells: "A1", rule: .list(["a,b"]), errorTitle: "x", errorMessage: "y")]
        #expect(throws: WorkbookWriterError.self) { try WorkbookWriter.data(WorkbookDocument(sheets: [validation])) }
    }

    @Test func wrappedTextHeightsGrowWithTheText() {
        #expect(WrappedTextHeight.lines("ngắn", width: 10) == 1)
        #expect(WrappedTextHeight.lines(String(repeating: "a", count: 100), width: 10) == 10)
        #expect(WrappedTextHeight.lines("a\n\nb", width: 10) == 3, "an empty paragraph is a line")
        var sheet = WorksheetDocument(name: "A")
        sheet[1, 0] = WrittenCell(.text(String(repeating: "chữ ", count: 40)), style: CellStyle(wrapsText: true))
        sheet.merges = ["A1:C1"]
        sheet.columnWidths = [0: 10, 1: 10, 2: 20]
        sheet[2, 0] = WrittenCell(.text(String(repeating: "chữ ", count: 40)), style: CellStyle(wrapsText: true))
        sheet.fitRowHeightsToWrappedText()
        // 160 characters: 4 lines across the merge's 40 widths, 15 in column A's 10.
        #expect(sheet.rowHeights[1] == WrappedTextHeight.points(lines: 4))
        #expect(sheet.rowHeights[2] == WrappedTextHeight.points(lines: 15))
    }
}
