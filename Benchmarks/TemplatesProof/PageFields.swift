@testable import CongKhai
import Templates

// What every page has, typed: the shared values (encoded once per build for swift-mustache,
// read in place here), the navigation and the page's own values.

/// A page as the compiled templates see it: the same values as `PageView`, with the shared part
/// typed. `routes` and `assets` are texts whose names are fixed for a build (`TemplateKeySet`);
/// `data` is the webmaster's, looked up when rendering.
struct CompiledPage<Layout: TemplateView>: TemplateView {
    let shared: SharedPart
    let nav: [NavItem]
    let page: PageInfo
    let layout: Layout

    public static var templateFields: TemplateFields<Self> {
        [
            .merge(\.shared),
            .field("nav", \.nav),
            .field("page", \.page),
            .merge(\.layout),
        ]
    }
}

struct SharedPart: TemplateView {
    let values: SharedValues
    let routes: KeyedText
    let assets: KeyedText
    let data: DynamicValue

    public static let templateFields: TemplateFields<Self> = [
        .field("lang", \.values.lang),
        .field("root", \.values.root),
        .keyed("routes", \.routes, keys: "routes"),
        .field("site", \.values.site),
        .keyed("assets", \.assets, keys: "assets"),
        .field("as_of", \.values.asOf),
        .field("data", \.data),
        .field("year", \.values.year),
        .field("has_register", \.values.hasRegister),
        .field("has_decisions", \.values.hasDecisions),
        .field("has_catalog", \.values.hasCatalog),
    ]
}

extension SharedValues.SiteValues: TemplateView {
    public static let templateFields: TemplateFields<Self> = [
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

extension SharedValues.AgencyValues: TemplateView {
    public static let templateFields: TemplateFields<Self> = [
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

extension NavItem: TemplateView {
    public static let templateFields: TemplateFields<Self> = [
        .field("title", \.title),
        .field("url", \.url),
        .field("current", \.current),
    ]
}

extension PageInfo: TemplateView {
    public static let templateFields: TemplateFields<Self> = [
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

extension DateView: TemplateView {
    public static let templateFields: TemplateFields<Self> = [
        .field("short", \.short),
        .field("long", \.long),
        .field("iso", \.iso),
    ]
}

extension DynamicValue {
    /// The webmaster's data as `DataValue.templateValue` gives it to swift-mustache: an empty
    /// string is no value (a key holding one is left out, so a name looks further out).
    init(_ value: DataValue) {
        switch value {
        case .string(let text): self = text.isEmpty ? .null : .string(text)
        case .int(let number): self = .int(number)
        case .double(let number): self = .double(number)
        case .bool(let flag): self = .bool(flag)
        case .list(let items): self = .list(items.map(DynamicValue.init))
        case .map(let entries):
            self = .map(entries.compactMapValues { entry in
                if case .string("") = entry { return nil }
                return DynamicValue(entry)
            })
        }
    }
}
