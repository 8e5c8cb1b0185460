import CongKhaiCore
import CongKhaiSite
import Foundation

/// The procedure catalog: its list (split by field above `procedures_per_list_page`), one
/// page per procedure, the search index, the counter posters and one A4 sheet per procedure,
/// and each procedure and field as a portal fragment. It reads the catalog with the
/// province's announcement decisions (`DecisionsFamily`), which say what is in force.
struct CatalogFamily: PageFamily {
    let name = "catalog"
    /// `qr` held the QR code files before 0.7 and `tim-kiem` a search page: pages may not
    /// take them either, so that an address once printed never changes owner.
    let routeRoots = [String(CatalogRoutes.list.dropLast()), String(CatalogRoutes.posters.dropLast()), "qr", "tim-kiem"]
    let templateRoutes = CatalogRoutes.templateRoutes
    /// The table and detail files are keyed by each procedure (its pages) and the lists'
    /// ring; the record of published codes, which builds rewrite, where its dates show.
    let inputs = [
        FamilyInput.table(ProcedureReader.tableName, columns: ProcedureColumns.specs, codes: [ProcedureColumns.code])
            .keptFromTemplates().reaching(.family),
        FamilyInput.folder(ProcedureReader.detailFolder).reaching(.family),
        FamilyInput.file(PublishedCodes.fileName).reaching(.family),
    ]
    let needs: [any PageFamily.Type] = [DecisionsFamily.self]
    var diagnosticCodes: [DiagnosticCode] { CatalogDiagnostics.codes }
    let templateFlags = [TemplateFlag(name: "has_catalog") { !$0.catalog.isEmpty }]

    func load(_ context: FamilyLoadContext) -> CatalogModel {
        let diagnostics = context.diagnostics
        let decisions = context[DecisionsFamily.self]
        let (procedures, record) = CatalogLoader.procedures(siteData: context.data, contentDirectory: context.contentDirectory,
                                                              decisions: decisions, asOf: context.asOf, diagnostics: diagnostics)
        // A base_url written but unusable already has its own located error.
        let baseURLRefused = diagnostics.errors.contains { $0.location.field == "base_url" }
        if context.config.qrCodes && !procedures.isEmpty && context.config.baseURL == nil && !baseURLRefused {
            diagnostics.error(.qrNeedsBaseURL, at: SourceLocation(file: SiteConfigReader.fileName, line: 1),
                              "Mã QR cần địa chỉ đầy đủ của trang. Thêm base_url (ví dụ base_url: https://tenxa.quangngai.gov.vn/) vào site.yaml, dùng --base-url, hoặc tắt mã QR bằng qr_codes: false.")
        }
        let catalog = Catalog(procedures: procedures, asOf: context.asOf)
        let lacking = ProcedureCompleteness.lacking(catalog)
        ProcedureCompleteness.report(lacking, diagnostics: diagnostics)
        TimeLimitUnitCheck.report(catalog, diagnostics: diagnostics)
        let progress = DecisionProgress.evaluate(decisions, catalog: catalog, record: record, calendar: context.calendar, asOf: context.asOf)
        DecisionProgress.report(progress, asOf: context.asOf, diagnostics: diagnostics)
        // A build dated in the past leaves the record as it is.
        let published = record.latestDate.map { context.asOf < $0 } ?? false
            ? record : record.updated(catalog: catalog.all, decisions: decisions, asOf: context.asOf)
        return CatalogModel(catalog: catalog, completeness: ProcedureCompleteness.summary(lacking), decisionProgress: progress,
                            publishedCodes: published, qrCodes: ProcedureQRCodes(config: context.config))
    }

    func templates(for site: Site) -> [TemplateRequirement] {
        guard !site.catalog.isEmpty else { return [] }
        let fragments = site.fragmentBaseURL == nil ? []
            : [ProcedureFragments.procedureTemplate.requirement, ProcedureFragments.fieldListTemplate.requirement]
        return CatalogTemplates.all + fragments
    }

    func outputs(_ context: FamilyContext) -> [RenderJob] {
        CatalogRenderer(context: context.templates, markdown: context.markdown).jobs()
    }

    func menuEntries(for site: Site) -> [MenuEntry] {
        site.catalog.isEmpty ? [] : [MenuEntry(title: "Thủ tục hành chính", sitePath: CatalogRoutes.list, weight: 200)]
    }

    func homeCards(for site: Site) -> [HomeCard] {
        guard !site.catalog.isEmpty else { return [] }
        return [
            HomeCard(title: "Thủ tục hành chính", sitePath: CatalogRoutes.list,
                     description: "\(site.catalog.inForce.count) thủ tục đang áp dụng, kèm mã QR, thời hạn và phí.", weight: 100),
            HomeCard(title: "Niêm yết tại \(site.deskName)", sitePath: CatalogRoutes.posters,
                     description: "Bản in khổ A4 có mã QR để dán tại quầy.", weight: 200),
        ]
    }

    func portalFragments(_ context: FamilyContext, baseURL: BaseURL) -> PortalFragments {
        guard !context.site.catalog.isEmpty else { return .none }
        return ProcedureFragments(context: context.templates, markdown: context.markdown, baseURL: baseURL)
            .fragments()
    }

    /// Lists show each procedure's cells, never its long text, and the posters the day each
    /// was posted (from the record of published codes, which the build rewrites).
    func listingKey(for site: Site, into hasher: inout FNV1a) {
        for procedure in site.catalog.all {
            hasher.combine(procedure.listingFingerprint)
            hasher.combine(site.publishedCodes.postedSince(procedure.code)?.iso ?? "")
        }
    }

    /// How many published procedures have every element the law requires.
    func summary(for site: Site) -> String? {
        site.completeness.published > 0 ? site.completeness.line : nil
    }

    /// Only a build that published the site updates the record of published codes.
    func published(_ site: Site, diagnostics: Diagnostics) {
        if let problem = site.publishedCodes.save(contentDirectory: site.contentDirectory) {
            diagnostics.warning(.publishedRecordInvalid, at: SourceLocation(file: PublishedCodes.fileName, line: 1), problem)
        }
    }
}
