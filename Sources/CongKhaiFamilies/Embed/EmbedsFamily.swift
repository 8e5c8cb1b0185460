import CongKhaiSite

/// `/nhung/`: HTML fragments for the province portal's articles, offered by the families whose
/// content they show, and the PNG QR codes they show. They need absolute addresses, so there
/// are none without `base_url`.
struct EmbedsFamily: PageFamily {
    typealias Model = Void

    let name = "embeds"
    let routeRoots = [String(FragmentRoutes.root.dropLast())]
    let templateRoutes = ["embeds": FragmentRoutes.root]

    func templates(for site: Site) -> [TemplateRequirement] {
        site.fragmentBaseURL == nil ? [] : [EmbedRenderer.template.requirement]
    }

    func outputs(_ context: FamilyContext) -> [RenderJob] {
        guard context.site.fragmentBaseURL != nil else { return [] }
        return EmbedRenderer(context: context.templates, offers: context.portalFragments).jobs()
    }
}
