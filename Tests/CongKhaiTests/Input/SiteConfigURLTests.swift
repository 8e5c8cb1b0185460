import Foundation
import Testing
@testable import CongKhai

/// Every URL written in site.yaml is checked for its scheme before it reaches an href or a QR code.
@Suite struct SiteConfigURLTests {
    static let hostile = [
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", "\"java\\tscript:alert(1)\"", "\"\\x01javascript:alert(1)\"",
        "vbscript:msgbox(1)", "data:text/html;base64,PHNjcmlwdD4=", "file:///etc/passwd", "\"//evil.example/x\"",
        "dichvucong.gov.vn/pakn",
    ]

    /// site.yaml with one key set to `value` (YAML text, quoted when needed).
    static func config(_ key: String, _ value: String) -> String {
        var text = TemporarySite.minimalConfig
        switch key {
        case "base_url":
            text = text.replacingOccurrences(of: "base_url: https://thunghiem.example.vn/", with: "base_url: \(value)")
        case "feedback.province_system_url":
            text += "\n  province_system_name: Hệ thống tỉnh\n  province_system_url: \(value)"
        case "menu.url":
            text += "\nmenu:\n  - title: Liên kết\n    url: \(value)"
        default:
            text += "\nportal:\n  \(key.dropFirst("portal.".count)): \(value)"
        }
        return text + "\n"
    }

    static let keys = ["base_url", "feedback.province_system_url", "portal.procedure_url", "portal.search_url",
                       "portal.feedback_url", "menu.url"]

    @Test(arguments: keys)
    func hostileSchemesAreErrorsNamingTheKeyAndNothingIsWritten(key: String) throws {
        for value in Self.hostile {
            if key == "menu.url" && value == "dichvucong.gov.vn/pakn" { continue }  // a path inside the site
            // Portal patterns keep their placeholder, so only the scheme is wrong.
            let placeholder = key == "portal.procedure_url" ? "{formalityId}" : key == "portal.search_url" ? "{code}" : ""
            let written = value.hasSuffix("\"") ? String(value.dropLast()) + placeholder + "\"" : value + placeholder
            let temporary = try TemporarySite(["pages/a.md": "---\ntitle: A\n---\nx\n"], config: Self.config(key, written))
            let diagnostics = Diagnostics()
            #expect(throws: (any Error).self) { _ = try SiteBuilder.build(temporary.options(), diagnostics: diagnostics) }
            let errors = diagnostics.errors.filter { $0.code == .unsafeURL }
            #expect(errors.count == 1, "\(key): \(value) → \(diagnostics.all)")
            let error = try #require(errors.first)
            #expect(error.location.file == "site.yaml" && error.location.line != nil && error.location.column != nil)
            #expect(error.location.field == key)
            #expect(error.message.contains("https://"))  // says what to write instead
            #expect(!FileManager.default.fileExists(atPath: temporary.output.appendingPathComponent("index.html").path))
        }
    }

    @Test func webAndSitePathsAreAccepted() throws {
        let config = TemporarySite.minimalConfig + """

          province_system_name: Hệ thống tỉnh
          province_system_url: https://dichvucong.quangngai.gov.vn/
        portal:
          feedback_url: http://pakn.example.vn/gui
        menu:
          - title: Giới thiệu
            url: gioi-thieu/
          - title: Tỉnh
            url: https://quangngai.gov.vn/

        """
        let temporary = try TemporarySite(["pages/a.md": "---\ntitle: A\n---\nx\n"], config: config)
        let (site, diagnostics) = temporary.load()
        #expect(diagnostics.errors.isEmpty, "\(diagnostics.errors)")
        #expect(site?.config.feedback.provinceSystemURL == "https://dichvucong.quangngai.gov.vn/")
        #expect(site?.config.menu.count == 2)
    }

    @Test func schemesAreReadAsBrowsersReadThem() {
        #expect(URLScheme.of("javascript:alert(1)") == "javascript")
        #expect(URLScheme.of("  JaVa\tScR\nipt:alert(1)") == "javascript")
        #expect(URLScheme.of("\u{01}\u{1F} vbscript:x") == "vbscript")
        #expect(URLScheme.of("https://x.vn/a:b") == "https")
        #expect(URLScheme.of("/thu-tuc:1") == nil)
        #expect(URLScheme.of("#muc-1") == nil)
        #expect(URLScheme.of("a/b:c") == nil)
        #expect(URLScheme.of("?q=javascript:") == nil)
        #expect(URLScheme.isProtocolRelative("//evil.example"))
        #expect(URLScheme.isProtocolRelative(" \\/evil.example"))
        #expect(!URLScheme.isProtocolRelative("/thong-bao/"))
    }
}

/// Data files reach templates: values under link-named keys and columns are checked too.
@Suite struct DataFileURLTests {
    @Test func linkValuesInDataFilesAreCheckedForTheirScheme() throws {
        let temporary = try TemporarySite([
            "data/lien-ket.yaml": """
            - ten: Cổng tỉnh
              url: https://quangngai.gov.vn/
            - ten: Mẫu đơn
              lien_ket: "JaVa\\tScript:alert(1)"
            - ten: Ghi chú
              ghi_chu: "data: không phải liên kết"
            """,
            "data/bieu-mau.csv": "Tên,Đường dẫn\nTờ khai,vbscript:msgbox(1)\nHướng dẫn,huong-dan/\nThư,mailto:a@b.vn\n",
        ])
        let (_, diagnostics) = temporary.load()
        let errors = diagnostics.errors.filter { $0.code == .unsafeURL }
        #expect(errors.map(\.location.description) == ["data/bieu-mau.csv:2:2 [Đường dẫn]", "data/lien-ket.yaml:4:13 [lien_ket]"],
                "\(diagnostics.all)")
    }

    @Test func theExampleSiteHasNoUnsafeURL() {
        let (_, diagnostics) = ExampleSite.load()
        #expect(!diagnostics.codes().contains(DiagnosticCode.unsafeURL.rawValue))
    }
}

/// Markdown links in pages, notices and procedure detail files are content URLs too.
@Suite struct MarkdownLinkURLTests {
    @Test func unsafeLinksInMarkdownAreErrorsAtTheirLine() throws {
        let temporary = try TemporarySite([
            "pages/a.md": "---\ntitle: A\nmenu: 1\n---\nĐoạn đầu.\n\n[bấm](javascript:alert(1)) và [b](https://x.vn)\n",
            "notices/b.md": "---\ntitle: B\ndate: 01/02/2025\n---\n\n![ảnh](data:image/svg+xml;base64,PHN2Zz4=)\n\n<vbscript:msgbox(1)>\n",
            "data/thu-tuc.csv": "Mã TTHC,Tên thủ tục,Lĩnh vực,Thời hạn giải quyết,Phí\n1.001193,Đăng ký khai sinh,Hộ tịch,1 ngày,Miễn phí\n",
            "data/thu-tuc/1.001193.md": "---\nthoi_han: 1 ngày\n---\n## Trình tự\n\n[mẫu](&#106;avascript:alert(1))\n",
            "pages/c.md": "---\ntitle: C\n---\n[thư](mailto:a@b.vn) [gọi](tel:0255) [mục](#a) [trang](/thong-bao/) javascript: là chữ\n",
        ])
        let (_, diagnostics) = temporary.load()
        let errors = diagnostics.errors.filter { $0.code == .unsafeURL }.map(\.location.description)
        #expect(errors == ["data/thu-tuc/1.001193.md:6:1", "notices/b.md:6:1", "notices/b.md:8:1", "pages/a.md:7:1"], "\(diagnostics.all)")
    }

    @Test func bodiesWithoutSuspectTextAreNotParsedAgain() {
        #expect(!MarkdownLinkCheck.mayHoldUnsafeLink("# Tiêu đề\n\n[a](https://x.vn) a & b: c"))
        #expect(MarkdownLinkCheck.mayHoldUnsafeLink("[a](JAVASCRIPT:x)"))
        #expect(MarkdownLinkCheck.mayHoldUnsafeLink("[a](&#106;avascript:x)"))
    }
}
