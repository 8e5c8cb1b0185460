import Foundation

/// Jobs for the procedure catalog: the list, one page per procedure, the counter posters,
/// the single-procedure sheets, the QR code files and the search index.
struct CatalogRenderer {
    let context: TemplateContext
    let markdown: MarkdownRenderer

    static let listPath = "thu-tuc-hanh-chinh/"
    static let postersPath = "niem-yet/"
    static let searchIndexPath = "thu-tuc-hanh-chinh/tim-kiem.json"

    /// Issue 12: the list page stays light on a phone (≤ 60 KB gzipped). Above the site's
    /// `procedures_per_list_page` it lists the fields, and each field has its own page.
    static func isSplit(_ catalog: Catalog, config: SiteConfig) -> Bool {
        catalog.inForce.count + catalog.upcoming.count > config.proceduresPerListPage
    }

    /// "Hộ tịch" → thu-tuc-hanh-chinh/linh-vuc/ho-tich/ (no procedure code is "linh-vuc").
    static func fieldPath(_ field: String) -> String { "\(listPath)linh-vuc/\(Slug.make(field))/" }

    func jobs() -> [RenderJob] {
        let site = context.site
        let catalog = site.catalog
        guard !catalog.isEmpty else { return [] }
        let codes = ProcedureQRCodes(site: site)
        let views = ProcedureViews(context: context, markdown: markdown, qrCodes: codes)
        let theme = site.theme

        var jobs: [RenderJob] = []
        let split = Self.isSplit(catalog, config: site.config)
        jobs.append(.html(Self.listPath, dependency: .catalog) {
            theme.render(context.page(title: "Thủ tục hành chính", sitePath: Self.listPath,
                                      description: "Danh mục thủ tục hành chính \(site.config.commune) đang áp dụng",
                                      extra: views.list(catalog, split: split)), template: "procedure-list")
        })
        if split {
            for group in catalog.groups {
                let path = Self.fieldPath(group.field)
                jobs.append(.html(path, dependency: .catalog) {
                    theme.render(context.page(title: "Thủ tục hành chính lĩnh vực \(group.field)", sitePath: path,
                                              description: "\(group.procedures.count) thủ tục lĩnh vực \(group.field), \(site.config.commune)",
                                              extra: views.fieldList(group, catalog: catalog)), template: "procedure-list")
                })
            }
        }
        jobs.append(RenderJob(path: Self.searchIndexPath, dependency: .catalog) {
            SearchIndex.json(for: catalog.inForce + catalog.upcoming, withLinks: split)
        })
        for procedure in catalog.all {
            let own = RenderJob.Dependency.input(procedure.sourceFingerprint)
            jobs.append(.html(procedure.sitePath, dependency: own) {
                theme.render(context.page(title: procedure.name, sitePath: procedure.sitePath,
                                          description: "\(procedure.code) – \(procedure.field)",
                                          extra: views.detail(procedure)), template: "procedure")
            })
            if site.config.qrCodes && site.config.baseURL != nil {
                jobs.append(RenderJob(path: "qr/\(procedure.code).svg", dependency: own) {
                    guard let code = codes[procedure] else { return Data() }
                    return Data(QRSVG.document(path: code.path, size: code.size, label: "Mã QR: \(procedure.name)").utf8)
                })
            }
        }
        let posters = PosterLayout.pages(for: catalog, perPage: site.config.proceduresPerPoster)
        jobs.append(.html(Self.postersPath, dependency: .catalog) {
            theme.render(context.page(title: "Niêm yết thủ tục hành chính", sitePath: Self.postersPath,
                                      extra: views.posters(posters)), template: "posters")
        })
        for procedure in catalog.inForce + catalog.upcoming {
            let path = "\(Self.postersPath)\(procedure.code)/"
            jobs.append(.html(path, dependency: .input(procedure.sourceFingerprint)) {
                theme.render(context.page(title: "Niêm yết: \(procedure.name)", sitePath: path,
                                          extra: views.sheet(procedure)), template: "poster-single")
            })
        }
        return jobs
    }
}
