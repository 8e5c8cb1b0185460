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
