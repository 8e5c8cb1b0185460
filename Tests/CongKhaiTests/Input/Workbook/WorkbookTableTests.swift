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

/// From a sheet as exported (title rows, merged two-row header, STT, trailing blanks) to the
/// table the CSV reader would give for the same data.
@Suite struct WorkbookTableTests {
    private func read(_ name: String, sheet: String? = nil) -> (DataTable?, Diagnostics) {
        let diagnostics = Diagnostics()
        let table = WorkbookTableReader.read(WorkbookFixture.url(name), displayPath: "data/\(name)",
                                             options: WorkbookOptions(sheet: sheet), vocabulary: .standard, diagnostics: diagnostics)
        return (table, diagnostics)
    }

    @Test func headerIsFoundBelowTitleRowsAndMergedHeadersAreFlattened() throws {
        let (table, diagnostics) = read("catalog.xlsx")
        let catalog = try #require(table)
        #expect(catalog.headers == ["Mã TTHC", "Tên thủ tục", "Lĩnh vực", "Thời hạn giải quyết", "Phí", "Mức độ DVC", "Hiệu lực từ"])
        #expect(catalog.rows.map(\.line) == [6, 7, 8, 9])  // trailing blank and formatted-only rows dropped
        #expect(catalog.rows[0].cells == ["2.000850", "Đăng ký kết hôn", "Hộ tịch", "Trong ngày", "Miễn phí", "toàn trình", "01/07/2025"])
        #expect(catalog.rows[1][1] == "Đăng ký khai sinh")  // rich text runs joined
        #expect(diagnostics.errors.isEmpty)
        #expect(diagnostics.warnings.map(\.code) == [.procedureCodeRestored, .procedureCodeRestored])
    }

    @Test func hiddenSheetBeforeTheVisibleOneIsSkipped() throws {
        let (table, _) = read("catalog.xlsx")
        guard case .workbook(let place) = try #require(table).origin else { Issue.record("not a workbook table"); return }
        #expect(place.sheet == "Danh mục")
        #expect(place.headerRow == 5)
    }

    @Test func locationsNameSheetCellAndHeaderSkippingTheDroppedSTTColumn() throws {
        let table = try #require(read("catalog.xlsx").0)
        let location = table.location(row: table.rows[2], column: 1)
        #expect(location.description == "data/catalog.xlsx [Danh mục!C8] [Tên thủ tục]")
        #expect(table.location(row: table.rows[2]).description == "data/catalog.xlsx [Danh mục!8:8]")
    }

    @Test func sheetChosenByNameUpToCaseAndDiacritics() throws {
        let (first, _) = read("chosen-sheet.xlsx")
        #expect(first?.headers == ["Đơn vị", "Số thủ tục"])
        let (chosen, _) = read("chosen-sheet.xlsx", sheet: "danh muc")
        #expect(chosen?.headers.first == "Mã TTHC")
        #expect(chosen?.rows.count == 4)
    }

    @Test func unknownSheetNameIsAnErrorListingTheSheets() {
        let (table, diagnostics) = read("chosen-sheet.xlsx", sheet: "Thủ tục")
        #expect(table == nil)
        let error = diagnostics.errors.first
        #expect(error?.code == .workbookSheetNotFound)
        #expect(error?.message.contains("\"Tổng hợp\", \"Danh mục\"") == true)
    }

    @Test func everyMalformedWorkbookIsALocatedVietnameseError() {
        for (name, place) in WorkbookFixture.malformed {
            let (table, diagnostics) = read(name)
            #expect(table == nil, "\(name)")
            let errors = diagnostics.errors
            #expect(errors.count == 1, "\(name): \(errors)")
            #expect(errors.first?.code == .workbookUnreadable, "\(name)")
            #expect(errors.first?.location.file == "data/\(name)")
            #expect(errors.first?.location.cell == place, "\(name): \(errors.first?.description ?? "")")
            #expect(errors.first?.message.contains(".xlsx") == true || errors.first?.message.contains("tệp") == true, "\(name)")
        }
    }

    @Test func anEmptySheetHasNoHeaderRow() {
        let (table, diagnostics) = read("empty-sheet.xlsx")
        #expect(table == nil)
        #expect(diagnostics.errors.map(\.description).first?.hasPrefix("data/empty-sheet.xlsx [Trống!1:1]: lỗi CK162") == true)
    }

    @Test func aWorkbookWhoseSheetsAreAllHiddenNamesThemInTheError() {
        let (table, diagnostics) = read("all-sheets-hidden.xlsx")
        #expect(table == nil)
        #expect(diagnostics.errors.first?.code == .workbookSheetNotFound)
        #expect(diagnostics.errors.first?.message.contains("\"Ẩn\", \"Rất ẩn\"") == true)
        // Named explicitly, a hidden sheet is read.
        #expect(read("all-sheets-hidden.xlsx", sheet: "Ẩn").0?.headers == ["Tên", "Giá trị", "Mã TTHC"])
    }

    @Test func zipBombsAreRefusedByTheInflatedSize() throws {
        do {
            _ = try Workbook(url: WorkbookFixture.url("cell-kinds.xlsx"), partSizeLimit: 500)
            Issue.record("a part larger than the limit was read")
        } catch {
            #expect(error.message.contains("lớn hơn"))
        }
    }
}
