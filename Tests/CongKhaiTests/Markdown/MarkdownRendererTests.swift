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

@Suite struct MarkdownRendererTests {
    let safe = MarkdownRenderer()

    @Test func rendersGFMExtensions() throws {
        let html = try safe.render("""
        | a | b |
        |---|---|
        | 1 | 2 |

        ~~cũ~~ và https://dichvucong.gov.vn

        - [x] xong
        - [ ] chưa
        """)
        #expect(html.contains("<table>"))
        #expect(html.contains("<del>cũ</del>"))
        #expect(html.contains("<a href=\"https://dichvucong.gov.vn\">"))
        #expect(html.contains("<input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"Đã có\" />"))
        #expect(html.contains("<input type=\"checkbox\" disabled=\"\" aria-label=\"Chưa có\" />"))
    }

    @Test func rawHTMLIsOffByDefault() throws {
        let html = try safe.render("<script>alert(1)</script>\n\n<b onclick=\"x()\">đậm</b>")
        #expect(!html.contains("<script"))
        #expect(!html.contains("onclick"))
        #expect(html.contains("raw HTML omitted"))
    }

    @Test func tagfilterEscapesDangerousTagsEvenWhenHTMLIsAllowed() throws {
        let html = try MarkdownRenderer(allowRawHTML: true).render("<script>alert(1)</script>\n\n<iframe src=x></iframe>\n\n<b>ok</b>")
        #expect(!html.contains("<script"))
        #expect(!html.contains("<iframe"))
        #expect(html.contains("&lt;script>"))
        #expect(html.contains("<b>ok</b>"))
    }

    @Test(arguments: [false, true])
    func javascriptLinksAreNeutralized(allowHTML: Bool) throws {
        let renderer = MarkdownRenderer(allowRawHTML: allowHTML)
        let html = try renderer.render("[bấm](javascript:alert(1)) [b](JaVaScRiPt:alert(2)) ![i](data:text/html;base64,xx)")
        #expect(!html.lowercased().contains("javascript:"))
        #expect(!html.contains("data:text/html"))
    }

    @Test func rootRelativeLinksFollowTheSubPath() throws {
        let html = try MarkdownRenderer(rootPath: "/xa/a/").render("[TTHC](/thu-tuc-hanh-chinh/) [ngoài](//cdn.example/x) [tương đối](gioi-thieu/)")
        #expect(html.contains("href=\"/xa/a/thu-tuc-hanh-chinh/\""))
        #expect(html.contains("href=\"//cdn.example/x\""))
        #expect(html.contains("href=\"gioi-thieu/\""))
    }

    @Test func oversizedInputIsRefused() {
        let big = String(repeating: "a", count: MarkdownRenderer.maximumInputBytes + 1)
        #expect(throws: MarkdownRenderer.RenderError.tooLarge(bytes: big.utf8.count)) { try safe.render(big) }
    }

    @Test func oversizedPageIsAnErrorWithTheFileName() throws {
        let body = String(repeating: "x", count: MarkdownRenderer.maximumInputBytes + 10)
        let site = try TemporarySite(["pages/lon.md": "---\ntitle: Lớn\n---\n" + body])
        let (_, diagnostics) = site.load()
        #expect(diagnostics.errors.contains { $0.code == .inputTooLarge && $0.location.file == "pages/lon.md" })
    }

    /// cmark-gfm loses strikethrough and autolinks when two parsers finish at once
    /// (github/cmark-gfm#221). With the lock every parallel rendering equals the serial one.
    @Test func parallelRenderingMatchesSerialRendering() {
        let documents = (0..<2_000).map { index in
            "# Mục \(index)\n\n~~bỏ \(index)~~ và www.example\(index).vn, xem https://a.vn/\(index)\n\n| a | b |\n|---|---|\n| \(index) | ~~x~~ |\n"
        }
        let expected = documents.map { try! safe.render($0) }
        let results = ResultBox(count: documents.count)
        DispatchQueue.concurrentPerform(iterations: documents.count) { index in
            results.set(try! safe.render(documents[index]), at: index)
        }
        let wrong = documents.indices.filter { results.get($0) != expected[$0] }
        #expect(wrong.isEmpty, "\(wrong.count) documents rendered differently in parallel")
        #expect(expected.allSatisfy { $0.contains("<del>") && $0.contains("<a href=\"http://www.example") })
    }
}

final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String]
    init(count: Int) { values = Array(repeating: "", count: count) }
    func set(_ value: String, at index: Int) { lock.lock(); values[index] = value; lock.unlock() }
    func get(_ index: Int) -> String { lock.lock(); defer { lock.unlock() }; return values[index] }
}
