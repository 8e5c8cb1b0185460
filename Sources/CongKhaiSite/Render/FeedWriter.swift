import CongKhaiCore
import Templates

/// The Atom feed (`feed.xml`, the theme's `feed` template) of notices and public apologies,
/// so the province office and citizens' readers can follow them. Timestamps come only from the documents' dates and
/// `--as-of`, never from the clock, so two builds match.
package enum FeedWriter {
    package struct Entry: Sendable {
        let title: String
        let sitePath: String
        let date: CivilDate
        let summary: String?
        /// Already-rendered HTML, escaped into the feed.
        let html: String

        package init(title: String, sitePath: String, date: CivilDate, summary: String?, html: String) {
            self.title = title
            self.sitePath = sitePath
            self.date = date
            self.summary = summary
            self.html = html
        }
    }

    /// The feed's view for the theme's `feed` template. `entries` are what the page
    /// families declare (`PageFamily.feedEntries`), newest first here.
    package static func view(site: Site, entries: [Entry]) -> FeedView {
        let config = site.config
        func absolute(_ path: String) -> String { config.baseURL?.absolute(path) ?? config.rootPath + path }
        let entries = entries.sorted { ($0.date, $0.sitePath) > ($1.date, $1.sitePath) }
        let updated = entries.map(\.date).max() ?? site.asOf
        return FeedView(
            home: absolute(Routes.home),
            self: absolute(Routes.feed),
            updated: timestamp(updated),
            entries: entries.map { entry in
                .init(title: entry.title, url: absolute(entry.sitePath), updated: timestamp(entry.date),
                      html: entry.html, summary: entry.summary)
            })
    }

    /// Midnight in Vietnam (UTC+7) of the date.
    static func timestamp(_ date: CivilDate) -> String { "\(date.iso)T00:00:00+07:00" }
}

/// The `feed` layout: `{{feed.*}}`.
package struct FeedLayout: Sendable {
    let feed: FeedView

    package init(feed: FeedView) {
        self.feed = feed
    }
}

package struct FeedView: Sendable {
    struct Entry: Sendable {
        let title: String
        let url: String
        let updated: String
        let html: String
        let summary: String?
    }

    let home: String
    /// The feed's own address (`<link rel="self">`).
    let `self`: String
    let updated: String
    let entries: [Entry]
}

// MARK: - Template fields

extension FeedLayout: TemplateView {
    package static let templateFields: TemplateFields<Self> = [
        .field("feed", \.feed),
    ]
}

extension FeedView: TemplateView {
    package static let templateFields: TemplateFields<Self> = [
        .field("home", \.home),
        .field("self", \.`self`),
        .field("updated", \.updated),
        .field("entries", \.entries),
    ]
}

extension FeedView.Entry: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("title", \.title),
        .field("url", \.url),
        .field("updated", \.updated),
        .field("html", \.html),
        .field("summary", \.summary),
    ]
}
