import CongKhaiCore
import CongKhaiSite

/// The webmaster's Markdown pages (`Content/pages/`), the home page and the 404 page.
struct PagesFamily: PageFamily {
    let name = "pages"
    /// Pages take their own addresses; the home page and 404.html have no folder.
    let routeRoots: [String] = []
    /// A page's text reaches its own page and the site-wide ones; its title and menu place
    /// reach every page through the menu.
    let inputs = [FamilyInput.folder(PageReader.folder(for: .page)).reaching(.sitePages)]
    var diagnosticCodes: [DiagnosticCode] { PagesDiagnostics.codes }

    static let home = PageTemplate<HomeView>("home")
    static let notFound = PageTemplate<NoLayoutValues>("404")

    func load(_ context: FamilyLoadContext) -> [Page] {
        let pages = PageReader.readAll(kind: .page, contentDirectory: context.contentDirectory, contacts: context.config.publicContacts,
                                       diagnostics: context.diagnostics)
        Self.checkLayouts(of: pages, context)
        Self.checkOutputPaths(pages, context)
        return pages
    }

    func templates(for site: Site) -> [TemplateRequirement] {
        [Self.home.requirement, Self.notFound.requirement] + Self.ownLayouts(of: site.pages)
    }

    func outputs(_ context: FamilyContext) -> [RenderJob] {
        PageRenderer(context: context.templates, markdown: context.markdown).pageJobs(homeCards: context.homeCards)
    }

    func menuEntries(for site: Site) -> [MenuEntry] {
        [MenuEntry(title: "Trang chủ", sitePath: Routes.home, weight: 0)]
            + site.pages.filter { $0.menuWeight != nil }
            .sorted { ($0.menuWeight!, $0.slug) < ($1.menuWeight!, $1.slug) }
            .map { MenuEntry(title: $0.title, sitePath: $0.sitePath, weight: 100) }
    }

    func homeCards(for site: Site) -> [HomeCard] {
        site.pages.sorted { ($0.menuWeight ?? .max, $0.slug) < ($1.menuWeight ?? .max, $1.slug) }
            .map { HomeCard(title: $0.title, sitePath: $0.sitePath, description: $0.description, weight: 300) }
    }

    /// The layouts pages and notices name (front matter `layout:`, default `page` and
    /// `notice`), which see the page's values only. One the theme lacks is CK025, where the
    /// page is read, rather than CK042.
    static func ownLayouts(of pages: [Page]) -> [TemplateRequirement] {
        Set(pages.map(\.layout)).sorted().map { PageTemplate<NoLayoutValues>($0).namedByPage }
    }

    static func checkLayouts(of pages: [Page], _ context: FamilyLoadContext) {
        for page in pages where !context.theme.has(template: page.layout) {
            context.diagnostics.error(.unknownLayout, at: SourceLocation(file: page.sourcePath, line: 2),
                                      "Bố cục \"\(page.layout)\" không có trong giao diện. Có: \(context.theme.templateNames.filter { !$0.contains("/") }.sorted().joined(separator: ", ")).")
        }
    }

    /// A page may not take a family's folder, nor another page's address.
    static func checkOutputPaths(_ pages: [Page], _ context: FamilyLoadContext) {
        var owner: [String: String] = [:]
        for page in pages {
            let top = page.sitePath.split(separator: "/").first.map(String.init) ?? ""
            if page.kind == .page && context.reservedRoots.contains(top) {
                context.diagnostics.error(.duplicateOutputPath, at: SourceLocation(file: page.sourcePath, line: 1),
                                          "Đường dẫn /\(page.sitePath) trùng với mục do CongKhai tạo ra. Đặt slug khác.")
            }
            if let first = owner[page.sitePath] {
                context.diagnostics.error(.duplicateOutputPath, at: SourceLocation(file: page.sourcePath, line: 1),
                                          "Đường dẫn /\(page.sitePath) đã dùng cho \(first). Đặt slug khác cho một trong hai trang.")
            }
            owner[page.sitePath] = owner[page.sitePath] ?? page.sourcePath
        }
    }
}

extension Site {
    /// The webmaster's pages.
    public var pages: [Page] { self[PagesFamily.self] }
}
