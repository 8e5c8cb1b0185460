import Foundation

/// Template values for the catalog pages, built from typed procedures.
struct ProcedureViews: @unchecked Sendable {
    let context: TemplateContext
    let markdown: MarkdownRenderer
    let qrCodes: ProcedureQRCodes

    private var site: Site { context.site }

    /// The list carries no QR code per item: a phone cannot scan its own screen, and 350
    /// inline codes made the page ten times heavier. Codes stay on the posters and sheets.
    /// The list page. Split, it lists the fields with their counts and links to each field's
    /// page; the search box then shows its results itself (from the index's names and links).
    func list(_ catalog: Catalog, split: Bool = false) -> [String: Any] {
        var values: [String: Any] = [
            "groups": catalog.groups.enumerated().map { index, group in
                var values: [String: Any] = [
                    "field": group.field,
                    "anchor": Self.anchor(field: group.field),
                    "count": group.procedures.count,
                ]
                if split {
                    values["page_url"] = context.url(Routes.catalogField(group.field))
                } else {
                    values["procedures"] = group.procedures.map { summary($0, qr: nil) }
                }
                return values
            },
            "total": catalog.inForce.count,
            "field_count": catalog.groups.count,
            "search_index": context.url(Routes.searchIndex),
            "posters_url": context.url(Routes.posters),
        ]
        if split { values["split"] = true }
        if !catalog.upcoming.isEmpty {
            values["has_upcoming"] = true
            values["upcoming"] = catalog.upcoming.map { summary($0, qr: nil) }
        }
        return values
    }

    /// One field's page of a split list: the same layout, with that field only.
    func fieldList(_ group: Catalog.FieldGroup, catalog: Catalog) -> [String: Any] {
        [
            "groups": [[
                "field": group.field,
                "anchor": Self.anchor(field: group.field),
                "count": group.procedures.count,
                "procedures": group.procedures.map { summary($0, qr: nil) },
            ] as [String: Any]],
            "field_page": true,
            "list_url": context.url(Routes.catalog) + "#" + Self.anchor(field: group.field),
            "total": group.procedures.count,
            "field_count": 1,
            "search_index": context.url(Routes.searchIndex),
            "posters_url": context.url(Routes.posters),
        ]
    }

    static func anchor(field: String) -> String { "linh-vuc-\(Slug.make(field))" }

    func summary(_ procedure: Procedure, qr placement: QRPlacement?) -> [String: Any] {
        var values: [String: Any] = [
            "code": procedure.code, "name": procedure.name, "field": procedure.field,
            "url": context.url(procedure.sitePath),
            "time_limit": procedure.timeLimit ?? "Đang cập nhật",
            "fee": procedure.fee ?? "Đang cập nhật",
            "sheet_url": context.url(Routes.printSheet(procedure.code)),
        ]
        if let level = procedure.onlineLevel {
            values["online"] = ["label": level.rawValue, "full": level == .full]
        }
        if procedure.level == .provinceAtCommune { values["level"] = procedure.level.rawValue }
        if case .upcoming(let from) = procedure.availability(on: site.asOf) {
            values["effective_from"] = TemplateContext.date(from)
        }
        if let placement, let code = qrCodes[procedure] {
            values["qr"] = qrHTML(code, procedure: procedure, placement: placement)
            values["qr_url"] = code.payload
        }
        return values
    }

    private func qrHTML(_ code: ProcedureQRCode, procedure: Procedure, placement: QRPlacement) -> String {
        QRSVG.inline(path: code.path, size: code.size, label: "Mã QR đến trang thủ tục \(procedure.code)",
                     payload: code.payload, placement: placement)
    }

    func detail(_ procedure: Procedure) -> [String: Any] {
        var values = summary(procedure, qr: .detail)
        // What a citizen at the counter or on a phone asks first: how long, how much, where.
        // The documents to bring follow right after, then the filing buttons; the reference
        // facts (code, field, legal basis…) and the page's own QR code come last.
        let agency = site.config.agency
        var keyFacts: [[String: Any]] = [
            ["label": "Thời hạn giải quyết", "value": procedure.timeLimit ?? "Đang cập nhật"],
            ["label": "Phí, lệ phí", "value": procedure.fee ?? "Đang cập nhật"],
        ]
        // A withdrawn procedure takes no more dossiers: no place or hours to file.
        if procedure.availability(on: site.asOf) != .withdrawn {
            keyFacts.append(["label": "Nơi nộp hồ sơ", "value": "\(site.deskName) (\(agency.name)), \(agency.address)"])
            keyFacts.append(["label": "Giờ tiếp nhận", "value": agency.workingHours])
            if let level = procedure.onlineLevel {
                keyFacts.append(["label": "Nộp trực tuyến", "value": "Được, dịch vụ công trực tuyến \(level.rawValue)"])
            }
        }
        values["key_facts"] = keyFacts

        var facts: [[String: Any]] = [
            ["label": "Mã thủ tục", "value": procedure.code],
            ["label": "Lĩnh vực", "value": procedure.field],
            ["label": "Cấp thực hiện", "value": procedure.level.rawValue],
        ]
        func add(_ label: String, _ value: String?) {
            if let value, !value.isEmpty { facts.append(["label": label, "value": value]) }
        }
        add("Cơ quan thực hiện", procedure.agency ?? agency.name)
        add("Căn cứ pháp lý", procedure.legalBasis)
        add("Quyết định công bố", procedure.decision)
        add("Hiệu lực từ", procedure.effectiveFrom?.vietnameseShort)
        add("Hiệu lực đến", procedure.effectiveUntil?.vietnameseShort)
        add("Nguồn dữ liệu", procedure.source)
        values["facts"] = facts

        let documentsIndex = ProcedureDocuments.index(in: procedure.sections)
        var sections: [[String: Any]] = []
        for (index, section) in procedure.sections.enumerated() {
            var sectionValues: [String: Any] = [
                "id": "muc-\(index + 1)",
                "content": (try? markdown.render(section.markdown)) ?? "",
            ]
            if !section.title.isEmpty { sectionValues["title"] = section.title }
            if index == documentsIndex { values["documents"] = sectionValues } else { sections.append(sectionValues) }
        }
        values["sections"] = sections
        values["field_url"] = context.url(Routes.catalog)
        switch procedure.availability(on: site.asOf) {
        case .inForce:
            values["field_url"] = context.url(Routes.catalog) + "#" + Self.anchor(field: procedure.field)
        case .upcoming(let from):
            values["notice"] = "Thủ tục này có hiệu lực từ \(from.vietnameseShort); trước ngày đó hãy hỏi \(site.deskName)."
        case .withdrawn:
            values["withdrawn"] = true
            values["notice"] = procedure.status == .abolished || procedure.effectiveUntil == nil
                ? "Thủ tục này đã bị bãi bỏ, không còn tiếp nhận hồ sơ."
                : "Thủ tục này hết hiệu lực từ sau ngày \(procedure.effectiveUntil!.vietnameseShort), không còn tiếp nhận hồ sơ."
        }
        values.merge(DecisionViews.procedure(procedure, context: context)) { _, decision in decision }
        values["portal_url"] = site.config.portal.page(of: procedure)
        values["portal_by_id"] = procedure.formalityId != nil
        values["json_ld"] = jsonLD(procedure)
        return values
    }

    /// schema.org GovernmentService, inside a <script> element (`JSONText` escapes "<").
    func jsonLD(_ procedure: Procedure) -> String {
        let agency = site.config.agency
        var service: [String: JSONText] = [
            "@context": .string("https://schema.org"),
            "@type": .string("GovernmentService"),
            "name": .string(procedure.name),
            "identifier": .string(procedure.code),
            "serviceType": .string(procedure.field),
            "provider": .object([
                "@type": .string("GovernmentOrganization"),
                "name": .string(procedure.agency ?? agency.name),
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

    func posters(_ sheets: [PosterLayout.Sheet]) -> [String: Any] {
        qrCodes.prepare(sheets.flatMap(\.procedures))
        return [
            "sheets": sheets.map { sheet -> [String: Any] in
                let groups = sheet.groups.map { group -> [String: Any] in
                    var values: [String: Any] = [
                        "field": group.field,
                        "procedures": group.procedures.map { summary($0, qr: .poster) },
                        "upcoming": group.upcoming,
                    ]
                    if group.parts > 1 { values["part"] = "tờ \(group.part)/\(group.parts)" }
                    return values
                }
                return [
                    "groups": groups,
                    "fields": sheet.groups.map(\.field).joined(separator: ", "),
                    "shared": sheet.groups.count > 1,
                ]
            },
            "sheet_count": sheets.count,
        ]
    }

    /// The single sheet for the desk: the facts, the page's QR code, and the documents to bring
    /// when the detail file lists them.
    func sheet(_ procedure: Procedure) -> [String: Any] {
        var values = summary(procedure, qr: .sheet)
        values["portal_url"] = site.config.portal.page(of: procedure)
        if let index = ProcedureDocuments.index(in: procedure.sections) {
            let section = procedure.sections[index]
            values["documents"] = [
                "title": section.title,
                "content": (try? markdown.render(section.markdown)) ?? "",
            ]
        }
        return ["procedure": values]
    }
}
