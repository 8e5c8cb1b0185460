import Foundation

/// Makes the views templates see: every page's shared part (encoded once per build), its
/// navigation and its own values, around the typed values of its layout. The theme contract
/// these follow is documented in the README.
struct TemplateContext: Sendable {
    let site: Site
    /// Every page's shared values, typed (the compiled templates of issue 25 read these), and
    /// encoded once for swift-mustache.
    let sharedValues: SharedValues
    private let shared: EncodedFields
    private let menu: [(title: String, sitePath: String)]

    /// `menu` is what the page families declare (`PageFamilies.menu`); site.yaml's links follow it.
    init(site: Site, menu familyMenu: [MenuEntry]) {
        self.site = site
        let config = site.config
        let agency = config.agency
        var menu = familyMenu.map { ($0.title, $0.sitePath) }
        menu += config.menu.map { ($0.title, $0.url) }
        self.menu = menu

        var assets: [String: String] = [:]
        for (name, path) in site.theme.assetPaths { assets[VietnameseFolding.key(name)] = path }
        sharedValues = SharedValues(
            lang: config.language,
            root: config.rootPath,
            routes: NameTable(names: Routes.templateValues(rootPath: config.rootPath)),
            site: .init(
                title: config.title, commune: config.commune, province: config.province,
                agency: .init(name: agency.name.nonEmpty, superior: agency.superior.nonEmpty, address: agency.address.nonEmpty,
                              postalAddress: agency.postalAddress.nonEmpty, phone: agency.phone.nonEmpty,
                              phoneLink: Placeholder.telLink(agency.phone),
                              email: agency.email.nonEmpty, emailLink: Placeholder.mailtoLink(agency.email),
                              workingHours: agency.workingHours.nonEmpty,
                              signerTitle: agency.signerTitle.nonEmpty, signerName: agency.signerName.nonEmpty),
                place: config.place, feedbackURL: config.portal.feedbackURL, desk: site.deskName,
                description: config.description),
            assets: NameTable(names: assets),
            asOf: DateView(site.asOf),
            data: SiteDataValues(value: site.data.templateValue),
            year: site.asOf.year,
            hasRegister: !site.register.entries.isEmpty,
            hasDecisions: !site.decisions.isEmpty,
            hasCatalog: !site.catalog.isEmpty)
        shared = EncodedFields(sharedValues)
    }

    /// Root-relative URL of a site path; absolute URLs pass through.
    func url(_ sitePath: String) -> String {
        if sitePath.hasPrefix("http://") || sitePath.hasPrefix("https://") { return sitePath }
        // A menu entry written "/gioi-thieu/" is a site path too: joined as is it would be
        // "//gioi-thieu/", which a browser reads as another host.
        return site.config.rootPath + sitePath.drop { $0 == "/" }
    }

    /// One page's view: the shared values, the navigation with the current entry marked, the
    /// page's own values and its layout's.
    func page<Layout: Encodable & Sendable>(title: String, sitePath: String, description: String? = nil,
                                            own: PageInfo.Own? = nil, layout: Layout) -> PageView<Layout> {
        let nav = menu.map { item in
            NavItem(title: item.title, url: url(item.sitePath),
                    current: item.sitePath == sitePath || (!item.sitePath.isEmpty && sitePath.hasPrefix(item.sitePath)))
        }
        let page = PageInfo(title: title, url: url(sitePath), isHome: sitePath.isEmpty,
                            description: description ?? site.config.description,
                            canonical: site.config.baseURL?.absolute(sitePath), own: own)
        return PageView(shared: shared, nav: nav, page: page, layout: layout)
    }

    func page(title: String, sitePath: String, description: String? = nil, own: PageInfo.Own? = nil) -> PageView<NoLayoutValues> {
        page(title: title, sitePath: sitePath, description: description, own: own, layout: NoLayoutValues())
    }
}
