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

/// Workbooks as big and as oddly shaped as real ones get (issue 26, B7, B12, B28).
@Suite struct WorkbookScaleTests {
    private func read(_ workbook: SheetWorkbook) throws -> (DataTable?, Diagnostics) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("congkhai-sheet-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("ho-so.xlsx")
        try workbook.data().write(to: url)
        let diagnostics = Diagnostics()
        return (WorkbookTableReader.read(url, displayPath: "data/ho-so.xlsx", options: WorkbookOptions(), diagnostics: diagnostics), diagnostics)
    }

    /// B7: a sheet part over about 10 MB of XML (a ward's year of dossiers) was refused as
    /// broken XML: Foundation's XMLParser handed libxml2 the whole part as one chunk, over its
    /// default limit. The README promises parts up to 100 MB.
    @Test func aSheetOfMoreThanTenMegabytesOfXMLIsRead() throws {
        let header = ["Mã hồ sơ", "Mã TTHC", "Ngày tiếp nhận", "Hạn trả", "Ngày trả", "Lý do"]
        var rows = [header]
        for index in 0..<30_000 {
            rows.append(["000.00.25.H55-250106-\(String(format: "%05d", index))", "1.001193", "06/01/2025 09:15", "09/01/2025",
                         "08/01/2025", "Hồ sơ số \(index) được giải quyết đúng hạn theo quy định"])
        }
        var workbook = SheetWorkbook(rows: rows)
        workbook.inlineStrings = true
        let (table, diagnostics) = try read(workbook)
        #expect(diagnostics.errors.isEmpty, "\(diagnostics.errors.prefix(3))")
        #expect(table?.rows.count == 30_000)
        #expect(table?.rows.last?[0] == "000.00.25.H55-250106-29999")
    }

    /// B12: the header search looked through every merge for every cell of the 30 rows it
    /// searches, so wide header rows full of merges cost minutes on every build and preview
    /// rebuild. The merges are indexed once; counted here instead of timed.
    @Test func theHeaderSearchLooksAtEachMergeAFewTimes() throws {
        let columns = 800, headerRows = 3
        var cells: [SheetCell] = []
        var merges: [MergedRange] = []
        for column in 0..<columns {
            cells.append(SheetCell(reference: CellReference(column: column, row: 1), value: .text("Nhóm \(column / 2)")))
            cells.append(SheetCell(reference: CellReference(column: column, row: 2), value: .text("Cột \(column)")))
            cells.append(SheetCell(reference: CellReference(column: column, row: 3), value: .text("Kỳ \(column)")))
            if column % 2 == 0 {
                merges.append(MergedRange("\(SheetWorkbook.column(column))1:\(SheetWorkbook.column(column + 1))1")!)
            }
            merges.append(MergedRange("\(SheetWorkbook.column(column))2:\(SheetWorkbook.column(column))2")!)
            for row in 4...40 {
                cells.append(SheetCell(reference: CellReference(column: column, row: row), value: .number(Double(row))))
            }
        }
        let grid = SheetGrid(Worksheet(name: "Báo cáo", cells: cells, merges: merges), uses1904: false)
        let header = try #require(HeaderRows.find(in: grid, known: ColumnVocabulary.standard.known))
        #expect(header.names.count == columns)
        let bound = 8 * (merges.count + columns * (HeaderRows.searchDepth + headerRows))
        #expect(grid.mergeProbes.count <= bound, "\(grid.mergeProbes.count) merge probes for \(merges.count) merges")
    }

    /// B28: a table that starts far down its sheet (a long preamble, rows pushed down by an
    /// outline) was reported as "no header (empty sheet)". The header is looked for from the
    /// first row that holds anything; a sheet that holds nothing is the only one called empty.
    @Test func aTableFarDownTheSheetIsFoundAndOnlyAnEmptySheetIsCalledEmpty() throws {
        var workbook = SheetWorkbook(rows: [["Mã TTHC", "Tên thủ tục", "Lĩnh vực"], ["1.001193", "Đăng ký khai sinh", "Hộ tịch"]])
        workbook.firstRow = 45
        let (table, diagnostics) = try read(workbook)
        #expect(diagnostics.errors.isEmpty, "\(diagnostics.errors)")
        #expect(table?.rows.first?[1] == "Đăng ký khai sinh")
        #expect(table?.rows.first?.line == 46)

        let (_, empty) = try read(SheetWorkbook(rows: []))
        #expect(empty.errors.first?.message.contains("trống") == true)
    }
}
