/// The registry: every page family the site is built from, one line each. Outputs are
/// planned in this order.
enum PageFamilies {
    static let all: [any PageFamily] = [
        PagesFamily(),
        NoticesFamily(),
        CatalogFamily(),
        DecisionsFamily(),
        ApologiesFamily(),
        FeedbackFamily(),
        ScoringFamily(),
        StatisticsFamily(),
        EmbedsFamily(),
    ]

    /// Paths no Markdown page may take: every family's roots, and the theme's assets folder.
    static var reservedRoots: Set<String> {
        Set(all.flatMap(\.routeRoots)).union([String(Routes.assets.dropLast())])
    }

    static func menu(for site: Site) -> [MenuEntry] {
        ordered(all.flatMap { $0.menuEntries(for: site) }, by: \.order)
    }

    static func homeCards(for site: Site) -> [HomeCard] {
        ordered(all.flatMap { $0.homeCards(for: site) }, by: \.order)
    }

    static func feedEntries(for site: Site, markdown: MarkdownRenderer) -> [FeedWriter.Entry] {
        all.flatMap { $0.feedEntries(for: site, markdown: markdown) }
    }

    static func internalNotes(for site: Site) -> [String: [String]] {
        all.reduce(into: [:]) { notes, family in notes.merge(family.internalNotes(for: site)) { $0 + $1 } }
    }

    /// A stable sort: entries of one family keep the order it declared them in.
    private static func ordered<T, Key: Comparable>(_ items: [T], by key: (T) -> Key) -> [T] {
        items.enumerated().sorted { (key($0.element), $0.offset) < (key($1.element), $1.offset) }.map(\.element)
    }
}
