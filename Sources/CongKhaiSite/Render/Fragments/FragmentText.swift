import CongKhaiCore
import Foundation

/// Text and Markdown made ready for a fragment template, which writes them with three braces.
package enum FragmentText {
    /// Escaped text; the lines of a multi-line cell stay lines (`<br>`, which every editor keeps).
    package static func html(_ value: String) -> String {
        let escaped = HTMLEscape.text(value)
        return escaped.contains("\n") ? escaped.replacingOccurrences(of: "\n", with: "<br>") : escaped
    }

    /// Markdown output with every link and image made absolute, since the fragment is read
    /// on the portal's host, not the site's: root-relative ones against the site's origin,
    /// relative ones against `page` (the address of the page the text comes from). In-page
    /// links ("#…") are left for `EmbedAttributes` to unwrap.
    package static func absolutized(_ html: String, page: String, baseURL: BaseURL) -> String {
        let base = URL(string: page)
        let linked = RelativeLinks.rewriteURLAttributes(html) { url in
            if url.hasPrefix("#") || URLScheme.of(url) != nil { return url }
            if url.hasPrefix("/") && !url.hasPrefix("//") { return baseURL.origin + url }
            return URL(string: url, relativeTo: base)?.absoluteString ?? url
        }
        return EmbedAttributes.strip(linked)
    }

    /// The fragment as the `/nhung/` page shows it. HTML5 calls a table's `border` attribute
    /// obsolete, so the page (which must validate) leaves it out and its stylesheet draws the
    /// same cell borders for `.embed-preview` tables; the code to copy keeps the attribute,
    /// which is what survives the portals' strictest editors.
    ///
    /// On the UTF-8 bytes: every procedure's fragment passes here, and Foundation's replacing
    /// (through NSString on Linux) was a tenth of a build's time.
    package static func preview(_ html: [UInt8]) -> String {
        let bordered = Array("<table border=\"1\" ".utf8)
        var result: [UInt8] = []
        result.reserveCapacity(html.count)
        var index = 0
        while index < html.count {
            if html[index] == UInt8(ascii: "<"), html[index...].starts(with: bordered) {
                result.append(contentsOf: "<table ".utf8)
                index += bordered.count
            } else {
                result.append(html[index])
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
