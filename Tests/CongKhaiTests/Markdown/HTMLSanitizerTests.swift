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

/// Raw HTML, when a site allows it, goes through an allow-list.
@Suite struct HTMLSanitizerTests {
    let unsafe = MarkdownRenderer(allowRawHTML: true)

    /// What a hostile or careless page may contain, and what must come out.
    static let cases: [(String, String)] = [
        (#"<a href="javascript:alert(1)">x</a>"#, "<a>x</a>"),
        (#"<a href="JaVaScRiPt:alert(1)">x</a>"#, "<a>x</a>"),
        (#"<a href=" java&#x09;script:alert(1)">x</a>"#, "<a>x</a>"),
        (#"<a href="&#106;avascript:alert(1)">x</a>"#, "<a>x</a>"),
        (#"<a href="&#x6A&#x61vascript:alert(1)">x</a>"#, "<a>x</a>"),
        (#"<a href="java&Tab;script&colon;alert(1)">x</a>"#, "<a>x</a>"),
        ("<a href=\"java\nscript:alert(1)\">x</a>", "<a>x</a>"),
        (#"<a href="&#0;javascript:alert(1)">x</a>"#, "<a>x</a>"),
        (#"<a href="&unknown;javascript:alert(1)">x</a>"#, "<a>x</a>"),
        (#"<a href='vbscript:msgbox(1)'>x</a>"#, "<a>x</a>"),
        (#"<a href=data:text/html;base64,PHNjcmlwdD4=>x</a>"#, "<a>x</a>"),
        (#"<a href="file:///etc/passwd">x</a>"#, "<a>x</a>"),
        (#"<a href="https://dichvucong.gov.vn/" onclick="steal()" style="color:red" target="_blank">DVC</a>"#,
         #"<a href="https://dichvucong.gov.vn/">DVC</a>"#),
        (#"<a href="x"onmouseover="steal()">x</a>"#, #"<a href="x">x</a>"#),
        (##"<a href="mailto:ubnd@xa.vn" title='Thư "UBND"'>thư</a> <a href="tel:0255">gọi</a> <a href="#muc-1">mục</a>"##,
         ##"<a href="mailto:ubnd@xa.vn" title="Thư &quot;UBND&quot;">thư</a> <a href="tel:0255">gọi</a> <a href="#muc-1">mục</a>"##),
        (#"<img src="x" onerror="alert(1)" alt="ảnh">"#, #"<img src="x" alt="ảnh">"#),
        (#"<p><img src="javascript:alert(1)" alt="a">b</p>"#, "<p>b</p>"),
        (#"<p><img src="mailto:a@b.vn" alt="a"><img alt="không có nguồn"></p>"#, "<p></p>"),
        (#"<div><base href="https://evil.example/">sau</div>"#, "<div>sau</div>"),
        (#"<div><meta http-equiv="refresh" content="0;url=https://evil.example/">sau</div>"#, "<div>sau</div>"),
        (#"<div><form action="https://evil.example/"><input name="cccd"><button>Gửi</button></form>sau</div>"#, "<div>sau</div>"),
        (#"<div><object data="x.swf"><param name="a">nội dung</object>sau</div>"#, "<div>sau</div>"),
        (#"<div><embed src="x.swf">sau</div>"#, "<div>sau</div>"),
        (#"<div><svg onload="alert(1)"><circle/></svg>sau</div>"#, "<div>sau</div>"),
        (#"<div><template><img src=x onerror=alert(1)></template><noscript>n</noscript>sau</div>"#, "<div>sau</div>"),
        (#"<div><link rel="stylesheet" href="https://evil.example/x.css">sau</div>"#, "<div>sau</div>"),
        (#"<div><font color="red">chữ</font> <marquee>chạy</marquee></div>"#, "<div>chữ chạy</div>"),
        (#"<div><input type="text" value="x"><input type="checkbox" disabled checked>ô</div>"#,
         #"<div><input type="checkbox" disabled checked>ô</div>"#),
        (#"<div><!-- <script>alert(1)</script> -->sau</div>"#, "<div>sau</div>"),
        ("<div>mở", "<div>mở</div>"),
        ("<span>a</div></span>", "<span>a</span>"),
        (#"<table><tr><td colspan="2" onclick="x()" style="color:red">ô</td></tr></table>"#,
         #"<table><tr><td colspan="2">ô</td></tr></table>"#),
        (#"<details open><summary>Xem</summary><p lang="en" class="a" id="b">c</p></details>"#,
         #"<details open><summary>Xem</summary><p lang="en" class="a" id="b">c</p></details>"#),
        (#"<p>a < b & c &amp; d</p>"#, #"<p>a &lt; b &amp; c &amp; d</p>"#),
    ]

    @Test(arguments: cases)
    func rawHTMLKeepsOnlyTheAllowList(_ input: String, _ expected: String) {
        #expect(HTMLSanitizer.sanitize(input) == expected, "\(input)")
    }

    /// Through the whole renderer, every tag that comes out is allowed, with allowed attributes
    /// and safe URLs, and tags are balanced (the output stays valid HTML5).
    @Test(arguments: cases.map(\.0) + [
        "<script>alert(1)</script>", "<iframe src=x></iframe>", "<style>*{}</style>",
        "[x](javascript:alert(1)) <b onclick=\"x()\">đậm</b>", "<a href=\"javascript:alert(1)\"",
        "<<a href=javascript:alert(1)>x</a>", "<a/href=\"javascript:alert(1)\">x</a>", "<A HREF=\"JAVASCRIPT:alert(1)\">x</A>",
    ])
    func renderedRawHTMLIsSafeAndBalanced(_ markdown: String) throws {
        try Self.expectSafeAndBalanced(try unsafe.render(markdown))
    }

    /// Random mixes of tags, attributes, quotes, entities and control characters (fixed seed):
    /// the output always passes the same checks, and cleaning it again changes nothing.
    @Test func randomHostileMixesStaySafe() throws {
        let pieces = [
            "<a", "<A", "<img", "<div", "<script>", "</script>", "<object>", "</object", "<svg", "<p", "</p>", "</div>", "<form",
            "<base", "<meta", "<!--", "-->", "<!doctype html>", "<?x?>", " href=", " src=", " HREF=", " onclick=", " onerror=",
            " style=", " class=", " title=", "\"", "'", "=", ">", "/>", "/", "<", "&", "&#106;", "&#x6A", "&Tab;", "&colon;",
            "javascript:", "JaVaScRiPt:", "java\tscript:", "\u{01}", "data:text/html,", "https://x.vn/", "#a", "mailto:a@b.vn",
            "x", " ", "\n", "alert(1)", "chữ Việt", "<input type=checkbox disabled>", "<td colspan=2>", "<section>",
        ]
        var generator = SeededGenerator(seed: 0x1313)
        for _ in 0..<2_000 {
            let count = Int.random(in: 1...24, using: &generator)
            let input = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let once = HTMLSanitizer.sanitize(input)
            try Self.expectSafeAndBalanced(once, input: input)
            #expect(HTMLSanitizer.sanitize(once) == once, "not stable: \(input)")
        }
    }

    static func expectSafeAndBalanced(_ html: String, input: String? = nil) throws {
        var open: [String] = []
        try html.utf8CString.dropLast().map(UInt8.init(bitPattern:)).withUnsafeBufferPointer { bytes in
            var index = 0
            while index < bytes.count {
                guard bytes[index] == UInt8(ascii: "<") else { index += 1; continue }
                let tag = try #require(HTMLTag.read(bytes, at: index), "unfinished tag in \(html)")
                #expect(HTMLAllowList.elements.contains(tag.name), "\(tag.name) in \(html)")
                for attribute in tag.attributes {
                    #expect(HTMLAllowList.allows(attribute.name, on: tag.name), "\(attribute.name) in \(html)")
                    if attribute.name == "href" || attribute.name == "src" {
                        #expect(HTMLSanitizer.isSafeURL(attribute.raw ?? "", allowing: URLScheme.links), "\(html)")
                    }
                }
                if tag.isEnd {
                    #expect(open.last == tag.name, "unbalanced \(tag.name) in \(html)")
                    if open.last == tag.name { open.removeLast() }
                } else if !HTMLAllowList.void.contains(tag.name) && !tag.selfClosing {
                    open.append(tag.name)
                }
                index = tag.end
            }
        }
        #expect(open.isEmpty, "left open \(open) in \(html) from \(input ?? "")")
    }

    /// Markdown without raw HTML renders byte for byte as with allow_html off.
    static let markdownWithoutHTML = [
        """
        # Tiêu đề *nghiêng* và **đậm**

        Đoạn có [liên kết](https://dichvucong.gov.vn/ "Cổng DVC"), [nội bộ](/thu-tuc-hanh-chinh/), [mục](#muc-1),
        https://quangngai.gov.vn tự nhận, ubnd@xa.vn, ~~cũ~~, `mã <b>`, a & b < c > d "e" 'f'.\\
        Ngắt dòng cứng. ![Ảnh trụ sở](anh/tru-so.jpg "Trụ sở") &copy; &#x27;

        | Cột trái | Giữa | Phải |
        |:---|:---:|---:|
        | 1 | **2** | [3](https://x.vn) |

        1. một
        2. hai
           - lồng
           - [x] xong
           - [ ] chưa

        3) ba

        > Trích *dẫn*
        >
        > - danh sách

        ```swift
        let a = "<script>" && b
        ```

            thụt lề

        ---

        Chú thích[^1].

        [^1]: Nội dung chú thích với [liên kết](https://x.vn).
        """,
        "7. bắt đầu từ bảy\n8. tám\n\n***\n\nSetext\n===\n\n* a\n\n  b\n* c\n",
    ]

    @Test func markdownWithoutRawHTMLIsUnchanged() throws {
        var documents = Self.markdownWithoutHTML
        // Every Markdown file of the example site without raw HTML, too.
        let enumerator = FileManager.default.enumerator(at: Repository.content, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "md", let text = try? String(contentsOf: url, encoding: .utf8),
                  !text.contains("<") else { continue }
            documents.append(text)
        }
        #expect(documents.count > 5)
        for document in documents {
            let expected = try MarkdownRenderer(allowRawHTML: false).render(document)
            #expect(try unsafe.render(document) == expected, "\(document.prefix(80))")
        }
    }

    /// A whole site with allow_html on: pages, notices (and so feed.xml) and procedure detail
    /// files carry hostile HTML; no output file may keep any of it.
    @Test func noOutputFileKeepsScriptableHTML() throws {
        let hostile = """
        Giới thiệu <a href="javascript:alert(1)">bấm</a> <img src=x onerror="alert(2)" alt="ảnh">

        <base href="https://evil.example/">
        <meta http-equiv="refresh" content="0;url=https://evil.example/">
        <form action="https://evil.example/gom"><input name="cccd"></form>
        <object data="x.swf"></object><embed src="x.swf">
        <div onclick="alert(3)" style="position:fixed">khung</div> <a href="&#106;avascript:alert(4)">x</a>
        """
        let temporary = try TemporarySite([
            "pages/gioi-thieu.md": "---\ntitle: Giới thiệu\n---\n" + hostile,
            "notices/tb.md": "---\ntitle: Thông báo\ndate: 01/02/2025\n---\n" + hostile,
            "data/thu-tuc.csv": "Mã TTHC,Tên thủ tục,Lĩnh vực,Thời hạn giải quyết,Phí\n1.001193,Đăng ký khai sinh,Hộ tịch,1 ngày,Miễn phí\n",
            "data/thu-tuc/1.001193.md": "## Trình tự thực hiện\n\n" + hostile,
        ], config: TemporarySite.minimalConfig + "\nallow_html: true\n")
        _ = try SiteBuilder.build(temporary.options(), diagnostics: Diagnostics())
        let output = treeContents(temporary.output)
        #expect(output["gioi-thieu/index.html"] != nil && output["feed.xml"] != nil)
        #expect(output["thu-tuc-hanh-chinh/1.001193/index.html"] != nil)
        for (path, data) in output where path.hasSuffix(".html") || path.hasSuffix(".xml") {
            let text = String(decoding: data, as: UTF8.self).lowercased()
            for needle in ["javascript:", "&#106;avascript", "onerror", "onclick", "evil.example", "http-equiv=\"refresh",
                           "x.swf", "position:fixed"] {
                #expect(!text.contains(needle), "\(needle) in \(path)")
            }
        }
        let page = String(decoding: try #require(output["gioi-thieu/index.html"]), as: UTF8.self)
        #expect(page.contains("<a>bấm</a>") && page.contains("<img src=\"x\" alt=\"ảnh\">") && page.contains("<div>khung</div>"))
    }

    @Test func taskListCheckboxesKeepTheirNames() throws {
        let html = try unsafe.render("- [x] xong\n- [ ] chưa\n")
        #expect(html.contains("<input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"Đã có\" />"))
        #expect(html.contains("<input type=\"checkbox\" disabled=\"\" aria-label=\"Chưa có\" />"))
    }
}

/// SplitMix64: the same "random" inputs on every run, so a failure can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
