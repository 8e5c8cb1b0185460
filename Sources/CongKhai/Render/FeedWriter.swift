/// The Atom feed of notices (`feed.xml`), so the province office and citizens' readers can follow them.
/// Timestamps come only from notice dates and `--as-of`, never from the clock, so two builds match.
enum FeedWriter {
    static func atom(site: Site, markdown: MarkdownRenderer) -> String {
        let config = site.config
        let base = config.baseURL
        func absolute(_ path: String) -> String { base?.absolute(path) ?? config.rootPath + path }
        let updated = site.notices.compactMap(\.date).max() ?? site.asOf
        var xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(HTMLEscape.attribute(config.language))">
        <title>\(HTMLEscape.text("Thông báo – \(config.title)"))</title>
        <id>\(HTMLEscape.text(absolute("thong-bao/")))</id>
        <link rel="alternate" type="text/html" href="\(HTMLEscape.attribute(absolute("thong-bao/")))"/>
        <link rel="self" type="application/atom+xml" href="\(HTMLEscape.attribute(absolute("feed.xml")))"/>
        <updated>\(timestamp(updated))</updated>
        <author><name>\(HTMLEscape.text(config.agency.name))</name></author>

        """
        for notice in site.notices {
            let url = absolute(notice.sitePath)
            let html = (try? markdown.render(notice.markdown)) ?? ""
            xml += """
            <entry>
            <title>\(HTMLEscape.text(notice.title))</title>
            <id>\(HTMLEscape.text(url))</id>
            <link rel="alternate" type="text/html" href="\(HTMLEscape.attribute(url))"/>
            <updated>\(timestamp(notice.date ?? site.asOf))</updated>
            \(notice.description.map { "<summary>\(HTMLEscape.text($0))</summary>\n" } ?? "")<content type="html">\(HTMLEscape.text(html))</content>
            </entry>

            """
        }
        return xml + "</feed>\n"
    }

    /// Midnight in Vietnam (UTC+7) of the date.
    static func timestamp(_ date: CivilDate) -> String { "\(date.iso)T00:00:00+07:00" }
}
