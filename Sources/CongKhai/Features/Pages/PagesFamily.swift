/// The webmaster's Markdown pages (`Content/pages/`), the home page and the 404 page.
struct PagesFamily: PageFamily {
    let name = "pages"
    /// Pages take their own addresses; the home page and 404.html have no folder.
    let routeRoots: [String] = []

    static let home = PageTemplate<HomeView>("home")
    static let notFound = PageTemplate<NoLayoutValues>("404")

    func templates(for site: Site) -> [TemplateRequirement] {
        [Self.home.requirement, Self.notFound.requirement] + Self.ownLayouts(of: site.pages)
    }

    /// The layouts pages and notices name (front matter `layout:`, default `page` and
    /// `notice`), which see the page's values only. One the theme lacks is CK025, where the
    /// page is read, rather than CK042.
    static func ownLayouts(of pages: [Page]) -> [TemplateRequirement] {
        Set(pages.map(\.layout)).sorted().map { PageTemplate<NoLayoutValues>($0).namedByPage }
    }

    func outputs(_ context: FamilyContext) -> [RenderJob] {
        PageRenderer(context: context.templates, markdown: context.markdown).pageJobs(homeCards: context.homeCards)
    }

    func menuEntries(for site: Site) -> [MenuEntry] {
        [MenuEntry(title: "Trang chủ", sitePath: Routes.home, order: .home)]
            + site.pages.filter { $0.menuWeight != nil }
            .sorted { ($0.menuWeight!, $0.slug) < ($1.menuWeight!, $1.slug) }
            .map { MenuEntry(title: $0.title, sitePath: $0.sitePath, order: .pages) }
    }

    func homeCards(for site: Site) -> [HomeCard] {
        site.pages.sorted { ($0.menuWeight ?? .max, $0.slug) < ($1.menuWeight ?? .max, $1.slug) }
            .map { HomeCard(title: $0.title, sitePath: $0.sitePath, description: $0.description, order: .pages) }
    }
}
