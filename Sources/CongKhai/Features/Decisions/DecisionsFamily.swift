/// `/quyet-dinh-cong-bo/`: the province's announcement decisions and when the site showed them.
struct DecisionsFamily: PageFamily {
    let name = "decisions"
    let routeRoots = [String(Routes.decisions.dropLast())]

    func layouts(for site: Site) -> [String] { site.decisions.isEmpty ? [] : ["decisions"] }

    func outputs(_ context: FamilyContext) -> [RenderJob] { DecisionRenderer(context: context.templates).jobs() }
}
