/// What every layout is given: the values shared by the whole site, the navigation with the
/// current entry marked, the page's own values, and the layout's (at the top level, beside
/// the others, as the theme contract in the README documents them).
struct PageView<Layout: Encodable & Sendable>: Encodable, Sendable {
    let shared: EncodedFields
    let nav: [NavItem]
    let page: PageInfo
    let layout: Layout

    private enum CodingKeys: String, CodingKey { case nav, page }

    func encode(to encoder: Encoder) throws {
        try shared.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(nav, forKey: .nav)
        try container.encode(page, forKey: .page)
        // Last, so a layout's value wins over a shared one of the same name.
        try layout.encode(to: encoder)
    }
}

/// A layout that needs nothing besides the page's values (the 404 page, a Markdown page).
struct NoLayoutValues: Encodable, Sendable {}

struct NavItem: Encodable, Sendable {
    let title: String
    let url: String
    let current: Bool
}

/// `{{page.*}}`: every page's title, address and description, and what a Markdown page or a
/// notice adds (`PageInfo.Own`).
struct PageInfo: Encodable, Sendable {
    /// A page's own values, when it is a document: its HTML, date, number and form.
    struct Own: Sendable {
        var content: String?
        var formal = false
        var date: CivilDate?
        var number: String?
        var isNotice = false
    }

    let title: String
    let url: String
    let isHome: Bool
    let description: String?
    let canonical: String?
    let content: String?
    let formal: Bool?
    let date: DateView?
    let number: String?
    let isNotice: Bool?

    init(title: String, url: String, isHome: Bool, description: String?, canonical: String?, own: Own?) {
        self.title = title
        self.url = url
        self.isHome = isHome
        self.description = description
        self.canonical = canonical
        content = own?.content
        formal = own?.formal
        date = DateView(own?.date)
        number = own?.number
        isNotice = own?.isNotice
    }
}

/// A date as templates show it: `{{short}}` 07/01/2025, `{{long}}` ngày 07 tháng 01 năm 2025,
/// `{{iso}}` for `<time datetime>`.
struct DateView: Encodable, Sendable {
    let short: String
    let long: String
    let iso: String

    init(_ date: CivilDate) {
        short = date.vietnameseShort
        long = date.vietnameseLong
        iso = date.iso
    }

    init?(_ date: CivilDate?) {
        guard let date else { return nil }
        self.init(date)
    }
}

/// `{{site.*}}`, `{{routes.*}}`, `{{assets.*}}`, `{{data.*}}` and the flags every page may test.
struct SharedValues: Encodable, Sendable {
    struct SiteValues: Encodable, Sendable {
        let title: String
        let commune: String
        let province: String
        let agency: AgencyValues
        let place: String
        let feedbackURL: String
        /// The desk's name changes with the regime (01/07/2025): pages use the one in force on --as-of.
        let desk: String
        let description: String?
    }

    /// The agency's contact facts; an empty one is left out, since Mustache shows a section
    /// for any string, even "".
    struct AgencyValues: Encodable, Sendable {
        let name, superior, address, postalAddress, phone, phoneLink: String?
        let email, emailLink, workingHours, signerTitle, signerName: String?
    }

    let lang: String
    let root: String
    /// `{{routes.catalog}}` and the like: the addresses Swift writes to, spelled in `Routes` only.
    let routes: NameTable
    let site: SiteValues
    let assets: NameTable
    let asOf: DateView
    let data: SiteDataValues
    let year: Int
    let hasRegister: Bool
    let hasDecisions: Bool
    /// Whether the catalog is empty is in every page's key (InputFingerprints.shared).
    let hasCatalog: Bool
}

/// The site's own data (`data/*.yaml`) as the webmaster wrote it: its keys are not converted.
struct SiteDataValues: TemplateRepresentable, Sendable {
    let value: DataValue

    var templateValue: Any { value.templateValue ?? [String: Any]() }
}
