import CongKhaiCore
import CongKhaiInput
import Foundation
import Templates

/// Makes the views templates see and renders them: every page's shared part (made once per
/// build), its navigation and its own values, around the typed values of its layout. The
/// theme contract these follow is documented in the README.
package struct TemplateContext: Sendable {
    package let site: Site
    /// Every page's shared values, made once per build.
    let sharedValues: SharedValues
    private let menu: [(title: String, sitePath: String)]

    /// `menu` is what the page families declare (`FamilyRegistry.menu`); site.yaml's links follow it.
    package init(site: Site, menu familyMenu: [MenuEntry]) {
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
            routes: site.templates.routeKeys.values(site.families.templateRoutes.mapValues { config.rootPath + $0 }),
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
            assets: site.templates.assetKeys.values(assets),
            asOf: DateView(site.asOf),
            data: DynamicValue(site.data.templateValue),
            year: site.asOf.year,
            flags: site.templates.flagKeys.flags(Set(site.families.templateFlags.filter { $0.isOn(site) }.map(\.name))))
    }

    /// Root-relative URL of a site path; absolute URLs pass through.
    package func url(_ sitePath: String) -> String {
        if sitePath.hasPrefix("http://") || sitePath.hasPrefix("https://") { return sitePath }
        // A menu entry written "/gioi-thieu/" is a site path too: joined as is it would be
        // "//gioi-thieu/", which a browser reads as another host.
        return site.config.rootPath + sitePath.drop { $0 == "/" }
    }

    /// One page's view: the shared values, the navigation with the current entry marked, the
    /// page's own values and its layout's.
    func page<Layout: TemplateView>(title: String, sitePath: String, description: String? = nil,
                                    own: PageInfo.Own? = nil, layout: Layout) -> PageView<Layout> {
        let nav = menu.map { item in
            NavItem(title: item.title, url: url(item.sitePath),
                    current: item.sitePath == sitePath || (!item.sitePath.isEmpty && sitePath.hasPrefix(item.sitePath)))
        }
        let page = PageInfo(title: title, url: url(sitePath), isHome: sitePath.isEmpty,
                            description: description ?? site.config.description,
                            canonical: site.config.baseURL?.absolute(sitePath), own: own)
        return PageView(shared: sharedValues, nav: nav, page: page, layout: layout)
    }

    /// The page at `sitePath` through its layout, as the bytes of its file.
    package func render<Layout: TemplateView>(_ template: PageTemplate<Layout>, title: String, sitePath: String, description: String? = nil,
                                      own: PageInfo.Own? = nil, layout: Layout) -> Data {
        let view = page(title: title, sitePath: sitePath, description: description, own: own, layout: layout)
        return Data(site.templates.page(template.name, for: Layout.self).render(view))
    }

    /// A page whose layout needs nothing of its own (the 404 page, a Markdown page).
    package func render(_ template: PageTemplate<NoLayoutValues>, title: String, sitePath: String, description: String? = nil,
                own: PageInfo.Own? = nil) -> Data {
        render(template, title: title, sitePath: sitePath, description: description, own: own, layout: NoLayoutValues())
    }

    /// A portal fragment, one line of HTML.
    package func render<View: TemplateView>(_ template: FragmentTemplate<View>, _ view: View) -> [UInt8] {
        site.templates.fragment(template.name, for: View.self).render(view)
    }
}
