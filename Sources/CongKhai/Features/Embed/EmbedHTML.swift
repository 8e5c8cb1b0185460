import Foundation

/// Small builders for fragment HTML: escaped text, absolute links and styled tables.
struct EmbedHTML {
    let baseURL: BaseURL

    /// Escaped text; the lines of a multi-line cell stay lines (`<br>`, which every editor keeps).
    func text(_ value: String) -> String {
        let escaped = HTMLEscape.text(value)
        return escaped.contains("\n") ? escaped.replacingOccurrences(of: "\n", with: "<br>") : escaped
    }

    func link(_ label: String, to url: String) -> String {
        "<a href=\"\(HTMLEscape.attribute(url))\" style=\"\(EmbedStyle.link)\">\(HTMLEscape.text(label))</a>"
    }

    func absolute(_ sitePath: String) -> String { baseURL.absolute(sitePath) }

    /// Two columns: a header cell per row, for a procedure's facts and the feedback contacts.
    func factTable(_ rows: [(String, String)], caption: String? = nil) -> String {
        var html = "<table border=\"1\" style=\"\(EmbedStyle.table)\">"
        if let caption { html += "<caption><strong>\(text(caption))</strong></caption>" }
        html += "<tbody>"
        for (label, value) in rows {
            html += "<tr><th scope=\"row\" style=\"\(EmbedStyle.headerCell);width:30%\">\(text(label))</th>"
            html += "<td style=\"\(EmbedStyle.cell)\">\(value)</td></tr>"
        }
        return html + "</tbody></table>"
    }

    /// A list table: header labels, then rows of already-escaped cells.
    func listTable(headers: [String], rows: [[String]]) -> String {
        var html = "<table border=\"1\" style=\"\(EmbedStyle.table)\"><thead><tr>"
        for header in headers { html += "<th scope=\"col\" style=\"\(EmbedStyle.headerCell)\">\(text(header))</th>" }
        html += "</tr></thead><tbody>"
        for row in rows {
            html += "<tr>" + row.map { "<td style=\"\(EmbedStyle.cell)\">\($0)</td>" }.joined() + "</tr>"
        }
        return html + "</tbody></table>"
    }

    /// A QR code as a PNG file of the site, at `pixels` CSS pixels square.
    func qrImage(sitePath: String, label: String, pixels: Int) -> String {
        "<p><img src=\"\(HTMLEscape.attribute(absolute(sitePath)))\" alt=\"\(HTMLEscape.attribute(label))\" width=\"\(pixels)\" height=\"\(pixels)\" style=\"\(EmbedStyle.qrImage)\"></p>"
    }

    /// `dated` only where the content depends on the day (open dossiers keep getting later):
    /// elsewhere a date would change every fragment every day, and the package report would
    /// ask for all of them to be pasted again.
    func box(title: String, _ body: String, dated: CivilDate? = nil) -> String {
        "<div style=\"\(EmbedStyle.box)\"><h2><span style=\"\(EmbedStyle.titleColor)\">\(text(title))</span></h2>\(body)"
            + (dated.map { "<p><span style=\"\(EmbedStyle.note)\">Tính đến ngày \($0.vietnameseShort).</span></p>" } ?? "") + "</div>"
    }

    /// Markdown output with every link and image made absolute, since the fragment is read
    /// on the portal's host, not the site's: root-relative ones against the site's origin,
    /// relative ones against `page` (the address of the page the text comes from). In-page
    /// links ("#…") are left for `EmbedAttributes` to unwrap.
    func absolutized(_ html: String, page: String) -> String {
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
    static func preview(_ html: String) -> String {
        html.replacingOccurrences(of: "<table border=\"1\" ", with: "<table ")
    }
}
