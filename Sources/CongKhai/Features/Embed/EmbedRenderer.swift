import Foundation

/// The fragments for the province portal (`/nhung/`): one per procedure, one per field's
/// list, the feedback notice and the apology list, each on a page with its code to copy
/// and a preview; and the PNG QR codes they show (`/qr/<code>.png`, `/nhung/qr/…`).
///
/// Fragments need absolute addresses (they are read on the portal's host), so there are
/// none without `base_url`.
struct EmbedRenderer {
    let context: TemplateContext
    let markdown: MarkdownRenderer
    let qrCodes: ProcedureQRCodes

    /// CSS pixels of a QR image: big enough for a phone at arm's length on a screen.
    static let qrPixels = 180

    func jobs() -> [RenderJob] {
        let site = context.site
        guard site.config.embeds, let baseURL = site.config.baseURL else { return [] }
        let fragments = EmbedFragments(site: site, baseURL: baseURL, markdown: markdown)
        // Each procedure's fragment is its own file and part of its field's page: made once.
        let procedureFragments = Memo<String, EmbedFragment>(usesPerKey: 2)
        let fragment = { @Sendable (procedure: Procedure) in
            procedureFragments.value(for: procedure.code) { fragments.procedure(procedure) }
        }
        var jobs: [RenderJob] = []
        if site.config.qrCodes {
            for procedure in site.catalog.inForce + site.catalog.upcoming {
                jobs.append(RenderJob(path: Routes.procedureQRImage(procedure.code), dependency: .input(procedure.sourceFingerprint)) { [qrCodes] in
                    qrCodes[procedure]?.png(scale: Self.pngScale) ?? Data()
                })
            }
        }
        jobs.append(RenderJob(path: Routes.embedFeedbackQR, dependency: .shared) { Self.png(site.config.portal.feedbackURL) })
        if let url = site.config.feedback.provinceSystemURL, site.config.feedback.provinceSystemName != nil {
            jobs.append(RenderJob(path: Routes.embedProvinceQR, dependency: .shared) { Self.png(url) })
        }
        jobs += fragmentFiles(fragments, procedure: fragment)
        // The fragments' pages are tools for the webmaster, not pages for search engines.
        jobs.append(.html(Routes.embeds, inSitemap: false) {
            var groups = [group("Phản ánh, kiến nghị", [fragments.feedback()])]
            if let apologies = fragments.apologies() { groups.append(group("Hồ sơ trễ hạn và xin lỗi", [apologies])) }
            let lists = site.catalog.groups.map { fragments.fieldList($0) }
            if !lists.isEmpty { groups.append(group("Danh sách thủ tục theo lĩnh vực", lists)) }
            let fields = site.catalog.groups.map { group in
                EmbedsView.Field(title: group.field, count: group.procedures.count, url: context.url(Routes.embedField(group.field)))
            }
            let view = EmbedsView(groups: groups, fields: fields)
            return site.theme.render(context.page(title: "Nội dung nhúng vào Cổng thông tin của tỉnh", sitePath: Routes.embeds,
                                                  description: "Đoạn HTML để dán vào bài viết trên cổng thông tin điện tử của tỉnh",
                                                  layout: view), template: "embeds")
        })
        for fieldGroup in site.catalog.groups {
            let path = Routes.embedField(fieldGroup.field)
            // Each procedure's fragment shows its detail file too, which no ring covers.
            var procedures = FNV1a()
            for procedure in fieldGroup.procedures { procedures.combine(procedure.sourceFingerprint) }
            jobs.append(.html(path, dependency: .input(procedures.value), inSitemap: false) {
                let items = fieldGroup.procedures.map(fragment)
                return site.theme.render(context.page(title: "Nội dung nhúng: \(fieldGroup.field)", sitePath: path,
                                                      layout: EmbedsView(groups: [group("Từng thủ tục", items)],
                                                                         backURL: context.url(Routes.embeds))),
                                     template: "embeds")
            })
        }
        return jobs
    }

    /// Each fragment as its own file, keyed by the inputs it shows: exactly the HTML to paste.
    /// No byte order mark (CKEditor 4 turned it into an empty paragraph at the top of every
    /// article) and no `<meta charset>` (editors strip it); the `/nhung/` pages, which declare
    /// UTF-8, are where a fragment is read and copied.
    private func fragmentFiles(_ fragments: EmbedFragments, procedure fragment: @escaping @Sendable (Procedure) -> EmbedFragment) -> [RenderJob] {
        let site = context.site
        func file(_ id: String, _ dependency: RenderJob.Dependency, _ make: @escaping @Sendable () -> EmbedFragment?) -> RenderJob {
            RenderJob(path: EmbedFragment.filePath(id: id), dependency: dependency) { Data(((make()?.html ?? "") + "\n").utf8) }
        }
        var jobs = [file("phan-anh-kien-nghi", .shared) { fragments.feedback() }]
        if !site.register.entries.isEmpty { jobs.append(file("xin-loi", .catalog) { fragments.apologies() }) }
        for group in site.catalog.groups {
            jobs.append(file(EmbedFragments.fieldListID(group.field), .catalog) { fragments.fieldList(group) })
            for procedure in group.procedures {
                jobs.append(file(EmbedFragments.procedureID(procedure.code), .input(procedure.sourceFingerprint)) {
                    fragment(procedure)
                })
            }
        }
        return jobs
    }

    private func group(_ title: String, _ fragments: [EmbedFragment]) -> EmbedsView.Group {
        .init(title: title, fragments: fragments.map { fragment in
            .init(id: fragment.id, title: fragment.title, code: fragment.html, preview: EmbedHTML.preview(fragment.html),
                  pageURL: fragment.pageURL, fileURL: context.url(fragment.filePath))
        })
    }

    /// Pixels per module of the PNG files, so that no editor's scaling is needed.
    static let pngScale = 4

    /// A QR code PNG of any address.
    static func png(_ text: String) -> Data {
        guard let code = try? QRCode(encoding: text) else { return Data() }
        return PNGImage.qrCode(code, scale: pngScale)
    }
}

/// The `embeds` layout: the fragments with their code to copy and a preview, and on the
/// main page the links to each field's page.
struct EmbedsView: Encodable, Sendable {
    struct Fragment: Encodable, Sendable {
        let id: String
        let title: String
        /// The fragment's HTML, shown escaped as code to copy.
        let code: String
        /// The same HTML, shown as it renders.
        let preview: String
        let pageURL: String
        let fileURL: String
    }

    struct Group: Encodable, Sendable {
        let title: String
        let fragments: [Fragment]
    }

    struct Field: Encodable, Sendable {
        let title: String
        let count: Int
        let url: String
    }

    let groups: [Group]
    let fields: [Field]?
    let hasFields: Bool
    /// On a field's page: the way back to the main one.
    let backURL: String?

    init(groups: [Group], fields: [Field] = [], backURL: String? = nil) {
        self.groups = groups
        self.fields = fields.isEmpty ? nil : fields
        hasFields = !fields.isEmpty
        self.backURL = backURL
    }
}
