import CongKhaiCore

/// The size model of `sitemap.xml` (a `<urlset>`, or a `<sitemapindex>` over `sitemap-1.xml`,
/// `sitemap-2.xml`… when the site outgrows one file): the files themselves are the theme's
/// `sitemap` and `sitemap-index` templates, whose built-in form writes exactly these bytes.
enum SitemapWriter {
    static let header = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    static let urlsetOpen = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
    static let urlsetClose = "</urlset>\n"

    /// One `<url>` line for an absolute (or root-relative) location, escaped as the template's
    /// `{{.}}` escapes it (quotes too), so that the model never undercounts a part's bytes.
    static func entry(_ location: String) -> String {
        "<url><loc>\(HTMLEscape.attribute(location))</loc></url>\n"
    }

    /// A `<urlset>` of entries made by `entry(_:)`.
    static func urlset(_ entries: some Sequence<String>) -> String {
        var xml = header + urlsetOpen
        for entry in entries { xml += entry }
        return xml + urlsetClose
    }

    /// Splits entries, in order, into as few parts as the limits allow; one part (perhaps
    /// empty) means the site fits in a single `sitemap.xml`.
    static func split(_ entries: [String], limits: SitemapLimits) -> [ArraySlice<String>] {
        let frame = header.utf8.count + urlsetOpen.utf8.count + urlsetClose.utf8.count
        var parts: [ArraySlice<String>] = []
        var start = entries.startIndex
        var bytes = frame
        for index in entries.indices {
            let size = entries[index].utf8.count
            // A single entry larger than the byte limit still gets a part of its own.
            if index > start && (index - start >= limits.urls || bytes + size > limits.bytes) {
                parts.append(entries[start..<index])
                start = index
                bytes = frame
            }
            bytes += size
        }
        parts.append(entries[start..<entries.endIndex])
        return parts
    }
}
