import CongKhaiCore
import CongKhaiSite

/// `/quyet-dinh-cong-bo/`: the province's announcement decisions and when the site showed them.
/// The catalog reads the decisions (what is in force, what changed); the page reads how the
/// catalog followed them (`CatalogModel.decisionProgress`).
struct DecisionsFamily: PageFamily {
    let name = "decisions"
    let routeRoots = [String(DecisionRoutes.page.dropLast())]
    let templateRoutes = ["decisions": DecisionRoutes.page]
    let inputs = [FamilyInput.table(DecisionReader.tableName, columns: DecisionReader.specs,
                                    codes: [DecisionReader.code, DecisionReader.replacement])]
    var diagnosticCodes: [DiagnosticCode] { DecisionsDiagnostics.codes }
    let templateFlags = [TemplateFlag(name: "has_decisions") { !$0.decisions.isEmpty }]

    static let template = PageTemplate<DecisionListView>("decisions")

    func load(_ context: FamilyLoadContext) -> DecisionBook {
        DecisionReader.read(siteData: context.data, diagnostics: context.diagnostics)
    }

    func templates(for site: Site) -> [TemplateRequirement] { site.decisions.isEmpty ? [] : [Self.template.requirement] }

    func outputs(_ context: FamilyContext) -> [RenderJob] { DecisionRenderer(context: context.templates).jobs() }
}

extension Site {
    /// The province's announcement decisions.
    var decisions: DecisionBook { self[DecisionsFamily.self] }
}
