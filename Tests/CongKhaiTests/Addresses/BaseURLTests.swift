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

@Suite struct BaseURLTests {
    @Test(arguments: [
        ("https://abc.gov.vn", "https://abc.gov.vn", "/"),
        ("https://abc.gov.vn/", "https://abc.gov.vn", "/"),
        ("  HTTPS://ABC.Gov.VN  ", "https://abc.gov.vn", "/"),
        ("https://abc.gov.vn:443/xa/binh", "https://abc.gov.vn", "/xa/binh/"),
        ("http://abc.gov.vn:8080//xa///binh/", "http://abc.gov.vn:8080", "/xa/binh/"),
        ("\u{FEFF}https://quangngai.gov.vn/xa/Binh Tan/\u{200B}", "https://quangngai.gov.vn", "/xa/Binh%20Tan/"),
        ("https://quangngai.gov.vn/xã/", "https://quangngai.gov.vn", "/x%C3%A3/"),
        ("https://abc.gov.vn/a%20b", "https://abc.gov.vn", "/a%20b/"),
    ])
    func addressesAreNormalized(input: String, origin: String, rootPath: String) throws {
        let url = try BaseURL.parse(input).get()
        #expect(url.origin == origin)
        #expect(url.rootPath == rootPath)
        #expect(!url.rootPath.contains("//"))
        #expect(url.absolute("thu-tuc-hanh-chinh/") == origin + rootPath + "thu-tuc-hanh-chinh/")
    }

    @Test(arguments: ["https://", "https://abc .gov.vn/", "https://abc.gov.vn/?a=1", "https://abc.gov.vn/#x",
                      "https://user@abc.gov.vn/", "https://abc.gov.vn:99999/", "https://abc..gov.vn/",
                      "https://abc.gov.vn/xa/../y/", "https:\\\\abc.gov.vn", "https://bình.gov.vn/", "ftp://abc.gov.vn/", "https://tinh.gov.vn/xa/index.html"])
    func malformedAddressesAreRefused(input: String) {
        guard case .failure(let problem) = BaseURL.parse(input) else {
            Issue.record("\(input) was accepted")
            return
        }
        #expect(!problem.reason.isEmpty)
    }

    /// `check` names the line of a malformed base_url (CK200), and `--base-url` too.
    @Test func malformedBaseURLIsCK200AtItsLine() throws {
        let config = TemporarySite.minimalConfig.replacingOccurrences(
            of: "base_url: https://thunghiem.example.vn/", with: "base_url: https://thu nghiem.example.vn/")
        let site = try TemporarySite(["pages/a.md": "---\ntitle: A\n---\nx\n"], config: config)
        let (_, diagnostics) = site.load()
        let error = try #require(diagnostics.errors.first { $0.code == .baseURLMalformed })
        #expect(error.location.file == "site.yaml")
        #expect(error.location.line == 3)
        #expect(error.message.contains("dấu cách"))

        let fine = try TemporarySite(["pages/a.md": "---\ntitle: A\n---\nx\n"])
        let optionDiagnostics = Diagnostics()
        _ = SiteLoader.load(fine.options(baseURL: "https://abc.gov.vn/?x"), diagnostics: optionDiagnostics)
        #expect(optionDiagnostics.errors.map(\.code) == [.baseURLMalformed])
        #expect(optionDiagnostics.errors.first?.location.file == "--base-url")
    }

    /// A menu entry written with a leading slash stays inside the site.
    @Test func menuPathWithLeadingSlashIsNotProtocolRelative() throws {
        let config = TemporarySite.minimalConfig.replacingOccurrences(
            of: "base_url: https://thunghiem.example.vn/", with: "base_url: https://thunghiem.example.vn")
            + "\nmenu:\n  - title: Giới thiệu\n    url: /a/\n"
        let site = try TemporarySite(["pages/a.md": "---\ntitle: A\n---\nx\n"], config: config)
        let files = try site.render()
        let home = try #require(files["index.html"])
        #expect(home.contains("href=\"/a/\""))
        #expect(!home.contains("href=\"//"))
    }
}
