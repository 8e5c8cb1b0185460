import CongKhaiCore
import CongKhaiMarkdown
import CongKhaiSite
import Foundation
import Templates

/// The catalog's portal fragments: each procedure (its facts, its detail sections, its QR code
/// and links to the full page and the national portal) and each field's list, with the PNG QR
/// codes they show (`/qr/<code>.png`).
struct ProcedureFragments {
    let context: TemplateContext
    let markdown: MarkdownRenderer
    let baseURL: BaseURL

    static let procedureTemplate = FragmentTemplate<ProcedureFragmentView>("fragments/procedure")
    static let fieldListTemplate = FragmentTemplate<FieldListFragmentView>("fragments/field-list")

    static func procedureID(_ code: String) -> String { "thu-tuc-\(Slug.make(code))" }
    static func fieldListID(_ field: String) -> String { "linh-vuc-\(Slug.make(field))" }


    private var site: Site { context.site }

    func fragments() -> PortalFragments {
        let catalog = site.catalog
        let qrCodes = site.procedureQRCodes
        var images: [RenderJob] = []
        if site.config.qrCodes {
            for procedure in catalog.inForce + catalog.upcoming {
                images.append(RenderJob(path: CatalogRoutes.qrImage(procedure.code), dependency: .input(procedure.sourceFingerprint)) { [qrCodes] in
                    qrCodes[procedure]?.png(scale: QRImageFile.scale) ?? Data()
                })
            }
        }
        // Each procedure's fragment is its own file and part of its field's page: made once.
        let made = Memo<String, [UInt8]>(usesPerKey: 2)
        let lists = catalog.groups.map { group in
            PortalFragment(id: Self.fieldListID(group.field), title: "Thủ tục hành chính lĩnh vực \(group.field)",
                           pageURL: baseURL.absolute(CatalogRoutes.list), dependency: .listings) { [self] in
                context.render(Self.fieldListTemplate, fieldList(group))
            }
        }
        let pages = catalog.groups.map { group in
            // Each procedure's fragment shows its detail file too, which no ring covers.
            var procedures = FNV1a()
            for procedure in group.procedures { procedures.combine(procedure.sourceFingerprint) }
            return PortalFragments.Page(
                title: group.field, sitePath: CatalogRoutes.fragmentPage(group.field), dependency: .input(procedures.value),
                fragments: group.procedures.map { procedure in
                    PortalFragment(id: Self.procedureID(procedure.code), title: procedure.name,
                                   pageURL: baseURL.absolute(procedure.sitePath), dependency: .input(procedure.sourceFingerprint)) { [self] in
                        made.value(for: procedure.code) { context.render(Self.procedureTemplate, view(procedure)) }
                    }
                })
        }
        return PortalFragments(groups: lists.isEmpty ? [] : [.init(title: "Danh sách thủ tục theo lĩnh vực", order: 30, fragments: lists)],
                               pages: pages, images: images)
    }

    func view(_ procedure: Procedure) -> ProcedureFragmentView {
        let pageURL = baseURL.absolute(procedure.sitePath)
        var appliesFrom: String?
        if case .upcoming(let from) = procedure.availability(on: site.asOf) { appliesFrom = from.vietnameseShort }
        return ProcedureFragmentView(
            frame: FragmentFrame(title: procedure.name),
            code: FragmentText.html(procedure.code),
            field: FragmentText.html(procedure.field),
            timeLimit: FragmentText.html(procedure.timeLimitText ?? "Đang cập nhật"),
            fee: FragmentText.html(procedure.fee ?? "Đang cập nhật"),
            filingPlace: FragmentText.html(ProcedurePlace.filing(procedure, site: site)),
            level: FragmentText.html(procedure.levels.label + " — " + procedure.levels.communeRole),
            filingScope: procedure.filingScope.map { FragmentText.html($0.sentence) },
            online: procedure.onlineLevel.map { FragmentText.html($0.rawValue) },
            appliesFrom: appliesFrom.map(FragmentText.html),
            sections: procedure.sections.compactMap { section in
                guard let rendered = try? markdown.render(section.markdown) else { return nil }
                return .init(title: FragmentText.html(section.title),
                             content: FragmentText.absolutized(rendered, page: pageURL, baseURL: baseURL))
            },
            qr: site.config.qrCodes ? FragmentImage(qrAt: CatalogRoutes.qrImage(procedure.code), baseURL: baseURL,
                                                    label: "Mã QR đến trang thủ tục \(procedure.code)") : nil,
            pageURL: pageURL,
            commune: HTMLEscape.text(site.config.commune),
            portalURL: site.config.portal.page(of: procedure))
    }

    func fieldList(_ group: Catalog.FieldGroup) -> FieldListFragmentView {
        FieldListFragmentView(
            frame: FragmentFrame(title: "Thủ tục hành chính lĩnh vực \(group.field)"),
            procedures: group.procedures.map { procedure in
                .init(code: FragmentText.html(procedure.code), name: HTMLEscape.text(procedure.name),
                      url: baseURL.absolute(procedure.sitePath),
                      timeLimit: FragmentText.html(procedure.timeLimitText ?? "Đang cập nhật"),
                      fee: FragmentText.html(procedure.fee ?? "Đang cập nhật"))
            })
    }
}

/// The `fragments/procedure` template: one procedure for the portal. Texts are HTML.
struct ProcedureFragmentView: TemplateView {
    struct Section: TemplateView {
        let title: String
        let content: String

        static let templateFields: TemplateFields<Self> = [
            .field("title", \.title),
            .field("content", \.content),
        ]
    }

    let frame: FragmentFrame
    let code, field, timeLimit, fee, filingPlace, level: String
    let filingScope, online, appliesFrom: String?
    let sections: [Section]
    let qr: FragmentImage?
    let pageURL: String
    let commune: String
    let portalURL: String

    static let templateFields: TemplateFields<Self> = [
        .merge(\.frame),
        .field("code", \.code),
        .field("field", \.field),
        .field("time_limit", \.timeLimit),
        .field("fee", \.fee),
        .field("filing_place", \.filingPlace),
        .field("level", \.level),
        .field("filing_scope", \.filingScope),
        .field("online", \.online),
        .field("applies_from", \.appliesFrom),
        .field("sections", \.sections),
        .field("qr", \.qr),
        .field("page_url", \.pageURL),
        .field("commune", \.commune),
        .field("portal_url", \.portalURL),
    ]
}

/// The `fragments/field-list` template: one field's procedures, linked. Texts are HTML.
struct FieldListFragmentView: TemplateView {
    struct Procedure: TemplateView {
        let code, name, url, timeLimit, fee: String

        static let templateFields: TemplateFields<Self> = [
            .field("code", \.code),
            .field("name", \.name),
            .field("url", \.url),
            .field("time_limit", \.timeLimit),
            .field("fee", \.fee),
        ]
    }

    let frame: FragmentFrame
    let procedures: [Procedure]

    static let templateFields: TemplateFields<Self> = [
        .merge(\.frame),
        .field("procedures", \.procedures),
    ]
}
