import Testing
@testable import CongKhai
@testable import CongKhaiCore
@testable import CongKhaiEncoding
@testable import CongKhaiFamilies
@testable import CongKhaiInput
@testable import CongKhaiMarkdown
@testable import CongKhaiSite
import CongKhaiTestSupport

/// The byte scanners of `EmbedAttributes`, `RelativeLinks` and `HTMLEscape`: edge cases a
/// rewrite from `Character`s to UTF-8 bytes could break, and the same output as the
/// `Character` versions (`CharacterScanningReference`) on many seeded inputs.
@Suite struct ByteScanningTests {
    // MARK: EmbedAttributes.strip

    @Test func stripKeepsTextOfAnyLanguageNextToTags() {
        #expect(EmbedAttributes.strip("") == "")
        #expect(EmbedAttributes.strip("Thủ tục hành chính") == "Thủ tục hành chính")
        #expect(EmbedAttributes.strip("Đ<strong class=\"x\">ư</strong>ờng<em>ồ</em>") == "Đ<strong>ư</strong>ờng<em>ồ</em>")
        #expect(EmbedAttributes.strip("<p id=\"a\">Giấy tờ ☐ 📄</p>\n<p>Tờ khai</p>") == "<p>Giấy tờ ☐ 📄</p>\n<p>Tờ khai</p>")
        // Decomposed Vietnamese (a combining mark after the tag's `>`): the tag still ends there.
        #expect(EmbedAttributes.strip("<p class=\"x\">\u{301}a</p>") == "<p>\u{301}a</p>")
    }

    @Test func stripReadsBareAndUnquotedAttributes() {
        #expect(EmbedAttributes.strip("<ol start=\"3\" reversed data-x>") == "<ol start=\"3\" reversed>")
        #expect(EmbedAttributes.strip("<img src=/a.png alt=Bản đồ />") == "<img src=\"/a.png\" alt=\"Bản\" đồ>")
        #expect(EmbedAttributes.strip("<br />") == "<br>")
        #expect(EmbedAttributes.strip("<p title=\"không đóng>x") == "<p title=\"không đóng\">x")
        #expect(EmbedAttributes.strip("<p =\"x\" / >") == "<p =\"x\">")
        #expect(EmbedAttributes.strip("<>") == "<>")
        let left = EmbedStyle.cell
        let center = EmbedStyle.cell.replacingOccurrences(of: "text-align:left", with: "text-align:center")
        #expect(EmbedAttributes.strip("<td align=center>") == "<td style=\"\(center)\">")
        #expect(EmbedAttributes.strip("<td align=\"center\" align>") == "<td style=\"\(left)\">")
        #expect(EmbedAttributes.strip("<td align=\"justify\">") == "<td style=\"\(left)\">")
        #expect(EmbedAttributes.strip("<input type=\"checkbox\" checked=\"\" disabled=\"\" />Đã nộp") == "☑Đã nộp")
        #expect(EmbedAttributes.strip("<input type=\"checkbox\" disabled=\"\" />") == "☐")
    }

    @Test func stripLeavesALessThanSignWithoutItsTagAlone() {
        #expect(EmbedAttributes.strip("3 < 4") == "3 < 4")
        #expect(EmbedAttributes.strip("Tờ <p class=\"a\">khai</p> và 3 < 4 đủ") == "Tờ <p>khai</p> và 3 < 4 đủ")
        #expect(EmbedAttributes.strip("<") == "<")
        #expect(EmbedAttributes.strip("ab<") == "ab<")
    }

    @Test func stripUnwrapsFootnoteAnchorsEvenNested() {
        let footnotes = """
            <p>Chú thích<sup class="footnote-ref"><a href="#fn-1" id="fnref-1" data-footnote-ref>1</a></sup>.</p>
            <section class="footnotes" data-footnotes>
            <ol>
            <li id="fn-1">
            <p>Ghi chú. <a href="#fnref-1" class="footnote-backref" data-footnote-backref data-footnote-backref-idx="1" aria-label="Back to reference 1">↩</a></p>
            </li>
            </ol>
            </section>
            """
        #expect(EmbedAttributes.strip(footnotes) == "<p>Chú thích<sup>1</sup>.</p>\n<div>\n<ol>\n<li>\n<p>Ghi chú. </p>\n</li>\n</ol>\n</div>")
        #expect(EmbedAttributes.strip("<a href=\"#a\">x <a href=\"#b\">y</a> z</a>") == "x y z</a>")
        #expect(EmbedAttributes.strip("<a href=\"/x\">xem <a href=\"#r\" data-footnote-backref><b>↩</b></a> thêm</a>") == "<a href=\"/x\">xem  thêm</a>")
        // A back link that is never closed drops everything up to the last tag.
        #expect(EmbedAttributes.strip("a<a href=\"#r\" data-footnote-backref>↩<b>x") == "ax")
    }

    @Test func stripKeepsEntities() {
        let html = "<p title=\"a &amp; b &quot;c&quot;\">Tờ khai &lt;mẫu&gt; &amp; bản sao&nbsp;</p>"
        #expect(EmbedAttributes.strip(html) == html)
    }

    // MARK: RelativeLinks.rewriteURLAttributes

    @Test func urlAttributesAreFoundByteForByte() {
        let mark = { (url: String) in "[\(url)]" }
        #expect(RelativeLinks.rewriteURLAttributes("", mark) == "")
        #expect(RelativeLinks.rewriteURLAttributes("Thủ tục", mark) == "Thủ tục")
        #expect(RelativeLinks.rewriteURLAttributes("<a href=\"/thủ-tục/\">Thủ tục</a><img src=\"ảnh.png\" alt=\"ả\">", mark)
                == "<a href=\"[/thủ-tục/]\">Thủ tục</a><img src=\"[ảnh.png]\" alt=\"ả\">")
        #expect(RelativeLinks.rewriteURLAttributes("<div data-href=\"x\" data-index=\"/i.json\">", mark) == "<div data-href=\"x\" data-index=\"[/i.json]\">")
        #expect(RelativeLinks.rewriteURLAttributes("href=\"x\" <a\thref=\"\">", mark) == "href=\"x\" <a\thref=\"[]\">")
        #expect(RelativeLinks.rewriteURLAttributes("<a href=\"không đóng", mark) == "<a href=\"[không đóng]")
        #expect(RelativeLinks.rewriteURLAttributes("<a href=", mark) == "<a href=")
        #expect(RelativeLinks.rewriteURLAttributes("<a href=\"a&amp;b\">", mark) == "<a href=\"[a&amp;b]\">")
    }

    // MARK: HTMLEscape

    @Test func escapingHandlesEveryCharacterAndNothingElse() {
        #expect(HTMLEscape.text("") == "" && HTMLEscape.attribute("") == "")
        #expect(HTMLEscape.attribute("Thủ tục hành chính cấp xã") == "Thủ tục hành chính cấp xã")
        #expect(HTMLEscape.attribute("Tờ \"khai\" & <mẫu> 'số 1'") == "Tờ &quot;khai&quot; &amp; &lt;mẫu&gt; &#39;số 1&#39;")
        #expect(HTMLEscape.text("Tờ \"khai\" & <mẫu> 'số 1'") == "Tờ \"khai\" &amp; &lt;mẫu&gt; 'số 1'")
        #expect(HTMLEscape.text("&amp;") == "&amp;amp;")
        #expect(HTMLEscape.attribute("<>&\"'") == "&lt;&gt;&amp;&quot;&#39;")
        #expect(HTMLEscape.text("đ&") == "đ&amp;" && HTMLEscape.text("&đ") == "&amp;đ")
    }

    // MARK: The same output as the Character versions

    /// Pieces of cmark-gfm's markup and of hostile text. The non-ASCII pieces start with a
    /// space: right after `<` the `Character` version took Unicode letters into the tag name
    /// and the byte version takes ASCII ones (HTML names are ASCII, and neither cmark-gfm nor
    /// `HTMLSanitizer` writes other ones). Combining marks are left out for the same reason: the
    /// `Character` version did not see a `>` or `"` they follow (see the decomposed case above).
    static let markupPieces = [
        "<", ">", "</", "/", "=", "\"", " ", "\n", "\t", "\r\n", "a", "p", "td", "th", "table", "section",
        "input", "checked", "class", "id", "align", "left", "center", "right", "justify", "data-x", "aria-label",
        "data-footnote-backref", " href=\"#", " href=\"", "href", "src", "=\"", " src=\"", " data-index=\"",
        " poster=\"", " action=\"", "<a ", "</a>", "<section", "</section>", "<input", "<td", "<th", "<table",
        "<br />", " align=\"right\"", " align=center", " class=\"x\"", "<!-- raw HTML omitted -->", "1.001193",
        "#", "'", "&", "&amp;", "&lt;", "&quot;", "x y", " Thủ tục", " đồ", " ☐", " ả", " 📄", " Đ",
    ]

    static func input(_ random: inout SplitMix64, pieces: [String]) -> String {
        (0..<Int.random(in: 0...40, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
    }

    /// Any scalars, combining marks and emoji included, for the scanners that were already
    /// byte scanners and escape or rewrite the same bytes.
    static func anyText(_ random: inout SplitMix64) -> String {
        var text = input(&random, pieces: markupPieces)
        for _ in 0..<Int.random(in: 0...6, using: &random) {
            let scalar = [0x301, 0x323, 0x200D, 0xFE0F, 0x1F469, 0x0600, 0xA0, 0x2028, 0x1EA1]
                .randomElement(using: &random)!
            let offset = Int.random(in: 0...text.unicodeScalars.count, using: &random)
            var scalars = Array(text.unicodeScalars)
            scalars.insert(Unicode.Scalar(scalar)!, at: offset)
            text = String(String.UnicodeScalarView(scalars))
        }
        return text
    }

    @Test func stripMatchesTheCharacterVersion() {
        var random = SplitMix64(seed: 0x5354_5249_50)
        var changed = 0
        for _ in 0..<4_000 {
            let html = Self.input(&random, pieces: Self.markupPieces)
            let stripped = EmbedAttributes.strip(html)
            #expect(stripped == CharacterScanningReference.strip(html), "\(html.debugDescription)")
            if stripped != html { changed += 1 }
        }
        // Most inputs have tags to clean, so the comparison is not between unchanged texts.
        #expect(changed > 2_000, "\(changed)")
    }

    @Test func urlRewritingAndEscapingMatchTheEarlierVersions() {
        var random = SplitMix64(seed: 0x4852_4546)
        let transform = { (url: String) in "<\(url.utf8.count)|\(url)>" }
        for _ in 0..<4_000 {
            let text = Self.anyText(&random)
            #expect(RelativeLinks.rewriteURLAttributes(text, transform)
                    == CharacterScanningReference.rewriteURLAttributes(text, transform), "\(text.debugDescription)")
            #expect(HTMLEscape.text(text) == CharacterScanningReference.escape(text, quotes: false), "\(text.debugDescription)")
            #expect(HTMLEscape.attribute(text) == CharacterScanningReference.escape(text, quotes: true), "\(text.debugDescription)")
        }
    }
}
