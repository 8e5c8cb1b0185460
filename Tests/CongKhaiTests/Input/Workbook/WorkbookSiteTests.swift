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

/// A whole site whose tables are workbooks, as webmasters keep them.
@Suite struct WorkbookSiteTests {
    private var catalogCSV: String { get throws { try String(contentsOf: WorkbookFixture.url("catalog.csv"), encoding: .utf8) } }

    @Test func catalogWorkbookBuildsTheSameSiteAsTheEquivalentCSVByteForByte() throws {
        let fromCSV = try TemporarySite(["data/thu-tuc.csv": try catalogCSV])
        let fromWorkbook = try TemporarySite([:])
        try fromWorkbook.copy(fixture: WorkbookFixture.url("catalog.xlsx"), to: "data/thu-tuc.xlsx")
        _ = try SiteBuilder.build(fromCSV.options(), diagnostics: Diagnostics())
        let diagnostics = Diagnostics()
        _ = try SiteBuilder.build(fromWorkbook.options(), diagnostics: diagnostics)
        let expected = treeContents(fromCSV.output), actual = treeContents(fromWorkbook.output)
        #expect(expected.count > 10)
        #expect(Set(actual.keys) == Set(expected.keys))
        for (path, bytes) in expected where actual[path] != bytes { Issue.record("\(path) differs") }
        // The two codes Excel stored as numbers are named, with their cells.
        #expect(diagnostics.warnings.filter { $0.code == .procedureCodeRestored }.map { $0.location.cell } == ["Danh mục!B6", "Danh mục!B7"])
    }

    @Test func registerWorkbookWithTimesAndBooleansBuildsTheSameSiteAsItsCSV() throws {
        let catalog = "Mã TTHC,Tên thủ tục,Lĩnh vực,Thời hạn giải quyết,Phí\n1.014028,Hỗ trợ chi phí mai táng,Bảo trợ xã hội,3 ngày làm việc,Miễn phí\n"
        let registerCSV = try String(contentsOf: WorkbookFixture.url("register.csv"), encoding: .utf8)
        let fromCSV = try TemporarySite(["data/thu-tuc.csv": catalog, "data/ho-so-tre-han.csv": registerCSV])
        let fromWorkbook = try TemporarySite(["data/thu-tuc.csv": catalog])
        try fromWorkbook.copy(fixture: WorkbookFixture.url("register.xlsx"), to: "data/ho-so-tre-han.xlsx")
        let (site, diagnostics) = fromWorkbook.load(asOf: "2025-12-31")
        #expect(!diagnostics.hasErrors, "\(diagnostics.errors)")
        #expect(site?.register.entries.map(\.dossier.code) == ["HS-1", "HS-3"])
        // The workbook's consent is a bare TRUE: without a reference it is not published (CK084).
        #expect(site?.register.entries.first?.dossier.consentToName == false)
        #expect(diagnostics.warnings.contains { $0.code == .nameWithoutConsentReference })
        #expect(diagnostics.warnings.first { $0.code == .procedureCodeRestored }?.location.cell == "Sổ theo dõi!C4")
        #expect(try fromWorkbook.render(asOf: "2025-12-31") == (try fromCSV.render(asOf: "2025-12-31")))
    }

    /// Before workbooks were read, an .xlsx catalog was skipped without a word and the build
    /// published a site without procedures.
    @Test func aCatalogKeptOnlyAsAWorkbookIsNotIgnored() throws {
        let site = try TemporarySite([:])
        try site.copy(fixture: WorkbookFixture.url("catalog.xlsx"), to: "data/thu-tuc.xlsx")
        let (loaded, diagnostics) = site.load()
        #expect(!diagnostics.hasErrors, "\(diagnostics.errors)")
        #expect(loaded?.catalog.all.map(\.code).sorted() == ["1.000003", "1.001193", "2.000815", "2.000850"])
    }

    @Test func excelsOwnerFileBesideAnOpenWorkbookIsNotRead() throws {
        let site = try TemporarySite(["data/~$thu-tuc.xlsx": "\u{7}Nguyen Van A"])
        try site.copy(fixture: WorkbookFixture.url("catalog.xlsx"), to: "data/thu-tuc.xlsx")
        let (loaded, diagnostics) = site.load()
        #expect(!diagnostics.hasErrors, "\(diagnostics.errors)")
        #expect(loaded?.catalog.all.count == 4)
    }

    @Test func sheetOptionInASidecarChoosesTheSheet() throws {
        let site = try TemporarySite(["data/thu-tuc.xlsx.yaml": "sheet: Danh mục\n"])
        try site.copy(fixture: WorkbookFixture.url("chosen-sheet.xlsx"), to: "data/thu-tuc.xlsx")
        let (loaded, diagnostics) = site.load()
        #expect(!diagnostics.hasErrors, "\(diagnostics.errors)")
        #expect(loaded?.catalog.all.count == 4)
        #expect(loaded?.data.documents["thu-tuc.xlsx.yaml"] == nil)  // options are not data
    }

    @Test func sidecarMistakesArePointedAt() throws {
        let site = try TemporarySite(["data/thu-tuc.xlsx.yaml": "sheet: Thủ tục\nsheets: 2\n"])
        try site.copy(fixture: WorkbookFixture.url("chosen-sheet.xlsx"), to: "data/thu-tuc.xlsx")
        let (_, diagnostics) = site.load()
        #expect(diagnostics.errors.first { $0.code == .workbookSheetNotFound }?.location.file == "data/thu-tuc.xlsx.yaml")
        #expect(diagnostics.warnings.first { $0.code == .workbookOptionsInvalid }?.location.line == 2)
    }

    @Test func aTableInTwoFormsIsAnErrorSayingWhichToRemove() throws {
        let site = try TemporarySite(["data/thu-tuc.csv": try catalogCSV])
        try site.copy(fixture: WorkbookFixture.url("catalog.xlsx"), to: "data/thu-tuc.xlsx")
        let (_, diagnostics) = site.load()
        let error = try #require(diagnostics.errors.first { $0.code == .tableInTwoForms })
        #expect(error.location.file == "data/thu-tuc.xlsx")
        #expect(error.message.contains("data/thu-tuc.csv và data/thu-tuc.xlsx"))
    }

    @Test func formatsCongKhaiCannotReadAreErrorsSayingWhatToDo() throws {
        let site = try TemporarySite(["data/thu-tuc.xls": "", "data/thong-ke/hai-long.ods": "", "data/lanh-dao.docx": ""])
        let (_, diagnostics) = site.load()
        let errors = diagnostics.errors.filter { $0.code == .tableFormatUnsupported }
        #expect(errors.map(\.location.file) == ["data/lanh-dao.docx", "data/thong-ke/hai-long.ods", "data/thu-tuc.xls"])
        #expect(errors.allSatisfy { $0.message.contains("Lưu lại dạng .xlsx (Excel Workbook) hoặc CSV UTF-8") })
    }

    @Test func everyMalformedCatalogFailsTheBuildAndLeavesTheOutputUntouched() throws {
        let site = try TemporarySite(["data/thu-tuc.csv": try catalogCSV])
        _ = try SiteBuilder.build(site.options(), diagnostics: Diagnostics())
        let before = treeContents(site.output)
        try FileManager.default.removeItem(at: site.content.appendingPathComponent("data/thu-tuc.csv"))
        for (name, _) in WorkbookFixture.malformed {
            try site.copy(fixture: WorkbookFixture.url(name), to: "data/thu-tuc.xlsx")
            let diagnostics = Diagnostics()
            #expect(throws: SiteBuilder.BuildError.self, "\(name)") { try SiteBuilder.build(site.options(), diagnostics: diagnostics) }
            #expect(diagnostics.errors.map(\.code) == [.workbookUnreadable], "\(name)")
            #expect(diagnostics.errors.first?.description.hasPrefix("data/thu-tuc.xlsx") == true)
            #expect(treeContents(site.output) == before, "\(name)")
        }
    }

    @Test func statisticsTableAsAWorkbook() throws {
        let site = try TemporarySite(["data/thong-ke/so-thu-tuc.yaml": "kind: satisfaction\ntitle: Thử\n"])
        try site.copy(fixture: WorkbookFixture.url("chosen-sheet.xlsx"), to: "data/thong-ke/so-thu-tuc.xlsx")
        let (_, diagnostics) = site.load()
        // The first sheet has Đơn vị but not the satisfaction columns: the statistics reader saw it.
        #expect(diagnostics.errors.contains { $0.code == .missingColumn && $0.location.file == "data/thong-ke/so-thu-tuc.xlsx" })
        #expect(!diagnostics.errors.contains { $0.code == .tableInTwoForms })
    }

    @Test func unicodeTextExportInUTF16IsReadAsCSV() throws {
        let text = "Mã TTHC\tTên thủ tục\tLĩnh vực\r\n1.001193\tĐăng ký khai sinh\tHộ tịch\r\n"
        for (bom, encoding) in [([UInt8]([0xFF, 0xFE]), String.Encoding.utf16LittleEndian), ([0xFE, 0xFF], .utf16BigEndian)] {
            let site = try TemporarySite([:])
            try site.write("data/thu-tuc.csv", Data(bom) + text.data(using: encoding)!)
            let (loaded, diagnostics) = site.load()
            #expect(!diagnostics.hasErrors, "\(diagnostics.errors)")
            #expect(loaded?.catalog.all.first?.name == "Đăng ký khai sinh")
        }
    }
}
