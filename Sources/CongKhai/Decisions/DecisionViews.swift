/// Template values for the decisions: the "Căn cứ" block of a procedure page and the
/// /quyet-dinh-cong-bo/ table.
enum DecisionViews {
    static func actionWords(_ action: AnnouncementDecision.Action) -> String {
        switch action {
        case .new: "công bố mới"
        case .amend: "sửa đổi, bổ sung"
        case .replace: "thay thế"
        case .abolish: "bãi bỏ"
        }
    }

    /// Values a procedure page adds: `decision` (the basis), and for an abolished one a
    /// notice saying since when, by which decision and what replaces it.
    static func procedure(_ procedure: Procedure, context: TemplateContext) -> [String: Any] {
        guard let lifecycle = procedure.lifecycle else { return [:] }
        var values: [String: Any] = [:]
        func link(_ decision: AnnouncementDecision) -> String { context.url(Routes.decisions) + "#" + decision.anchor }
        // An abolished procedure's notice already names the abolishing decision.
        if let basis = lifecycle.basis, lifecycle.abolishedBy == nil {
            var decision: [String: Any] = [
                "citation": basis.citation, "url": link(basis),
                "effective": basis.effective.vietnameseShort,
            ]
            if let action = lifecycle.basisAction { decision["action"] = actionWords(action) }
            if let since = lifecycle.amendedSince { decision["amended_since"] = since.vietnameseShort }
            values["decision"] = decision
        }
        if let (pending, action) = lifecycle.pending {
            values["decision_pending"] = [
                "citation": pending.citation, "url": link(pending), "action": actionWords(action),
                "effective": pending.effective.vietnameseShort,
            ]
        }
        if case .abolished(let since) = lifecycle.state, let by = lifecycle.abolishedBy {
            var notice = "Thủ tục này đã bị bãi bỏ từ ngày \(since.vietnameseShort) theo \(by.citation), không còn tiếp nhận hồ sơ."
            if let replacement = lifecycle.replacedBy {
                notice += " Thay bằng thủ tục \(replacement)."
                values["replaced_by"] = ["code": replacement, "url": context.url(Routes.procedure(replacement))]
            }
            values["notice"] = notice
        }
        return values
    }

    static func list(_ site: Site, context: TemplateContext) -> [String: Any] {
        let catalog = Dictionary(site.catalog.all.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        func code(_ code: String) -> [String: Any] {
            var values: [String: Any] = ["code": code]
            if let procedure = catalog[code] {
                values["name"] = procedure.name
                values["url"] = context.url(procedure.sitePath)
            }
            return values
        }
        let decisions = site.decisionProgress.reversed().map { progress -> [String: Any] in
            let decision = progress.decision
            var values: [String: Any] = [
                "anchor": decision.anchor, "number": decision.number, "citation": decision.citation,
                "issuer": decision.issuer, "signed": decision.signed.vietnameseShort,
                "effective": decision.effective.vietnameseShort, "deadline": progress.deadline.vietnameseShort,
                "entries": decision.entries.map { entry -> [String: Any] in
                    var values = code(entry.code)
                    values["action"] = actionWords(entry.action)
                    if let replacement = entry.replacement { values["replacement"] = code(replacement) }
                    return values
                },
            ]
            if let title = decision.title { values["title"] = title }
            if let source = decision.source { values["source"] = source }
            if let updated = progress.updated {
                values["updated"] = updated.vietnameseShort
                if progress.late { values["late"] = true }
            } else {
                values["pending"] = progress.pendingCodes.joined(separator: ", ")
                if site.asOf > progress.deadline { values["overdue"] = true }
            }
            return values
        }
        return ["decisions": decisions, "count": decisions.count]
    }
}
