import CongKhaiInput
import CongKhaiSite
import Templates

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

    /// What a procedure page adds: the decision it rests on, the one that will change it,
    /// and for an abolished one a notice saying since when, by which decision and what
    /// replaces it.
    static func procedure(_ procedure: Procedure, context: TemplateContext) -> ProcedureDecisions {
        var values = ProcedureDecisions()
        guard let lifecycle = procedure.lifecycle else { return values }
        func link(_ decision: AnnouncementDecision) -> String { context.url(DecisionRoutes.page) + "#" + decision.anchor }
        // An abolished procedure's notice already names the abolishing decision.
        if let basis = lifecycle.basis, lifecycle.abolishedBy == nil {
            values.decision = .init(citation: basis.citation, url: link(basis), effective: basis.effective.vietnameseShort,
                                    action: lifecycle.basisAction.map(actionWords),
                                    amendedSince: lifecycle.amendedSince?.vietnameseShort)
        }
        if let (pending, action) = lifecycle.pending {
            values.decisionPending = .init(citation: pending.citation, url: link(pending), effective: pending.effective.vietnameseShort,
                                           action: actionWords(action), amendedSince: nil)
        }
        if case .abolished(let since) = lifecycle.state, let by = lifecycle.abolishedBy {
            var notice = "Thủ tục này đã bị bãi bỏ từ ngày \(since.vietnameseShort) theo \(by.citation), không còn tiếp nhận hồ sơ."
            if let replacement = lifecycle.replacedBy {
                notice += " Thay bằng thủ tục \(replacement)."
                values.replacedBy = .init(code: replacement, name: nil, url: context.url(CatalogRoutes.procedure(replacement)))
            }
            values.notice = notice
        }
        return values
    }

    static func list(_ site: Site, context: TemplateContext) -> DecisionListView {
        let catalog = Dictionary(site.catalog.all.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        func code(_ code: String) -> DecisionListView.ProcedureLink {
            let procedure = catalog[code]
            return .init(code: code, name: procedure?.name, url: procedure.map { context.url($0.sitePath) })
        }
        let decisions = site.decisionProgress.reversed().map { progress in
            let decision = progress.decision
            return DecisionListView.Decision(
                anchor: decision.anchor, number: decision.number, citation: decision.citation,
                issuer: decision.issuer, signed: decision.signed.vietnameseShort,
                effective: decision.effective.vietnameseShort, deadline: progress.deadline.vietnameseShort,
                entries: decision.entries.map { entry in
                    let link = code(entry.code)
                    return .init(code: link.code, name: link.name, url: link.url, action: actionWords(entry.action),
                                 replacement: entry.replacement.map(code))
                },
                title: decision.title, source: decision.source,
                updated: progress.updated?.vietnameseShort,
                late: progress.updated != nil && progress.late,
                pending: progress.updated == nil ? progress.pendingCodes.joined(separator: ", ") : nil,
                overdue: progress.updated == nil && site.asOf > progress.deadline)
        }
        return DecisionListView(decisions: decisions, count: decisions.count)
    }
}

/// The decisions block of a procedure page (`procedure` layout).
struct ProcedureDecisions: Sendable {
    struct Decision: Sendable {
        let citation: String
        let url: String
        let effective: String
        let action: String?
        let amendedSince: String?
    }

    var decision: Decision?
    var decisionPending: Decision?
    var replacedBy: DecisionListView.ProcedureLink?
    var notice: String?
}

/// The `decisions` layout: every announcement decision, newest first, with its progress.
struct DecisionListView: Sendable {
    struct ProcedureLink: Sendable {
        let code: String
        let name: String?
        let url: String?
    }

    struct Entry: Sendable {
        let code: String
        let name: String?
        let url: String?
        let action: String
        let replacement: ProcedureLink?
    }

    struct Decision: Sendable {
        let anchor: String
        let number: String
        let citation: String
        let issuer: String
        let signed: String
        let effective: String
        let deadline: String
        let entries: [Entry]
        let title: String?
        let source: String?
        let updated: String?
        let late: Bool
        let pending: String?
        let overdue: Bool
    }

    let decisions: [Decision]
    let count: Int
}

// MARK: - Template fields

extension ProcedureDecisions.Decision: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("citation", \.citation),
        .field("url", \.url),
        .field("effective", \.effective),
        .field("action", \.action),
        .field("amended_since", \.amendedSince),
    ]
}

extension DecisionListView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("decisions", \.decisions),
        .field("count", \.count),
    ]
}

extension DecisionListView.ProcedureLink: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("code", \.code),
        .field("name", \.name),
        .field("url", \.url),
    ]
}

extension DecisionListView.Entry: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("code", \.code),
        .field("name", \.name),
        .field("url", \.url),
        .field("action", \.action),
        .field("replacement", \.replacement),
    ]
}

extension DecisionListView.Decision: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("anchor", \.anchor),
        .field("number", \.number),
        .field("citation", \.citation),
        .field("issuer", \.issuer),
        .field("signed", \.signed),
        .field("effective", \.effective),
        .field("deadline", \.deadline),
        .field("entries", \.entries),
        .field("title", \.title),
        .field("source", \.source),
        .field("updated", \.updated),
        .field("late", \.late),
        .field("pending", \.pending),
        .field("overdue", \.overdue),
    ]
}
