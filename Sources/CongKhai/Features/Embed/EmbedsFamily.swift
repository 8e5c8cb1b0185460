/// `/nhung/`: HTML fragments for the province portal's articles and the PNG QR codes they
/// show. They need absolute addresses, so there are none without `base_url`.
struct EmbedsFamily: PageFamily {
    let name = "embeds"
    let routeRoots = [String(Routes.embeds.dropLast())]

    func layouts(for site: Site) -> [String] { site.config.embeds && site.config.baseURL != nil ? ["embeds"] : [] }

    func outputs(_ context: FamilyContext) -> [RenderJob] {
        EmbedRenderer(context: context.templates, markdown: context.markdown, qrCodes: context.qrCodes).jobs()
    }
}
