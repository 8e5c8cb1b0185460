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

/// Issue 12: a catalog of thousands of procedures does not make one heavy list page. Above
/// `procedures_per_list_page` the list is an index of fields and each field has its own page.
@Suite struct SplitCatalogListTests {
    private func render(perListPage: Int?) throws -> [String: String] {
        var config = TemporarySite.minimalConfig
        if let perListPage { config += "\nprocedures_per_list_page: \(perListPage)\n" }
        return try TemporarySite(["data/thu-tuc.csv": CatalogPagesTests.csv], config: config).render()
    }

    @Test func aSmallCatalogKeepsEveryProcedureOnTheListPage() throws {
        let files = try render(perListPage: nil)
        let list = try #require(files["thu-tuc-hanh-chinh/index.html"])
        #expect(list.contains("id=\"tt-1.001193\"") && list.contains("id=\"tt-2.000815\""))
        #expect(!files.keys.contains { $0.hasPrefix("thu-tuc-hanh-chinh/linh-vuc/") })
        #expect(!list.contains("data-split"))
        let index = try #require(files["thu-tuc-hanh-chinh/tim-kiem.json"])
        #expect(!index.contains("\"n\":"))
    }

    @Test func overTheLimitTheListIsAnIndexOfFieldPages() throws {
        let files = try render(perListPage: 2)
        let list = try #require(files["thu-tuc-hanh-chinh/index.html"])
        // No procedure in force on the index page (the few upcoming ones keep their section);
        // each field links to its page, with its count.
        #expect(!list.contains("id=\"tt-1.001193\"") && !list.contains("id=\"tt-2.000815\""))
        #expect(list.contains("href=\"/thu-tuc-hanh-chinh/linh-vuc/ho-tich/\""))
        #expect(list.contains("href=\"/thu-tuc-hanh-chinh/linh-vuc/chung-thuc/\""))
        #expect(list.contains("data-split"))
        // The detail pages' breadcrumb (#linh-vuc-…) still lands on the field's entry.
        #expect(list.contains("id=\"linh-vuc-ho-tich\""))
        let hoTich = try #require(files["thu-tuc-hanh-chinh/linh-vuc/ho-tich/index.html"])
        let chungThuc = try #require(files["thu-tuc-hanh-chinh/linh-vuc/chung-thuc/index.html"])
        #expect(hoTich.contains("id=\"tt-1.001193\"") && !hoTich.contains("id=\"tt-2.000815\""))
        #expect(chungThuc.contains("id=\"tt-2.000815\"") && !chungThuc.contains("id=\"tt-1.001193\""))
        #expect(hoTich.contains("href=\"/thu-tuc-hanh-chinh/#linh-vuc-ho-tich\""))
        // Search on the index page lists results itself: names and links are in the index.
        let index = try #require(files["thu-tuc-hanh-chinh/tim-kiem.json"])
        #expect(index.contains("\"c\":\"1.001193\"") && index.contains("\"n\":\"Đăng ký khai sinh\",\"u\":\"1.001193/\""))
        // Field pages are ordinary pages: in the sitemap, under the site's address.
        let sitemap = try #require(files["sitemap.xml"])
        #expect(sitemap.contains("thu-tuc-hanh-chinh/linh-vuc/ho-tich/"))
    }

    @Test func zeroIsRefusedWithItsLine() throws {
        let site = try TemporarySite(["data/thu-tuc.csv": CatalogPagesTests.csv],
                                     config: TemporarySite.minimalConfig + "\nprocedures_per_list_page: 0\n")
        let (_, diagnostics) = site.load()
        let error = try #require(diagnostics.errors.first)
        #expect(error.message.contains("procedures_per_list_page") && error.location.line != nil)
    }
}
