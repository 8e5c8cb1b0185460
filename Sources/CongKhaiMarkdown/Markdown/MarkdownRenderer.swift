import CCmarkGFM
import CongKhaiCore
import Foundation

/// GitHub-flavoured Markdown through Debian's cmark-gfm.
///
/// Safe by default: raw HTML is replaced by a comment and dangerous link schemes are
/// dropped. When the site turns raw HTML on, `tagfilter` escapes `<script>`, `<iframe>`,
/// `<style>` and similar, Markdown links with `javascript:` and the like are neutralized, and
/// `HTMLSanitizer` keeps only allow-listed elements, attributes and URL schemes.
public struct MarkdownRenderer: Sendable {
    /// Larger inputs are refused: Debian's cmark-gfm lacks upstream fixes for inputs that
    /// take quadratic time, and no real page is this long.
    public static let maximumInputBytes = InputLimits.markdownBodyBytes

    public let allowRawHTML: Bool
    /// Prefix for root-relative links ("/thu-tuc-hanh-chinh/") so they keep working when the
    /// site lives under a sub-path such as https://tinh.gov.vn/xa-an-phu/.
    public let rootPath: String

    public init(allowRawHTML: Bool = false, rootPath: String = "/") {
        self.allowRawHTML = allowRawHTML
        self.rootPath = rootPath
    }

    public enum RenderError: Error, Equatable {
        case tooLarge(bytes: Int)
    }

    public func render(_ markdown: String) throws(RenderError) -> String {
        let byteCount = markdown.utf8.count
        guard byteCount <= Self.maximumInputBytes else { throw .tooLarge(bytes: byteCount) }
        CmarkExtensions.registerOnce()

        var options = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE
        if allowRawHTML { options |= CMARK_OPT_UNSAFE }
        guard let parser = cmark_parser_new(options) else { return "" }
        defer { cmark_parser_free(parser) }
        for name in CmarkExtensions.names {
            if let extensionPointer = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, extensionPointer)
            }
        }
        markdown.withCString { cmark_parser_feed(parser, $0, byteCount) }
        guard let document = CmarkExtensions.finish(parser) else { return "" }
        defer { cmark_node_free(document) }

        rewriteLinks(in: document)
        // The parser's extension list must be passed: with NULL, tagfilter is silently skipped.
        guard let html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { free(html) }
        // tagfilter alone lets <a href="javascript:…">, on* attributes, <base>, <form>, <object>
        // through: with raw HTML on, the output is cleaned by an allow-list.
        let output = String(cString: html)
        return Self.labelTaskCheckboxes(allowRawHTML ? HTMLSanitizer.sanitize(output) : output)
    }

    /// cmark-gfm's task lists emit bare disabled checkboxes, which have no accessible name
    /// (WCAG 4.1.2; axe reports "label" as critical). Naming them keeps the checked state
    /// for screen readers while the item's text follows as usual.
    static func labelTaskCheckboxes(_ html: String) -> String {
        guard containsCheckbox(html) else { return html }
        return html
            .replacingOccurrences(of: "<input type=\"checkbox\" checked=\"\" disabled=\"\" />",
                                  with: "<input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"Đã có\" />")
            .replacingOccurrences(of: "<input type=\"checkbox\" disabled=\"\" />",
                                  with: "<input type=\"checkbox\" disabled=\"\" aria-label=\"Chưa có\" />")
    }

    /// A plain byte scan: Foundation's `contains` bridges to NSString on Linux and the
    /// standard library's generic `firstRange(of:)` was slower still, on every page.
    private static func containsCheckbox(_ html: String) -> Bool {
        let needle = Array("<input type=\"checkbox\"".utf8)
        var html = html
        return html.withUTF8 { bytes in
            guard bytes.count >= needle.count else { return false }
            var index = 0
            while index <= bytes.count - needle.count {
                if bytes[index] == needle[0] {
                    var matched = 1
                    while matched < needle.count && bytes[index + matched] == needle[matched] { matched += 1 }
                    if matched == needle.count { return true }
                }
                index += 1
            }
            return false
        }
    }

    /// Walks the tree once: neutralizes script-capable URLs (cmark only does that in safe
    /// mode) and prefixes root-relative URLs with the site's sub-path.
    private func rewriteLinks(in document: OpaquePointer) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE,
                  let pointer = cmark_node_get_url(node) else { continue }
            let url = String(cString: pointer)
            if let rewritten = rewrite(url) { cmark_node_set_url(node, rewritten) }
        }
    }

    func rewrite(_ url: String) -> String? {
        let scheme = url.prefix(while: { $0 != ":" && $0 != "/" && $0 != "?" && $0 != "#" })
            .trimmingCharacters(in: .whitespacesAndNewlines.union(.controlCharacters)).lowercased()
        if url.contains(":"), ["javascript", "vbscript", "data", "file"].contains(scheme) { return "#" }
        if url.hasPrefix("/") && !url.hasPrefix("//") && rootPath != "/" {
            return rootPath + url.dropFirst()
        }
        return nil
    }
}
