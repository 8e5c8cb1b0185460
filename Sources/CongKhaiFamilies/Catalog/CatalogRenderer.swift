import CongKhaiCore
import CongKhaiMarkdown
import CongKhaiSite
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

    /// Issue 12: the list page stays light on a phone (≤ 60 KB gzipped). Above the site's
    /// `procedures_per_list_page` it lists the fields, and each field has its own page.
    static func isSplit(_ catalog: Catalog, config: SiteConfig) -> Bool {
        catalog.inForce.count + catalog.upcoming.count > config.proceduresPerListPage
    }

    func jobs() -> [RenderJob] {
        let site = context.site
        let catalog = site.catalog
        guard !catalog.isEmpty else { return [] }
        let views = ProcedureViews(context: context, markdown: markdown)

        var jobs: [RenderJob] = []
        let split = Self.isSplit(catalog, config: site.config)
        jobs.append(.html(CatalogRoutes.list, dependency: .listings) {
            context.render(CatalogTemplates.list, title: "Thủ tục hành chính", sitePath: CatalogRoutes.list,
                           description: "Danh mục thủ tục hành chính \(site.config.commune) đang áp dụng",
                           layout: views.list(catalog, split: split))
        })
        if split {
            for group in catalog.groups {
                let path = CatalogRoutes.field(group.field)
                jobs.append(.html(path, dependency: .listings) {
                    context.render(CatalogTemplates.list, title: "Thủ tục hành chính lĩnh vực \(group.field)", sitePath: path,
                                   description: "\(group.procedures.count) thủ tục lĩnh vực \(group.field), \(site.config.commune)",
                                   layout: views.fieldList(group))
                })
            }
        }
        jobs.append(RenderJob(path: CatalogRoutes.searchIndex, dependency: .listings) {
            SearchIndex.json(for: catalog.inForce + catalog.upcoming, withLinks: split)
        })
        for procedure in catalog.all {
            jobs.append(.html(procedure.sitePath, dependency: .input(procedure.sourceFingerprint)) {
                context.render(CatalogTemplates.detail, title: procedure.name, sitePath: procedure.sitePath,
                               description: "\(procedure.code) – \(procedure.field)", layout: views.detail(procedure))
            })
        }
        let posters = PosterLayout.pages(for: catalog, perPage: site.config.proceduresPerPoster)
        jobs.append(.html(CatalogRoutes.posters, dependency: .listings, inSitemap: false) {
            context.render(CatalogTemplates.posters, title: "Niêm yết thủ tục hành chính", sitePath: CatalogRoutes.posters,
                           layout: views.posters(posters))
        })
        for procedure in catalog.inForce + catalog.upcoming {
            let path = CatalogRoutes.printSheet(procedure.code)
            // The sheet prints its posting date, which the record of published codes keeps.
            var key = FNV1a()
            key.combine(procedure.sourceFingerprint)
            key.combine(site.publishedCodes.postedSince(procedure.code)?.iso ?? "")
            jobs.append(.html(path, dependency: .input(key.value), inSitemap: false) {
                context.render(CatalogTemplates.sheet, title: "Niêm yết: \(procedure.name)", sitePath: path,
                               layout: views.sheet(procedure))
            })
        }
        return jobs
    }
}
