/// One kind of content the site publishes (the catalog, the notices, the feedback notice…),
/// declared in one place: where it writes, which layouts it needs, what it outputs, and
/// what it adds to the home page, the menu and the feed.
///
/// The pipeline knows families only through this protocol and the list in `PageFamilies`:
/// loading checks their layouts and reserved paths, planning collects their outputs, and the
/// home page, menu, feed and sitemap are assembled from what they declare. A new family is
/// a folder with a type conforming to this protocol and one line in `PageFamilies.all`.
protocol PageFamily: Sendable {
    /// For `--verbose` and messages ("catalog").
    var name: String { get }
    /// The first segments of the paths the family writes ("thu-tuc-hanh-chinh"): a Markdown
    /// page may not take them, even when this site has nothing of the family yet.
    var routeRoots: [String] { get }
    /// The templates the family renders this site's outputs with, each with the view it
    /// renders. Loading compiles them: a missing one (CK042) or one that does not fit its view
    /// (CK040, CK043–CK046) is an error then, never an empty page.
    func templates(for site: Site) -> [TemplateRequirement]
    /// Every file the family writes for this site, in a fixed order.
    func outputs(_ context: FamilyContext) -> [RenderJob]
    func menuEntries(for site: Site) -> [MenuEntry]
    func homeCards(for site: Site) -> [HomeCard]
    func feedEntries(for site: Site, markdown: MarkdownRenderer) -> [FeedWriter.Entry]
    /// What the family offers the province portal's articles (`/nhung/`): asked only when the
    /// site publishes fragments (`embeds` and a `base_url`, which fragments need).
    func portalFragments(_ context: FamilyContext, baseURL: BaseURL) -> PortalFragments
    /// Notes kept off the published pages, by the site path they are about: `check` prints
    /// them and the preview shows them above their page.
    func internalNotes(for site: Site) -> [String: [String]]
}

extension PageFamily {
    func menuEntries(for site: Site) -> [MenuEntry] { [] }
    func homeCards(for site: Site) -> [HomeCard] { [] }
    func feedEntries(for site: Site, markdown: MarkdownRenderer) -> [FeedWriter.Entry] { [] }
    func portalFragments(_ context: FamilyContext, baseURL: BaseURL) -> PortalFragments { .none }
    func internalNotes(for site: Site) -> [String: [String]] { [:] }
}

/// What a family renders with.
struct FamilyContext: Sendable {
    let templates: TemplateContext
    let markdown: MarkdownRenderer
    /// Every family's cards, in home-page order: the home page belongs to the pages family
    /// but shows what the others declare.
    let homeCards: [HomeCard]
    /// The procedures' QR codes, encoded once for the pages and the portal fragments' PNGs.
    let qrCodes: ProcedureQRCodes
    /// What every family offers the portal, in the families' order (empty when the site
    /// publishes no fragments): the embeds family writes and lists them.
    var portalFragments: [PortalFragments] = []

    var site: Site { templates.site }
}

/// An entry of the main menu. Entries are ordered by `order`, then as declared.
struct MenuEntry: Sendable, Equatable {
    let title: String
    let sitePath: String
    let order: Order

    /// The menu's order in one place: the home page, the webmaster's pages (by their own
    /// `menu_weight`), the catalog, the notices; links from site.yaml's `menu` come last.
    enum Order: Int, Comparable, Sendable {
        case home, pages, catalog, notices
        static func < (a: Order, b: Order) -> Bool { a.rawValue < b.rawValue }
    }
}

/// A card of the home page's grid. Cards are ordered by `order`, then as declared.
struct HomeCard: Sendable, Equatable {
    let title: String
    let sitePath: String
    let description: String?
    let order: Order

    /// The home page's order in one place: what citizens come for first (procedures and their
    /// print sheets), then the webmaster's pages, then the published obligations.
    enum Order: Int, Comparable, Sendable {
        case catalog, posters, pages, feedback, apologies, scoring, statistics, notices
        static func < (a: Order, b: Order) -> Bool { a.rawValue < b.rawValue }
    }
}
