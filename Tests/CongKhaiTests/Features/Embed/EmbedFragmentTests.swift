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

/// The fragments of `/nhung/` go through an editor's allow-list with nothing lost, point
/// only at absolute addresses of files the build wrote, and are listed with a copy button.
@Suite struct EmbedFragmentTests {
    static func example() throws -> (Site, [String: Data]) {
        let (loaded, diagnostics) = ExampleSite.load()
        let site = try #require(loaded)
        #expect(!diagnostics.hasErrors)
        var files: [String: Data] = [:]
        for file in SiteBuilder.render(site) { files[file.path] = file.contents }
        return (site, files)
    }

    /// A fragment as the families offer it, with its HTML made.
    struct Fragment {
        let id: String
        let filePath: String
        let html: String
    }

    static func fragments(_ site: Site) throws -> [Fragment] {
        let offers = SiteBuilder.familyContext(site).portalFragments
        return (offers.flatMap(\.groups).flatMap(\.fragments) + offers.flatMap(\.pages).flatMap(\.fragments)).map {
            Fragment(id: $0.id, filePath: $0.filePath, html: String(decoding: $0.html(), as: UTF8.self))
        }
    }

    @Test func everyFragmentSurvivesAnEditorsAllowList() throws {
        let (site, files) = try Self.example()
        let fragments = try Self.fragments(site)
        #expect(fragments.count == site.catalog.groups.flatMap(\.procedures).count + site.catalog.groups.count + 2)
        let baseURL = try #require(site.config.baseURL).text
        for fragment in fragments {
            let (filtered, losses) = EditorAllowList.filter(fragment.html)
            #expect(losses.isEmpty, "\(fragment.id): \(losses.prefix(5))")
            #expect(filtered == fragment.html, "\(fragment.id): the editor would change it")
            // Exactly what is pasted: no byte order mark (the editor made it an empty paragraph).
            #expect(files[fragment.filePath] == Data((fragment.html + "\n").utf8), "\(fragment.id): its own file")
            for banned in ["<script", "<style", "<svg", " class=", " id=", " on"] {
                #expect(!fragment.html.contains(banned), "\(fragment.id) holds \(banned)")
            }
            // Every address is absolute; those of the site name files the build wrote.
            for reference in SiteLinks.references(in: fragment.html) {
                #expect(reference.hasPrefix("https://") || reference.hasPrefix("http://")
                        || reference.hasPrefix("mailto:") || reference.hasPrefix("tel:"), "\(fragment.id): \(reference)")
                guard reference.hasPrefix(baseURL) else { continue }
                var path = String(reference.dropFirst(baseURL.count).prefix { $0 != "#" && $0 != "?" })
                if path.isEmpty || path.hasSuffix("/") { path += "index.html" }
                #expect(files[path] != nil, "\(fragment.id): \(reference) was not built")
            }
        }
        // What the citizen needs is in the procedure's fragment: facts, its sections, its QR image.
        let birth = try #require(fragments.first { $0.id == "thu-tuc-1-001193" })
        #expect(birth.html.contains("Thời hạn giải quyết") && birth.html.contains("Phí, lệ phí"))
        #expect(birth.html.contains("<img src=\"\(baseURL)qr/1.001193.png\""))
        let feedback = try #require(fragments.first { $0.id == "phan-anh-kien-nghi" })
        #expect(feedback.html.contains(site.config.feedback.phone))
        #expect(feedback.html.contains("nhung/qr/phan-anh-kien-nghi.png"))
    }

    /// The filter itself removes what editors remove, so the test above can fail.
    @Test func allowListRemovesWhatEditorsStrip() {
        let hostile = "<div class=\"x\" style=\"position:absolute;color:red\"><script>alert(1)</script><svg><path/></svg><a href=\"/rel\" onclick=\"x()\">a</a></div>"
        let (filtered, losses) = EditorAllowList.filter(hostile)
        #expect(filtered == "<div style=\"color:red\"><a>a</a></div>")
        #expect(losses.count == 6)
    }

    @Test func listingPagesShowCodePreviewAndCopyButton() throws {
        let (site, files) = try Self.example()
        let index = String(decoding: try #require(files["nhung/index.html"]), as: UTF8.self)
        #expect(index.contains("<textarea id=\"phan-anh-kien-nghi-ma\""))
        #expect(index.contains("class=\"embed-copy\" data-target=\"phan-anh-kien-nghi-ma\" hidden"))
        #expect(index.contains("<details class=\"embed-preview-box\">"))
        // The code box holds the fragment escaped, the preview holds it as HTML.
        let feedback = try Self.fragments(site).first { $0.id == "phan-anh-kien-nghi" }!
        #expect(index.contains(HTMLEscape.text(feedback.html).replacingOccurrences(of: "\"", with: "&quot;"))
                || index.contains(HTMLEscape.attribute(feedback.html)))
        // The preview is the fragment less the table's `border` attribute (obsolete in HTML5;
        // the page's stylesheet draws the same borders), and the code box keeps it.
        #expect(index.contains("<div class=\"embed-preview\">\(FragmentText.preview(Array(feedback.html.utf8)))</div>"))
        #expect(feedback.html.contains("<table border=\"1\" ") && !FragmentText.preview(Array(feedback.html.utf8)).contains("border=\"1\""))
        #expect(FragmentText.preview(Array("a<table border=\"1\" x><table border=\"1\"><tab".utf8)) == "a<table x><table border=\"1\"><tab")
        let field = try #require(site.catalog.groups.first)
        let fieldPage = String(decoding: try #require(files[CatalogRoutes.fragmentPage(field.field) + "index.html"]), as: UTF8.self)
        for procedure in field.procedures { #expect(fieldPage.contains("id=\"thu-tuc-\(Slug.make(procedure.code))-ma\"")) }
        #expect(site.theme.assets.contains { $0.name == "embed.js" && files[$0.outputPath] != nil })
        // Tools for the webmaster: kept out of search engines.
        #expect(index.contains("<meta name=\"robots\" content=\"noindex\">"))
        let sitemap = String(decoding: try #require(files["sitemap.xml"]), as: UTF8.self)
        #expect(!sitemap.contains("/nhung/") && sitemap.contains("/thu-tuc-hanh-chinh/"))
    }
}

@Suite struct EmbedAttributesTests {
    /// cmark-gfm's own markup, made fit for an editor: no class, id, align, data or aria
    /// attributes, no checkbox, footnotes without in-page links, tables bordered inline.
    @Test func markdownOutputIsMadeEditorSafe() throws {
        let markdown = MarkdownRenderer()
        let html = try markdown.render("| Giấy tờ | Số bản |\n|:--|--:|\n| Tờ khai | 1 |\n\n- [x] Đã nộp\n- [ ] Chưa nộp\n\nChú thích[^1].  \nẢnh: ![Bản đồ](/anh/ban-do.png) [mẫu](mau.pdf)\n\n[^1]: Ghi chú.\n")
        let safe = EmbedAttributes.strip(html)
        #expect(!safe.contains("class=") && !safe.contains(" id=") && !safe.contains("align=") && !safe.contains("<input"))
        #expect(safe.contains("☑ Đã nộp") && safe.contains("☐ Chưa nộp"))
        #expect(safe.contains("Chú thích<sup>1</sup>") && !safe.contains("↩") && !safe.contains("<section"))
        #expect(safe.contains("<td style=\"\(EmbedStyle.cell.replacingOccurrences(of: "text-align:left", with: "text-align:right"))\">1</td>"))
        #expect(safe.contains("<br>") && safe.contains("<img src=\"/anh/ban-do.png\" alt=\"Bản đồ\">"))
        // Made absolute as in a fragment, it passes the editor's filter untouched.
        let absolute = FragmentText.absolutized(html, page: "https://x.gov.vn/xa/thu-tuc-hanh-chinh/1.001193/", baseURL: BaseURL("https://x.gov.vn/xa/")!)
        #expect(absolute.contains("<img src=\"https://x.gov.vn/anh/ban-do.png\""))
        #expect(absolute.contains("<a href=\"https://x.gov.vn/xa/thu-tuc-hanh-chinh/1.001193/mau.pdf\">mẫu</a>"))
        let (filtered, losses) = EditorAllowList.filter(absolute)
        #expect(losses.isEmpty, "\(losses)")
        #expect(filtered == absolute)
    }
}
