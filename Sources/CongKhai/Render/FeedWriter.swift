/// The Atom feed (`feed.xml`) of notices and public apologies, so the province office and
/// citizens' readers can follow them. Timestamps come only from the documents' dates and
/// `--as-of`, never from the clock, so two builds match.
enum FeedWriter {
    struct Entry: Sendable {
        let title: String
        let sitePath: String
        let date: CivilDate
        let summary: String?
        /// Already-rendered HTML, escaped into the feed.
        let html: String
    }

    /// `entries` are what the page families declare (`PageFamily.feedEntries`), newest first here.
    static func atom(site: Site, entries: [Entry]) -> String {
        let config = site.config
        func absolute(_ path: String) -> String { config.baseURL?.absolute(path) ?? config.rootPath + path }
        let entries = entries.sorted { ($0.date, $0.sitePath) > ($1.date, $1.sitePath) }
        let updated = entries.map(\.date).max() ?? site.asOf
        var xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(HTMLEscape.attribute(config.language))">
        <title>\(HTMLEscape.text("Thông báo – \(config.title)"))</title>
        <id>\(HTMLEscape.text(absolute("")))</id>
        <link rel="alternate" type="text/html" href="\(HTMLEscape.attribute(absolute("")))"/>
        <link rel="self" type="application/atom+xml" href="\(HTMLEscape.attribute(absolute(Routes.feed)))"/>
        <updated>\(timestamp(updated))</updated>
        <author><name>\(HTMLEscape.text(config.agency.name))</name></author>

        """
        for entry in entries {
            let url = absolute(entry.sitePath)
            xml += """
            <entry>
            <title>\(HTMLEscape.text(entry.title))</title>
            <id>\(HTMLEscape.text(url))</id>
            <link rel="alternate" type="text/html" href="\(HTMLEscape.attribute(url))"/>
            <updated>\(timestamp(entry.date))</updated>
            \(entry.summary.map { "<summary>\(HTMLEscape.text($0))</summary>\n" } ?? "")<content type="html">\(HTMLEscape.text(entry.html))</content>
            </entry>

            """
        }
        return xml + "</feed>\n"
    }

    /// Midnight in Vietnam (UTC+7) of the date.
    static func timestamp(_ date: CivilDate) -> String { "\(date.iso)T00:00:00+07:00" }
}
