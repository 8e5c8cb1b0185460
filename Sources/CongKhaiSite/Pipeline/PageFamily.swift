import CongKhaiCore
import CongKhaiMarkdown
import Templates

/// One kind of content the site publishes (the catalog, the notices, the feedback notice…),
/// declared in one place: what it reads and which other families' models it needs, the typed
/// model it loads, its routes, diagnostic codes and template flags, the templates it renders,
/// the files it writes, and what it adds to the home page, the menu, the feed and the portal.
///
/// The pipeline knows families only through this protocol and the registry
/// (`FamilyRegistry.standard`): loading orders them by what they need (`LoadOrder`) and keeps
/// each model in the site (`site[CatalogFamily.self]`), planning collects their outputs, and the
/// home page, menu, feed, sitemap, data policy and incremental keys are assembled from what
/// they declare. A new family is a folder with a type conforming to this protocol and one line
/// in the registry.
package protocol PageFamily: Sendable {
    /// What the family loads: read by its own outputs and by the families that need it.
    associatedtype Model: Sendable

    /// For `--verbose` and messages ("catalog").
    var name: String { get }
    /// What it reads of the content folder (tables of `data/`, folders, files), with how the
    /// loader treats each: columns, kept from templates, citizens' records, keyed by the family.
    var inputs: [FamilyInput] { get }
    /// The families whose models `load` reads: they are loaded first, and only their models
    /// are there to read (`FamilyLoadContext`).
    var needs: [any PageFamily.Type] { get }
    /// Reads and checks its inputs into its model, reporting every problem to `context.diagnostics`.
    func load(_ context: FamilyLoadContext) -> Model

    /// The first segments of the paths the family writes ("thu-tuc-hanh-chinh"): a Markdown
    /// page may not take them, even when this site has nothing of the family yet.
    var routeRoots: [String] { get }
    /// Its fixed addresses as templates write them (`{{routes.catalog}}`): name → site path.
    var templateRoutes: [String: String] { get }
    /// Yes/no values every page may test (`{{#has_register}}`).
    var templateFlags: [TemplateFlag] { get }
    /// The diagnostic codes its checks report, declared in its folder.
    var diagnosticCodes: [DiagnosticCode] { get }

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
    /// What its lists show of each row, for the ring of incremental keys the site's lists
    /// depend on (`RenderJob.Dependency.listings`).
    func listingKey(for site: Site, into hasher: inout FNV1a)
    /// Called once a build has published the site: what the family records of it (the
    /// catalog's record of published codes).
    func published(_ site: Site, diagnostics: Diagnostics)
    /// A few words for the build's summary line, when the family has something to say.
    func summary(for site: Site) -> String?
}

extension PageFamily {
    package var inputs: [FamilyInput] { [] }
    package var needs: [any PageFamily.Type] { [] }
    package var templateRoutes: [String: String] { [:] }
    package var templateFlags: [TemplateFlag] { [] }
    package var diagnosticCodes: [DiagnosticCode] { [] }
    package func menuEntries(for site: Site) -> [MenuEntry] { [] }
    package func homeCards(for site: Site) -> [HomeCard] { [] }
    package func feedEntries(for site: Site, markdown: MarkdownRenderer) -> [FeedWriter.Entry] { [] }
    package func portalFragments(_ context: FamilyContext, baseURL: BaseURL) -> PortalFragments { .none }
    package func internalNotes(for site: Site) -> [String: [String]] { [:] }
    package func listingKey(for site: Site, into hasher: inout FNV1a) {}
    package func published(_ site: Site, diagnostics: Diagnostics) {}
    package func summary(for site: Site) -> String? { nil }
}

extension PageFamily where Model == Void {
    package func load(_ context: FamilyLoadContext) {}
}
