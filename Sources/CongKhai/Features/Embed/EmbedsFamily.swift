/// `/nhung/`: HTML fragments for the province portal's articles, offered by the families whose
/// content they show, and the PNG QR codes they show. They need absolute addresses, so there
/// are none without `base_url`.
struct EmbedsFamily: PageFamily {
    let name = "embeds"
    let routeRoots = [String(Routes.embeds.dropLast())]

    func templates(for site: Site) -> [TemplateRequirement] {
        site.config.embeds && site.config.baseURL != nil ? [EmbedRenderer.template.requirement] : []
    }

    func outputs(_ context: FamilyContext) -> [RenderJob] {
        guard context.site.config.embeds, context.site.config.baseURL != nil else { return [] }
        return EmbedRenderer(context: context.templates, offers: context.portalFragments).jobs()
    }
}
