import Templates

/// Small views in the shape of CongKhai's: nested and optional views, lists, flags, numbers,
/// a merged part, computed properties, a keyed table and the webmaster's data.
struct Agency: TemplateView {
    let name: String
    let phone: String?

    static let templateFields: TemplateFields<Self> = [
        .field("name", \.name),
        .field("phone", \.phone),
    ]
}

struct SiteValues: TemplateView {
    let title: String
    let agency: Agency
    let description: String?

    static let templateFields: TemplateFields<Self> = [
        .field("title", \.title),
        .field("agency", \.agency),
        .field("description", \.description),
    ]
}

struct Fact: TemplateView {
    let label: String
    let value: String
    let note: String?

    static let templateFields: TemplateFields<Self> = [
        .field("label", \.label),
        .field("value", \.value),
        .field("note", \.note),
    ]
}

struct Online: TemplateView {
    let label: String
    let full: Bool

    static let templateFields: TemplateFields<Self> = [
        .field("label", \.label),
        .field("full", \.full),
    ]
}

struct Summary: TemplateView {
    let code: String
    let name: String
    let online: Online?
    let level: String?

    static let templateFields: TemplateFields<Self> = [
        .field("code", \.code),
        .field("name", \.name),
        .field("online", \.online),
        .field("level", \.level),
    ]
}

/// A tree, rendered by a partial that includes itself.
struct Node: TemplateView {
    let label: String
    let children: [Node]

    static let templateFields: TemplateFields<Self> = [
        .field("label", \.label),
        .field("children", \.children),
    ]
}

struct Page: TemplateView {
    var site = SiteValues(title: "Xã An Phú", agency: Agency(name: "UBND xã An Phú", phone: nil), description: nil)
    var summary = Summary(code: "1.001193", name: "Đăng ký khai sinh", online: nil, level: nil)
    var facts: [Fact] = []
    var notes: [String] = []
    var codes: [String]?
    var count = 0
    var ratio = 0.5
    var withdrawn = false
    var formal: Bool?
    var total: Int?
    var url = "/thu-tuc/1.001193/"
    var assets: KeyedText = Page.assetKeys.values([:])
    var data: DynamicValue = .null
    var tree: [Node] = []

    static let assetKeys = TemplateKeySet(name: "assets", keys: ["style_css", "favicon_svg"])

    /// Computed, read through its key path.
    var factCount: Int { facts.count }
    var firstFact: Fact? { facts.first }

    static let templateFields: TemplateFields<Self> = [
        .field("site", \.site),
        .merge(\.summary),
        .field("facts", \.facts),
        .field("notes", \.notes),
        .field("codes", \.codes),
        .field("count", \.count),
        .field("ratio", \.ratio),
        .field("withdrawn", \.withdrawn),
        .field("formal", \.formal),
        .field("total", \.total),
        .field("url", \.url),
        .keyed("assets", \.assets, keys: "assets"),
        .field("data", \.data),
        .field("tree", \.tree),
        .field("fact_count", \.factCount),
        .field("first_fact", \.firstFact),
    ]
}

/// Compiles `text` as the template `page` (with `partials` beside it) for `View`.
func compile<View: TemplateView>(_ text: String, partials: [String: String] = [:], for type: View.Type = Page.self,
                                 keySets: [TemplateKeySet] = [Page.assetKeys],
                                 options: TemplateCompiler.Options = .init()) -> (template: CompiledTemplate<View>?, errors: [TemplateError]) {
    let files = [TemplateSources.File(name: "page", text: text, displayPath: "templates/page.mustache")]
        + partials.map { TemplateSources.File(name: $0.key, text: $0.value, displayPath: "templates/\($0.key).mustache") }
    var compiler = TemplateCompiler(sources: TemplateSources(files), keySets: keySets, options: options)
    let template = compiler.compile("page", for: type)
    return (template, compiler.errors)
}

/// The page rendered, or a description of the errors.
func render<View: TemplateView>(_ text: String, partials: [String: String] = [:], _ view: View) -> String {
    let (template, errors) = compile(text, partials: partials, for: View.self)
    guard let template else { return "errors: \(errors.map(\.description))" }
    return String(decoding: template.render(view), as: UTF8.self)
}
