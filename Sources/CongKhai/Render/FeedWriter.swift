/// The Atom feed (`feed.xml`) of notices and public apologies, so the province office and
/// citizens' readers can follow them. Timestamps come only from the documents' dates and
/// `--as-of`, never from the clock, so two builds match.
enum FeedWriter {
    struct Entry {
        let title: String
        let sitePath: String
        let date: CivilDate
        let summary: String?
        /// Already-rendered HTML, escaped into the feed.
        let html: String
    }

    static func entries(site: Site, markdown: MarkdownRenderer) -> [Entry] {
        var entries = site.notices.map { notice in
            Entry(title: notice.title, sitePath: notice.sitePath, date: notice.date ?? site.asOf,
                  summary: notice.description, html: (try? markdown.render(notice.markdown)) ?? "")
        }
        for entry in site.register.late {
            guard let path = entry.dossier.letterPath, let date = entry.dossier.apologyDate else { continue }
            let dossier = entry.dossier
            let procedure = entry.procedureName ?? dossier.procedureCode
            let newDate = dossier.newDate.map { " Hẹn trả kết quả ngày \($0.vietnameseShort)." } ?? ""
            let summary = "Hồ sơ \(dossier.code) (\(procedure)) trễ hạn\(dossier.reason.map { ": \($0)" } ?? ".")\(newDate)"
            entries.append(Entry(title: "Xin lỗi vì trễ hạn hồ sơ \(dossier.code)", sitePath: path, date: date,
                                 summary: summary, html: "<p>\(HTMLEscape.text(summary))</p>"))
        }
        return entries.sorted { ($0.date, $0.sitePath) > ($1.date, $1.sitePath) }
    }

    static func atom(site: Site, markdown: MarkdownRenderer) -> String {
        let config = site.config
        func absolute(_ path: String) -> String { config.baseURL?.absolute(path) ?? config.rootPath + path }
        let entries = entries(site: site, markdown: markdown)
        let updated = entries.map(\.date).max() ?? site.asOf
        var xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(HTMLEscape.attribute(config.language))">
        <title>\(HTMLEscape.text("Thông báo – \(config.title)"))</title>
        <id>\(HTMLEscape.text(absolute("")))</id>
        <link rel="alternate" type="text/html" href="\(HTMLEscape.attribute(absolute("")))"/>
        <link rel="self" type="application/atom+xml" href="\(HTMLEscape.attribute(absolute("feed.xml")))"/>
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
