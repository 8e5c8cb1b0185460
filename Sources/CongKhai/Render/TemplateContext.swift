import Foundation

/// Builds the values templates see. This is the theme contract documented in the README:
/// typed models on one side, the plain dictionaries Mustache walks on the other.
///
/// Keys with empty values are left out, because Mustache treats an empty string as true.
struct TemplateContext: @unchecked Sendable {
    let site: Site
    private let shared: [String: Any]
    private let menu: [(title: String, sitePath: String)]

    /// `menu` is what the page families declare (`PageFamilies.menu`); site.yaml's links follow it.
    init(site: Site, menu familyMenu: [MenuEntry]) {
        self.site = site
        let config = site.config
        var siteValues: [String: Any] = [
            "title": config.title, "commune": config.commune, "province": config.province,
            "agency": Self.compact([
                "name": config.agency.name, "superior": config.agency.superior, "address": config.agency.address,
                "postal_address": config.agency.postalAddress, "phone": config.agency.phone,
                "phone_link": Placeholder.telLink(config.agency.phone),
                "email": config.agency.email, "email_link": Placeholder.mailtoLink(config.agency.email), "working_hours": config.agency.workingHours,
                "signer_title": config.agency.signerTitle, "signer_name": config.agency.signerName,
            ]),
            "place": config.place,
            "feedback_url": config.portal.feedbackURL,
            // The desk's name changes with the regime (01/07/2025): pages use the one in force on --as-of.
            "desk": site.deskName,
        ]
        siteValues["description"] = config.description
        var assets: [String: Any] = [:]
        for (name, path) in site.theme.assetPaths { assets[VietnameseFolding.key(name)] = path }

        var menu = familyMenu.map { ($0.title, $0.sitePath) }
        menu += config.menu.map { ($0.title, $0.url) }
        self.menu = menu

        shared = [
            "lang": config.language,
            "root": config.rootPath,
            // {{routes.catalog}} and the like: the addresses Swift writes to, spelled in `Routes` only.
            "routes": Routes.templateValues(rootPath: config.rootPath),
            "site": siteValues,
            "assets": assets,
            "as_of": Self.date(site.asOf),
            "data": site.data.templateValue.templateValue ?? [:],
            "year": site.asOf.year,
            "has_register": !site.register.entries.isEmpty,
            "has_decisions": !site.decisions.isEmpty,
            // Whether the catalog is empty is in every page's key (InputFingerprints.shared).
            "has_catalog": !site.catalog.isEmpty,
        ]
    }

    /// Root-relative URL of a site path; absolute URLs pass through.
    func url(_ sitePath: String) -> String {
        if sitePath.hasPrefix("http://") || sitePath.hasPrefix("https://") { return sitePath }
        // A menu entry written "/gioi-thieu/" is a site path too: joined as is it would be
        // "//gioi-thieu/", which a browser reads as another host.
        return site.config.rootPath + sitePath.drop { $0 == "/" }
    }

    /// The full context for one page: shared values, navigation with the current entry
    /// marked, the page's own values and whatever the layout needs besides.
    func page(title: String, sitePath: String, description: String? = nil,
              pageValues extraPageValues: [String: Any] = [:], extra: [String: Any] = [:]) -> [String: Any] {
        var context = shared
        context["nav"] = menu.map { item -> [String: Any] in
            let current = item.sitePath == sitePath || (!item.sitePath.isEmpty && sitePath.hasPrefix(item.sitePath))
            return ["title": item.title, "url": url(item.sitePath), "current": current]
        }
        var pageValues: [String: Any] = ["title": title, "url": url(sitePath), "is_home": sitePath.isEmpty]
        pageValues["description"] = description ?? site.config.description
        if let baseURL = site.config.baseURL { pageValues["canonical"] = baseURL.absolute(sitePath) }
        for (key, value) in extraPageValues { pageValues[key] = value }
        context["page"] = pageValues
        for (key, value) in extra { context[key] = value }
        return context
    }

    static func date(_ date: CivilDate?) -> [String: Any]? {
        guard let date else { return nil }
        return ["short": date.vietnameseShort, "long": date.vietnameseLong, "iso": date.iso]
    }

    static func compact(_ values: [String: String?]) -> [String: Any] {
        values.compactMapValues { value in value.flatMap { $0.isEmpty ? nil : $0 } }
    }
}
