import CongKhaiCore
import Templates

/// What every layout is given: the values shared by the whole site, the navigation with the
/// current entry marked, the page's own values, and the layout's (at the top level, beside
/// the others, as the theme contract in the README documents them).
struct PageView<Layout: TemplateView>: TemplateView {
    let shared: SharedValues
    let nav: [NavItem]
    let page: PageInfo
    let layout: Layout

    /// A generic view cannot store its table: the compiler reads this once per layout.
    static var templateFields: TemplateFields<Self> {
        [
            .merge(\.shared),
            .field("nav", \.nav),
            .field("page", \.page),
            .merge(\.layout),
        ]
    }
}

/// A layout that needs nothing besides the page's values (the 404 page, a Markdown page).
package struct NoLayoutValues: TemplateView {
    package static let templateFields: TemplateFields<Self> = []
}

struct NavItem: TemplateView {
    let title: String
    let url: String
    let current: Bool

    static let templateFields: TemplateFields<Self> = [
        .field("title", \.title),
        .field("url", \.url),
        .field("current", \.current),
    ]
}

/// `{{page.*}}`: every page's title, address and description, and what a Markdown page or a
/// notice adds (`PageInfo.Own`).
package struct PageInfo: TemplateView {
    /// A page's own values, when it is a document: its HTML, date, number and form.
    package struct Own: Sendable {
        var content: String?
        var formal = false
        var date: CivilDate?
        var number: String?
        var isNotice = false

        package init(content: String? = nil, formal: Bool = false, date: CivilDate? = nil, number: String? = nil, isNotice: Bool = false) {
            self.content = content
            self.formal = formal
            self.date = date
            self.number = number
            self.isNotice = isNotice
        }
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

    package static let templateFields: TemplateFields<Self> = [
        .field("title", \.title),
        .field("url", \.url),
        .field("is_home", \.isHome),
        .field("description", \.description),
        .field("canonical", \.canonical),
        .field("content", \.content),
        .field("formal", \.formal),
        .field("date", \.date),
        .field("number", \.number),
        .field("is_notice", \.isNotice),
    ]
}

/// A date as templates show it: `{{short}}` 07/01/2025, `{{long}}` ngày 07 tháng 01 năm 2025,
/// `{{iso}}` for `<time datetime>`.
package struct DateView: TemplateView {
    let short: String
    let long: String
    let iso: String

    package init(_ date: CivilDate) {
        short = date.vietnameseShort
        long = date.vietnameseLong
        iso = date.iso
    }

    package init?(_ date: CivilDate?) {
        guard let date else { return nil }
        self.init(date)
    }

    package static let templateFields: TemplateFields<Self> = [
        .field("short", \.short),
        .field("long", \.long),
        .field("iso", \.iso),
    ]
}

/// `{{site.*}}`, `{{routes.*}}`, `{{assets.*}}`, `{{data.*}}` and the flags every page may test
/// (`{{#has_register}}`: each family declares its own, `PageFamily.templateFlags`).
struct SharedValues: TemplateView {
    struct SiteValues: TemplateView {
        let title: String
        let commune: String
        let province: String
        let agency: AgencyValues
        let place: String
        let feedbackURL: String
        /// The desk's name changes with the regime (01/07/2025): pages use the one in force on --as-of.
        let desk: String
        let description: String?

        static let templateFields: TemplateFields<Self> = [
            .field("title", \.title),
            .field("commune", \.commune),
            .field("province", \.province),
            .field("agency", \.agency),
            .field("place", \.place),
            .field("feedback_url", \.feedbackURL),
            .field("desk", \.desk),
            .field("description", \.description),
        ]
    }

    /// The agency's contact facts; an empty one is nil, so that a section over it is not shown.
    struct AgencyValues: TemplateView {
        let name, superior, address, postalAddress, phone, phoneLink: String?
        let email, emailLink, workingHours, signerTitle, signerName: String?

        static let templateFields: TemplateFields<Self> = [
            .field("name", \.name),
            .field("superior", \.superior),
            .field("address", \.address),
            .field("postal_address", \.postalAddress),
            .field("phone", \.phone),
            .field("phone_link", \.phoneLink),
            .field("email", \.email),
            .field("email_link", \.emailLink),
            .field("working_hours", \.workingHours),
            .field("signer_title", \.signerTitle),
            .field("signer_name", \.signerName),
        ]
    }

    let lang: String
    let root: String
    /// `{{routes.catalog}}` and the like: the addresses Swift writes to, spelled in `Routes` only.
    let routes: KeyedText
    let site: SiteValues
    /// `{{assets.style_css}}`: each theme asset's hashed URL, by its folded file name.
    let assets: KeyedText
    let asOf: DateView
    /// The webmaster's own `data/`, looked up by name when a page is rendered.
    let data: DynamicValue
    let year: Int
    /// The families' yes/no values; every page's key holds them (InputFingerprints.shared).
    let flags: KeyedFlags

    static let templateFields: TemplateFields<Self> = [
        .field("lang", \.lang),
        .field("root", \.root),
        .keyed("routes", \.routes, keys: TemplateKeys.routes),
        .field("site", \.site),
        .keyed("assets", \.assets, keys: TemplateKeys.assets),
        .field("as_of", \.asOf),
        .field("data", \.data),
        .field("year", \.year),
        .flags(\.flags, keys: TemplateKeys.flags),
    ]
}

/// The names of the key sets the compiler binds `routes.*`, `assets.*` and the families'
/// flags against.
enum TemplateKeys {
    static let routes = "routes"
    static let assets = "assets"
    static let flags = "flags"
}
