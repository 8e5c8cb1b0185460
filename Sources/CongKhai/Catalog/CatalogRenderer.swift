import Foundation

/// Jobs for the procedure catalog: the list, one page per procedure, the counter posters,
/// the single-procedure sheets, the QR code files and the search index.
struct CatalogRenderer {
    let context: TemplateContext
    let markdown: MarkdownRenderer

    static let listPath = "thu-tuc-hanh-chinh/"
    static let postersPath = "niem-yet/"
    static let searchIndexPath = "thu-tuc-hanh-chinh/tim-kiem.json"

    func jobs() -> [RenderJob] {
        let site = context.site
        let catalog = site.catalog
        guard !catalog.isEmpty else { return [] }
        let codes = ProcedureQRCodes(site: site)
        let views = ProcedureViews(context: context, markdown: markdown, qrCodes: codes)
        let theme = site.theme

        var jobs: [RenderJob] = []
        jobs.append(.html(Self.listPath, dependency: .catalog) {
            theme.render(context.page(title: "Thủ tục hành chính", sitePath: Self.listPath,
                                      description: "Danh mục thủ tục hành chính \(site.config.commune) đang áp dụng",
                                      extra: views.list(catalog)), template: "procedure-list")
        })
        jobs.append(RenderJob(path: Self.searchIndexPath, dependency: .catalog) { SearchIndex.json(for: catalog.inForce + catalog.upcoming) })
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
