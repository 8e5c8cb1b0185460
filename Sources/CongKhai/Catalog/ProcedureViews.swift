import Foundation

/// Template values for the catalog pages, built from typed procedures.
struct ProcedureViews: @unchecked Sendable {
    let context: TemplateContext
    let markdown: MarkdownRenderer
    let qrCodes: ProcedureQRCodes

    private var site: Site { context.site }

    func list(_ catalog: Catalog) -> [String: Any] {
        qrCodes.prepare(catalog.inForce + catalog.upcoming)
        var values: [String: Any] = [
            "groups": catalog.groups.enumerated().map { index, group in
                [
                    "field": group.field,
                    "anchor": Self.anchor(field: group.field),
                    "count": group.procedures.count,
                    "procedures": group.procedures.map { summary($0, qr: .list) },
                ] as [String: Any]
            },
            "total": catalog.inForce.count,
            "field_count": catalog.groups.count,
            "search_index": context.url(CatalogRenderer.searchIndexPath),
            "posters_url": context.url(CatalogRenderer.postersPath),
        ]
        if !catalog.upcoming.isEmpty {
            values["has_upcoming"] = true
            values["upcoming"] = catalog.upcoming.map { summary($0, qr: .list) }
        }
        return values
    }

    static func anchor(field: String) -> String { "linh-vuc-\(Slug.make(field))" }

    func summary(_ procedure: Procedure, qr placement: QRPlacement) -> [String: Any] {
        var values: [String: Any] = [
            "code": procedure.code, "name": procedure.name, "field": procedure.field,
            "url": context.url(procedure.sitePath),
            "time_limit": procedure.timeLimit ?? "Đang cập nhật",
            "fee": procedure.fee ?? "Đang cập nhật",
            "sheet_url": context.url("\(CatalogRenderer.postersPath)\(procedure.code)/"),
        ]
        if let level = procedure.onlineLevel {
            values["online"] = ["label": level.rawValue, "full": level == .full]
        }
        if procedure.level == .provinceAtCommune { values["level"] = procedure.level.rawValue }
        if case .upcoming(let from) = procedure.availability(on: site.asOf) {
            values["effective_from"] = TemplateContext.date(from)
        }
        if let code = qrCodes[procedure] {
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
        var facts: [[String: Any]] = [
            ["label": "Mã thủ tục", "value": procedure.code],
            ["label": "Lĩnh vực", "value": procedure.field],
            ["label": "Cấp thực hiện", "value": procedure.level.rawValue],
        ]
        func add(_ label: String, _ value: String?) {
            if let value, !value.isEmpty { facts.append(["label": label, "value": value]) }
        }
        add("Cơ quan thực hiện", procedure.agency ?? site.config.agency.name)
        facts.append(["label": "Thời hạn giải quyết", "value": procedure.timeLimit ?? "Đang cập nhật"])
        facts.append(["label": "Phí, lệ phí", "value": procedure.fee ?? "Đang cập nhật"])
        add("Mức độ dịch vụ công trực tuyến", procedure.onlineLevel?.rawValue)
        add("Căn cứ pháp lý", procedure.legalBasis)
        add("Quyết định công bố", procedure.decision)
        add("Hiệu lực từ", procedure.effectiveFrom?.vietnameseShort)
        add("Hiệu lực đến", procedure.effectiveUntil?.vietnameseShort)
        add("Nguồn dữ liệu", procedure.source)
        values["facts"] = facts

        values["sections"] = procedure.sections.enumerated().map { index, section -> [String: Any] in
            var sectionValues: [String: Any] = [
                "id": "muc-\(index + 1)",
                "content": (try? markdown.render(section.markdown)) ?? "",
            ]
            if !section.title.isEmpty { sectionValues["title"] = section.title }
            return sectionValues
        }
        values["field_url"] = context.url(CatalogRenderer.listPath)
        switch procedure.availability(on: site.asOf) {
        case .inForce:
            values["field_url"] = context.url(CatalogRenderer.listPath) + "#" + Self.anchor(field: procedure.field)
        case .upcoming(let from):
            values["notice"] = "Thủ tục này có hiệu lực từ \(from.vietnameseShort); trước ngày đó hãy hỏi \(site.deskName)."
        case .withdrawn:
            values["withdrawn"] = true
            values["notice"] = procedure.status == .abolished || procedure.effectiveUntil == nil
                ? "Thủ tục này đã bị bãi bỏ, không còn tiếp nhận hồ sơ."
                : "Thủ tục này hết hiệu lực từ sau ngày \(procedure.effectiveUntil!.vietnameseShort), không còn tiếp nhận hồ sơ."
        }
        values.merge(DecisionViews.procedure(procedure, context: context)) { _, decision in decision }
        values["portal_url"] = portalURL(procedure)
        values["portal_by_id"] = procedure.formalityId != nil
        values["json_ld"] = jsonLD(procedure)
        return values
    }

    /// The formalityId link when known; else the portal's search with the code, because the
    /// old `?ma_thu_tuc=<code>` links are dead.
    func portalURL(_ procedure: Procedure) -> String {
        let portal = site.config.portal
        if let id = procedure.formalityId {
            return Self.fill(portal.procedureURL, "{formalityId}", with: id)
        }
        let code = procedure.code.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? procedure.code
        return Self.fill(portal.searchURL, "{code}", with: code)
    }

    /// Replaces a placeholder; split and joined by the standard library, since Foundation's
    /// `replacingOccurrences` goes through NSString on Linux, twice per procedure page.
    static func fill(_ pattern: String, _ placeholder: String, with value: String) -> String {
        pattern.split(separator: placeholder, omittingEmptySubsequences: false).joined(separator: value)
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
                "serviceUrl": .string(portalURL(procedure)),
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
                var values: [String: Any] = [
                    "field": sheet.field,
                    "procedures": sheet.procedures.map { summary($0, qr: .poster) },
                    "upcoming": sheet.upcoming,
                ]
                if sheet.parts > 1 { values["part"] = "tờ \(sheet.part)/\(sheet.parts)" }
                return values
            },
            "sheet_count": sheets.count,
        ]
    }

    func sheet(_ procedure: Procedure) -> [String: Any] {
        var values = summary(procedure, qr: .sheet)
        values["portal_url"] = portalURL(procedure)
        return ["procedure": values]
    }
}
