import Foundation

/// Jobs for the procedure catalog: the list, one page per procedure, the counter posters,
/// the single-procedure sheets and the search index.
///
/// The posters and the sheets are for printing at the desk, so they are not in the sitemap.
/// A QR code is drawn inline where it is shown; there is no file per code (the portal
/// fragments' PNG files are the embeds family's).
struct CatalogRenderer {
    let context: TemplateContext
    let markdown: MarkdownRenderer
    let qrCodes: ProcedureQRCodes

    /// Issue 12: the list page stays light on a phone (≤ 60 KB gzipped). Above the site's
    /// `procedures_per_list_page` it lists the fields, and each field has its own page.
    static func isSplit(_ catalog: Catalog, config: SiteConfig) -> Bool {
        catalog.inForce.count + catalog.upcoming.count > config.proceduresPerListPage
    }

    func jobs() -> [RenderJob] {
        let site = context.site
        let catalog = site.catalog
        guard !catalog.isEmpty else { return [] }
        let views = ProcedureViews(context: context, markdown: markdown, qrCodes: qrCodes)
        let theme = site.theme

        var jobs: [RenderJob] = []
        let split = Self.isSplit(catalog, config: site.config)
        jobs.append(.html(Routes.catalog, dependency: .catalog) {
            theme.render(context.page(title: "Thủ tục hành chính", sitePath: Routes.catalog,
                                      description: "Danh mục thủ tục hành chính \(site.config.commune) đang áp dụng",
                                      layout: views.list(catalog, split: split)), template: "procedure-list")
        })
        if split {
            for group in catalog.groups {
                let path = Routes.catalogField(group.field)
                jobs.append(.html(path, dependency: .catalog) {
                    theme.render(context.page(title: "Thủ tục hành chính lĩnh vực \(group.field)", sitePath: path,
                                              description: "\(group.procedures.count) thủ tục lĩnh vực \(group.field), \(site.config.commune)",
                                              layout: views.fieldList(group)), template: "procedure-list")
                })
            }
        }
        jobs.append(RenderJob(path: Routes.searchIndex, dependency: .catalog) {
            SearchIndex.json(for: catalog.inForce + catalog.upcoming, withLinks: split)
        })
        for procedure in catalog.all {
            jobs.append(.html(procedure.sitePath, dependency: .input(procedure.sourceFingerprint)) {
                theme.render(context.page(title: procedure.name, sitePath: procedure.sitePath,
                                          description: "\(procedure.code) – \(procedure.field)",
                                          layout: views.detail(procedure)), template: "procedure")
            })
        }
        let posters = PosterLayout.pages(for: catalog, perPage: site.config.proceduresPerPoster)
        jobs.append(.html(Routes.posters, dependency: .catalog, inSitemap: false) {
            theme.render(context.page(title: "Niêm yết thủ tục hành chính", sitePath: Routes.posters,
                                      layout: views.posters(posters)), template: "posters")
        })
        for procedure in catalog.inForce + catalog.upcoming {
            let path = Routes.printSheet(procedure.code)
            // The sheet prints its posting date, which the record of published codes keeps.
            var key = FNV1a()
            key.combine(procedure.sourceFingerprint)
            key.combine(site.publishedCodes.postedSince(procedure.code)?.iso ?? "")
            jobs.append(.html(path, dependency: .input(key.value), inSitemap: false) {
                theme.render(context.page(title: "Niêm yết: \(procedure.name)", sitePath: path,
                                          layout: views.sheet(procedure)), template: "poster-single")
            })
        }
        return jobs
    }
}
