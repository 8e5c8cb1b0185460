import CCmarkGFM
import CongKhaiCore

/// Finds, at load time, Markdown links and images whose URL has a scheme a page must not
/// link to (`javascript:`, `data:`, `vbscript:`, `file:` …, also hidden by character
/// references, which cmark decodes). The renderer neutralizes them anyway; this names the
/// file, line and column so the webmaster fixes the source (CK121).
package enum MarkdownLinkCheck {
    package static func check(_ markdown: String, file: String, lineOffset: Int, diagnostics: Diagnostics) {
        guard mayHoldUnsafeLink(markdown) else { return }
        CmarkExtensions.registerOnce()
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES) else { return }
        defer { cmark_parser_free(parser) }
        for name in CmarkExtensions.names {
            if let syntaxExtension = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, syntaxExtension) }
        }
        markdown.withCString { cmark_parser_feed(parser, $0, markdown.utf8.count) }
        guard let document = CmarkExtensions.finish(parser) else { return }
        defer { cmark_node_free(document) }
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE, let pointer = cmark_node_get_url(node) else { continue }
            let url = String(cString: pointer)
            guard let scheme = URLScheme.of(url), !URLScheme.links.contains(scheme) else { continue }
            let line = Int(cmark_node_get_start_line(node)), column = Int(cmark_node_get_start_column(node))
            diagnostics.error(.unsafeURL, at: SourceLocation(file: file, line: line > 0 ? line + lineOffset : nil,
                                                             column: column > 0 ? column : nil),
                              "\(type == CMARK_NODE_IMAGE ? "Ảnh" : "Liên kết") dùng giao thức \"\(scheme):\", không được phép (trình duyệt có thể chạy mã). Ghi đường dẫn trong trang (ví dụ /gioi-thieu/) hoặc địa chỉ đầy đủ bắt đầu bằng https://.")
        }
    }

    /// Parsing again costs; most bodies have none of these and skip it.
    static func mayHoldUnsafeLink(_ markdown: String) -> Bool {
        let needles: [[UInt8]] = ["script:", "data:", "file:", "&#", "&colon", "&tab", "&newline"].map { Array($0.utf8) }
        var markdown = markdown
        return markdown.withUTF8 { bytes in
            guard bytes.count > 1 else { return false }
            for index in 0..<bytes.count where bytes[index] == UInt8(ascii: ":") || bytes[index] == UInt8(ascii: "&") {
                for needle in needles {
                    let start = bytes[index] == UInt8(ascii: "&") ? index : index - (needle.count - 1)
                    guard start >= 0, start + needle.count <= bytes.count else { continue }
                    var matched = true
                    for offset in 0..<needle.count {
                        var byte = bytes[start + offset]
                        if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
                        if byte != needle[offset] { matched = false; break }
                    }
                    if matched { return true }
                }
            }
            return false
        }
    }
}
