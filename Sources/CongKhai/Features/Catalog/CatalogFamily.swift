/// The procedure catalog: its list (split by field above `procedures_per_list_page`), one
/// page per procedure, the search index, the counter posters and one A4 sheet per procedure.
struct CatalogFamily: PageFamily {
    let name = "catalog"
    /// `qr` held the QR code files before 0.7 and `tim-kiem` a search page: pages may not
    /// take them either, so that an address once printed never changes owner.
    let routeRoots = [String(Routes.catalog.dropLast()), String(Routes.posters.dropLast()), "qr", "tim-kiem"]

    func templates(for site: Site) -> [TemplateRequirement] {
        guard !site.catalog.isEmpty else { return [] }
        let fragments = site.fragmentBaseURL == nil ? []
            : [ProcedureFragments.procedureTemplate.requirement, ProcedureFragments.fieldListTemplate.requirement]
        return CatalogTemplates.all + fragments
    }

    func portalFragments(_ context: FamilyContext, baseURL: BaseURL) -> PortalFragments {
        guard !context.site.catalog.isEmpty else { return .none }
        return ProcedureFragments(context: context.templates, markdown: context.markdown, qrCodes: context.qrCodes, baseURL: baseURL)
            .fragments()
    }

    func outputs(_ context: FamilyContext) -> [RenderJob] {
        CatalogRenderer(context: context.templates, markdown: context.markdown, qrCodes: context.qrCodes).jobs()
    }

    func menuEntries(for site: Site) -> [MenuEntry] {
        site.catalog.isEmpty ? [] : [MenuEntry(title: "Thủ tục hành chính", sitePath: Routes.catalog, order: .catalog)]
    }

    func homeCards(for site: Site) -> [HomeCard] {
        guard !site.catalog.isEmpty else { return [] }
        return [
            HomeCard(title: "Thủ tục hành chính", sitePath: Routes.catalog,
                     description: "\(site.catalog.inForce.count) thủ tục đang áp dụng, kèm mã QR, thời hạn và phí.", order: .catalog),
            HomeCard(title: "Niêm yết tại \(site.deskName)", sitePath: Routes.posters,
                     description: "Bản in khổ A4 có mã QR để dán tại quầy.", order: .posters),
        ]
    }
}
