/// `/quyet-dinh-cong-bo/`: the province's announcement decisions and when the site showed them.
struct DecisionsFamily: PageFamily {
    let name = "decisions"
    let routeRoots = [String(Routes.decisions.dropLast())]

    static let template = PageTemplate<DecisionListView>("decisions")

    func templates(for site: Site) -> [TemplateRequirement] { site.decisions.isEmpty ? [] : [Self.template.requirement] }

    func outputs(_ context: FamilyContext) -> [RenderJob] { DecisionRenderer(context: context.templates).jobs() }
}
