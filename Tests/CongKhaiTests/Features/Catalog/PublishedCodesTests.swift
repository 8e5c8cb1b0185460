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

/// A published procedure URL never disappears (issue 10 §4): the record of published codes in
/// the content folder, and what happens when a code leaves the catalog.
@Suite struct PublishedCodesTests {
    static let catalog = """
    Mã TTHC,Tên thủ tục,Lĩnh vực,Thời hạn giải quyết,Phí
    1.001193,Đăng ký khai sinh,Hộ tịch,1 ngày,Miễn phí
    1.004884,Đăng ký lại khai sinh,Hộ tịch,5 ngày làm việc,Miễn phí
    2.000986,Chứng thực bản sao,Chứng thực,Trong ngày,2.000 đồng/trang
    """

    private func built(_ files: [String: String] = [:]) throws -> TemporarySite {
        var all = files
        all["data/thu-tuc.csv"] = all["data/thu-tuc.csv"] ?? Self.catalog
        let site = try TemporarySite(all)
        _ = try SiteBuilder.build(site.options(asOf: "2026-10-01"), diagnostics: Diagnostics())
        return site
    }

    private func record(_ site: TemporarySite) throws -> String {
        try String(contentsOf: site.content.appendingPathComponent(PublishedCodes.fileName), encoding: .utf8)
    }

    @Test func aBuildRecordsEveryCodeWithItsDatesAndRewritesOnlyOnChange() throws {
        let site = try built()
        let text = try record(site)
        #expect(text.hasPrefix("Loại,Mã,Tên,Lĩnh vực,Trạng thái,Công bố từ,Trạng thái từ,Nội dung,Nội dung từ\n"))
        #expect(text.contains("thu-tuc,1.001193,Đăng ký khai sinh,Hộ tịch,hiện hành,2026-10-01,2026-10-01,"))
        #expect(text.split(separator: "\n").count == 4)
        // A later build with nothing changed keeps every date.
        _ = try SiteBuilder.build(site.options(asOf: "2026-11-21"), diagnostics: Diagnostics())
        #expect(try record(site) == text)
        // `check` never writes it.
        try site.write("data/thu-tuc.csv", Self.catalog + "\n1.000894,Đăng ký kết hôn,Hộ tịch,1 ngày,Miễn phí")
        _ = SiteBuilder.check(site.options(asOf: "2026-11-22"), diagnostics: Diagnostics())
        #expect(try record(site) == text)
        _ = try SiteBuilder.build(site.options(asOf: "2026-11-22"), diagnostics: Diagnostics())
        let updated = try record(site)
        #expect(updated.contains("thu-tuc,1.000894,Đăng ký kết hôn,Hộ tịch,hiện hành,2026-11-22,2026-11-22,"))
        #expect(updated.contains("thu-tuc,1.001193,Đăng ký khai sinh,Hộ tịch,hiện hành,2026-10-01,2026-10-01,"))
    }

    @Test func aBuildDatedBeforeTheRecordLeavesItAlone() throws {
        let site = try built()
        let text = try record(site)
        try site.write("data/thu-tuc.csv", Self.catalog + "\n1.000894,Đăng ký kết hôn,Hộ tịch,1 ngày,Miễn phí")
        _ = try SiteBuilder.build(site.options(asOf: "2026-09-01"), diagnostics: Diagnostics())
        #expect(try record(site) == text)
    }

    @Test func aDeletedRowIsAnErrorNamingTheCodeAndNothingIsWritten() throws {
        let site = try built()
        let before = treeContents(site.output)
        try site.write("data/thu-tuc.csv", Self.catalog.replacingOccurrences(of: "\n1.004884,Đăng ký lại khai sinh,Hộ tịch,5 ngày làm việc,Miễn phí", with: ""))
        let diagnostics = Diagnostics()
        #expect(throws: SiteBuilder.BuildError.self) { try SiteBuilder.build(site.options(), diagnostics: diagnostics) }
        let error = try #require(diagnostics.errors.first)
        #expect(error.code == .publishedCodeMissing && error.location.file == "data/thu-tuc.csv")
        #expect(error.message.contains("1.004884 (Đăng ký lại khai sinh)") && !error.message.contains("1.001193"))
        #expect(treeContents(site.output) == before)
    }

    @Test func aMissingOrEmptyCatalogNamesEveryCode() throws {
        let site = try built()
        try FileManager.default.removeItem(at: site.content.appendingPathComponent("data/thu-tuc.csv"))
        let (_, missing) = site.load()
        let error = try #require(missing.errors.first { $0.code == .publishedCodeMissing })
        #expect(error.message.hasPrefix("Danh mục thủ tục trống hoặc không có: 1.001193 (Đăng ký khai sinh); 1.004884"))
        #expect(error.message.contains("2.000986"))
        try site.write("data/thu-tuc.csv", "Mã TTHC,Tên thủ tục,Lĩnh vực\n")
        let (_, empty) = site.load()
        #expect(empty.errors.contains { $0.code == .publishedCodeMissing && $0.message.contains("2.000986") })
    }

    @Test func aCodeAbolishedByADecisionKeepsItsPageFromTheRecord() throws {
        let site = try built()
        try site.write("data/thu-tuc.csv", Self.catalog.replacingOccurrences(of: "\n2.000986,Chứng thực bản sao,Chứng thực,Trong ngày,2.000 đồng/trang", with: ""))
        try site.write("data/quyet-dinh-cong-bo.csv", """
        Số quyết định,Ngày ký,Ngày hiệu lực,Cơ quan ban hành,Mã TTHC,Nội dung công bố,Mã thay thế
        50/QĐ-UBND,02/11/2026,10/11/2026,Chủ tịch UBND tỉnh Quảng Ngãi,2.000986,thay thế,1.001193
        """)
        let diagnostics = Diagnostics()
        _ = try SiteBuilder.build(site.options(), diagnostics: diagnostics)
        #expect(diagnostics.errors.isEmpty)
        let page = try String(contentsOf: site.output.appendingPathComponent("thu-tuc-hanh-chinh/2.000986/index.html"), encoding: .utf8)
        #expect(page.contains("<h1>Chứng thực bản sao</h1>"))
        #expect(page.contains("đã bị bãi bỏ từ ngày 10/11/2026 theo Quyết định số 50/QĐ-UBND ngày 02/11/2026 của Chủ tịch UBND tỉnh Quảng Ngãi"))
        #expect(page.contains("Thay bằng thủ tục 1.001193.") && page.contains("href=\"/thu-tuc-hanh-chinh/1.001193/\""))
        #expect(try record(site).contains("thu-tuc,2.000986,Chứng thực bản sao,Chứng thực,bãi bỏ,2026-10-01,2026-11-21,"))
    }

    @Test func anAbolishedRowWithoutADecisionIsWarned() throws {
        let (_, diagnostics) = try TemporarySite(["data/thu-tuc.csv": "Mã TTHC,Tên thủ tục,Lĩnh vực,Trạng thái\n1.001193,Đăng ký khai sinh,Hộ tịch,bãi bỏ\n"]).load()
        #expect(diagnostics.warnings.contains { $0.code == .abolishedWithoutDecision && $0.location.line == 2 })
    }

    @Test func onlineFilingIsOfferedOnlyForOnlineProcedures() throws {
        let pages = try TemporarySite(["data/thu-tuc.csv": """
        Mã TTHC,Tên thủ tục,Lĩnh vực,Mức độ DVC
        1.001193,Đăng ký khai sinh,Hộ tịch,toàn trình
        2.000986,Chứng thực bản sao,Chứng thực,
        """]).render()
        #expect(pages["thu-tuc-hanh-chinh/1.001193/index.html"]?.contains("Nộp hồ sơ trực tuyến") == true)
        let offline = try #require(pages["thu-tuc-hanh-chinh/2.000986/index.html"])
        #expect(!offline.contains("Nộp hồ sơ trực tuyến"))
        #expect(offline.contains("Xem thủ tục trên Cổng Dịch vụ công quốc gia"))
    }
}
