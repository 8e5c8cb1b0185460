import CongKhaiCore
import CongKhaiEncoding
import CongKhaiInput
import CongKhaiMarkdown
import CongKhaiSite
import Foundation

/// Template values for the catalog pages, built from typed procedures.
struct ProcedureViews: Sendable {
    let context: TemplateContext
    let markdown: MarkdownRenderer

    private var site: Site { context.site }
    private var qrCodes: ProcedureQRCodes { site.procedureQRCodes }

    /// The list carries no QR code per item: a phone cannot scan its own screen, and 350
    /// inline codes made the page ten times heavier. Codes stay on the posters and sheets.
    /// The list page. Split, it lists the fields with their counts and links to each field's
    /// page; the search box then shows its results itself (from the index's names and links).
    func list(_ catalog: Catalog, split: Bool = false) -> ProcedureListView {
        ProcedureListView(
            groups: catalog.groups.map { group in
                ProcedureListView.Group(
                    field: group.field, anchor: Self.anchor(field: group.field), count: group.procedures.count,
                    pageURL: split ? context.url(CatalogRoutes.field(group.field)) : nil,
                    procedures: split ? nil : group.procedures.map { summary($0, qr: nil) })
            },
            total: catalog.inForce.count,
            fieldCount: catalog.groups.count,
            searchIndex: context.url(CatalogRoutes.searchIndex),
            postersURL: context.url(CatalogRoutes.posters),
            split: split,
            upcoming: catalog.upcoming.map { summary($0, qr: nil) })
    }

    /// One field's page of a split list: the same layout, with that field only.
    func fieldList(_ group: Catalog.FieldGroup) -> ProcedureListView {
        ProcedureListView(
            groups: [.init(field: group.field, anchor: Self.anchor(field: group.field), count: group.procedures.count,
                           pageURL: nil, procedures: group.procedures.map { summary($0, qr: nil) })],
            total: group.procedures.count,
            fieldCount: 1,
            searchIndex: context.url(CatalogRoutes.searchIndex),
            postersURL: context.url(CatalogRoutes.posters),
            fieldPage: true,
            listURL: context.url(CatalogRoutes.list) + "#" + Self.anchor(field: group.field))
    }

    static func anchor(field: String) -> String { "linh-vuc-\(Slug.make(field))" }

    /// A fact as a list or sheet prints it: "Đang cập nhật" while the procedure is in force and
    /// the fact is missing; for a withdrawn one, that it no longer applies.
    static func fact(_ value: String?, withdrawn: Bool) -> String {
        value ?? (withdrawn ? "Không còn áp dụng" : "Đang cập nhật")
    }

    func summary(_ procedure: Procedure, qr placement: QRPlacement?) -> ProcedureSummary {
        var effectiveFrom: CivilDate?
        if case .upcoming(let from) = procedure.availability(on: site.asOf) { effectiveFrom = from }
        let code = placement == nil ? nil : qrCodes[procedure]
        let withdrawn = procedure.availability(on: site.asOf) == .withdrawn
        return ProcedureSummary(
            code: procedure.code, name: procedure.name, field: procedure.field,
            url: context.url(procedure.sitePath),
            timeLimit: Self.fact(procedure.timeLimitText, withdrawn: withdrawn),
            fee: Self.fact(procedure.fee, withdrawn: withdrawn),
            sheetURL: context.url(CatalogRoutes.printSheet(procedure.code)),
            online: procedure.onlineLevel.map { .init(label: $0.rawValue, full: $0 == .full) },
            level: procedure.levels.listLabel,
            effectiveFrom: DateView(effectiveFrom),
            posted: DateView(site.publishedCodes.postedSince(procedure.code)),
            qr: code.flatMap { code in placement.map { qrHTML(code, procedure: procedure, placement: $0) } },
            qrURL: code?.payload)
    }

    private func qrHTML(_ code: ProcedureQRCode, procedure: Procedure, placement: QRPlacement) -> String {
        QRSVG.inline(path: code.path, size: code.size, label: "Mã QR đến trang thủ tục \(procedure.code)",
                     payload: code.payload, placement: placement)
    }

    func detail(_ procedure: Procedure) -> ProcedureDetailView {
        // What a citizen at the counter or on a phone asks first: how long, how much, where.
        // The documents to bring follow right after, then the filing buttons; the reference
        // facts (code, field, legal basis…) and the page's own QR code come last.
        let agency = site.config.agency
        let availability = procedure.availability(on: site.asOf)
        var keyFacts: [ProcedureDetailView.Fact] = []
        // A withdrawn procedure takes no more dossiers: no place or hours to file, and no
        // "Đang cập nhật" for facts nobody will ever update (its limit and fee, if the record
        // kept them, are shown as they were).
        if availability == .withdrawn {
            if let limit = procedure.timeLimitText { keyFacts.append(.init(label: "Thời hạn giải quyết (khi còn áp dụng)", value: limit)) }
            if let fee = procedure.fee { keyFacts.append(.init(label: "Phí, lệ phí (khi còn áp dụng)", value: fee)) }
        } else {
            keyFacts.append(.init(label: "Thời hạn giải quyết", value: procedure.timeLimitText ?? "Đang cập nhật"))
            keyFacts.append(.init(label: "Phí, lệ phí", value: procedure.fee ?? "Đang cập nhật"))
            keyFacts.append(.init(label: "Nơi nộp hồ sơ", value: filingPlace(procedure)))
            if let scope = procedure.filingScope { keyFacts.append(.init(label: "Nộp ở nơi khác", value: scope.sentence)) }
            keyFacts.append(.init(label: "Giờ tiếp nhận", value: agency.workingHours))
            if let level = procedure.onlineLevel {
                keyFacts.append(.init(label: "Nộp trực tuyến", value: "Được, dịch vụ công trực tuyến \(level.rawValue)"))
            }
        }

        var facts: [ProcedureDetailView.Fact] = [
            .init(label: "Mã thủ tục", value: procedure.code),
            .init(label: "Lĩnh vực", value: procedure.field),
            .init(label: "Cấp thực hiện", value: procedure.levels.label),
            .init(label: "Vai trò của xã", value: procedure.levels.communeRole),
        ]
        func add(_ label: String, _ value: String?) {
            if let value, !value.isEmpty { facts.append(.init(label: label, value: value)) }
        }
        // Never the commune's committee in its place: many procedures are resolved elsewhere.
        // A section of the detail record about the agency says it in full instead.
        if procedure.agency != nil || (availability != .withdrawn && !Self.hasAgencySection(procedure)) {
            add("Cơ quan thực hiện", procedure.agency ?? Self.notGiven)
        }
        add("Địa điểm thực hiện", procedure.place)
        add("Cơ quan ban hành", procedure.issuer)
        add("Căn cứ pháp lý", procedure.legalBasis)
        add("Quyết định công bố", procedure.decision)
        add("Hiệu lực từ", procedure.effectiveFrom?.vietnameseShort)
        add("Hiệu lực đến", procedure.effectiveUntil?.vietnameseShort)
        add("Nguồn dữ liệu", procedure.source)
        add("Ghi chú", procedure.note)

        let documentsIndex = ProcedureDocuments.index(in: procedure.sections)
        var documents: ProcedureSection?
        var sections: [ProcedureSection] = []
        for (index, section) in procedure.sections.enumerated() {
            let view = ProcedureSection(id: "muc-\(index + 1)", title: section.title.nonEmpty,
                                        content: (try? markdown.render(section.markdown)) ?? "")
            if index == documentsIndex { documents = view } else { sections.append(view) }
        }
        // Forms and conditions given as columns (names, and links where the national database
        // gives them, in Markdown) are sections like the detail file's own.
        for (label, value) in [("Mẫu đơn, tờ khai", procedure.forms), ("Yêu cầu, điều kiện", procedure.conditions)] {
            guard let value, !procedure.sections.contains(where: { $0.title == label }) else { continue }
            sections.append(ProcedureSection(id: "muc-\(procedure.sections.count + sections.count + 1)", title: label,
                                             content: (try? markdown.render(value)) ?? ""))
        }
        var fieldURL = context.url(CatalogRoutes.list)
        var notice: String?
        switch availability {
        case .inForce:
            fieldURL += "#" + Self.anchor(field: procedure.field)
        case .upcoming(let from):
            notice = "Thủ tục này có hiệu lực từ \(from.vietnameseShort); trước ngày đó hãy hỏi \(site.deskName)."
        case .withdrawn:
            notice = procedure.status == .abolished || procedure.effectiveUntil == nil
                ? "Thủ tục này đã bị bãi bỏ, không còn tiếp nhận hồ sơ."
                : "Thủ tục này hết hiệu lực từ sau ngày \(procedure.effectiveUntil!.vietnameseShort), không còn tiếp nhận hồ sơ."
        }
        let decisions = DecisionViews.procedure(procedure, context: context)
        return ProcedureDetailView(summary: summary(procedure, qr: .detail), details: .init(
            keyFacts: keyFacts, hasKeyFacts: !keyFacts.isEmpty, facts: facts, documents: documents, sections: sections, fieldURL: fieldURL,
            // An abolishing decision's notice says more than the dates alone.
            notice: decisions.notice ?? notice,
            withdrawn: availability == .withdrawn,
            decision: decisions.decision, decisionPending: decisions.decisionPending, replacedBy: decisions.replacedBy,
            portalURL: site.config.portal.page(of: procedure),
            portalByID: procedure.formalityId != nil,
            jsonLD: jsonLD(procedure)))
    }

    static let notGiven = "Chưa ghi (danh mục không ghi cơ quan thực hiện)"

    static func hasAgencySection(_ procedure: Procedure) -> Bool {
        procedure.sections.contains { VietnameseFolding.key($0.title, separator: " ").contains("co quan") }
    }

    func filingPlace(_ procedure: Procedure) -> String { ProcedurePlace.filing(procedure, site: site) }

    /// schema.org GovernmentService, inside a <script> element (`JSONText` escapes "<").
    func jsonLD(_ procedure: Procedure) -> String {
        let agency = site.config.agency
        var service: [String: JSONText] = [
            "@context": .string("https://schema.org"),
            "@type": .string("GovernmentService"),
            "name": .string(procedure.name),
            "identifier": .string(procedure.code),
            "serviceType": .string(procedure.field),
            // The desk where it is filed is the commune's; the agency is named only when given.
            "provider": .object([
                "@type": .string("GovernmentOrganization"),
                "name": .string(procedure.agency ?? site.deskName),
                "address": .string(agency.address),
                "telephone": .string(agency.phone),
                "email": .string(agency.email),
            ]),
            "areaServed": .object(["@type": .string("AdministrativeArea"),
                                   "name": .string("\(site.config.commune), \(site.config.province)")]),
            "availableChannel": .object([
                "@type": .string("ServiceChannel"),
                "serviceUrl": .string(site.config.portal.page(of: procedure)),
                "availableLanguage": .string("vi"),
            ]),
        ]
        if let baseURL = site.config.baseURL { service["url"] = .string(baseURL.absolute(procedure.sitePath)) }
        return JSONText.object(service).serialized
    }

    func posters(_ sheets: [PosterLayout.Sheet]) -> PostersView {
        qrCodes.prepare(sheets.flatMap(\.procedures))
        return PostersView(
            sheets: sheets.map { sheet in
                PostersView.Sheet(
                    groups: sheet.groups.map { group in
                        .init(field: group.field, procedures: group.procedures.map { summary($0, qr: .poster) },
                              upcoming: group.upcoming, part: group.parts > 1 ? "tờ \(group.part)/\(group.parts)" : nil)
                    },
                    lastPosted: DateView(sheet.procedures.compactMap { site.publishedCodes.postedSince($0.code) }.max()),
                    fields: sheet.groups.map(\.field).joined(separator: ", "),
                    shared: sheet.groups.count > 1)
            },
            sheetCount: sheets.count)
    }

    /// The single sheet for the desk: the facts, the page's QR code, and the documents to bring
    /// when the detail file lists them.
    func sheet(_ procedure: Procedure) -> PrintSheetView {
        let documents = ProcedureDocuments.index(in: procedure.sections).map { index in
            let section = procedure.sections[index]
            return ProcedureSection(id: nil, title: section.title, content: (try? markdown.render(section.markdown)) ?? "")
        }
        let fit = PrintSheetFit.of(procedure)
        let decision = procedure.lifecycle?.basis.map { "\($0.citation), hiệu lực từ \($0.effective.vietnameseShort)" }
        return PrintSheetView(procedure: .init(summary: summary(procedure, qr: .sheet),
                                               portalURL: site.config.portal.page(of: procedure), documents: documents,
                                               compact: fit == .compact, continued: fit == .twoSheets, decision: decision))
    }
}
