import CongKhaiCore
import CongKhaiInput

/// What the announcement decisions say of one procedure on the as-of date.
public struct ProcedureLifecycle: Sendable {
    public enum State: Sendable, Equatable {
        case inForce
        case upcoming(from: CivilDate)
        case abolished(since: CivilDate)
    }

    public let state: State
    /// The decision the page cites as "Căn cứ": the latest one in effect that announced or
    /// amended the procedure (or abolished it, once abolished).
    public let basis: AnnouncementDecision?
    public let basisAction: AnnouncementDecision.Action?
    /// In force, amended by a decision that took effect on this date.
    public let amendedSince: CivilDate?
    /// Abolished or replaced: by which decision, and the code that replaces it.
    public let abolishedBy: AnnouncementDecision?
    public let replacedBy: String?
    /// An abolition or amendment signed but not yet in effect.
    public let pending: (decision: AnnouncementDecision, action: AnnouncementDecision.Action)?

    /// The lifecycle of `code` from its decisions; nil when no decision names it.
    public static func derive(code: String, book: DecisionBook, asOf: CivilDate) -> ProcedureLifecycle? {
        let events = book.events(for: code)
        guard !events.isEmpty else { return nil }
        var announcedFrom: CivilDate?
        var basis: (AnnouncementDecision, AnnouncementDecision.Action)?
        var amendedSince: CivilDate?
        var abolished: (AnnouncementDecision, String?)?
        var pending: (AnnouncementDecision, AnnouncementDecision.Action)?
        for (decision, entry) in events {
            // A replacement announces the new code and abolishes the old one.
            let action: AnnouncementDecision.Action = entry.action == .replace && entry.replacement == code && entry.code != code
                ? .new : entry.action
            let inEffect = decision.effective <= asOf
            switch action {
            case .new:
                if announcedFrom == nil || abolished != nil {
                    announcedFrom = decision.effective
                    abolished = nil
                    amendedSince = nil
                }
                if inEffect { basis = (decision, .new) }
            case .amend:
                if inEffect {
                    basis = (decision, .amend)
                    amendedSince = decision.effective
                } else if pending == nil {
                    pending = (decision, .amend)
                }
            case .replace, .abolish:
                if inEffect {
                    abolished = (decision, action == .replace ? entry.replacement : nil)
                } else if pending == nil || pending?.1 == .amend {
                    pending = (decision, action)
                }
            }
        }
        let state: State
        if let (decision, _) = abolished {
            state = .abolished(since: decision.effective)
        } else if let from = announcedFrom, asOf < from {
            state = .upcoming(from: from)
        } else {
            state = .inForce
        }
        return ProcedureLifecycle(state: state, basis: abolished?.0 ?? basis?.0, basisAction: abolished != nil ? nil : basis?.1,
                                  amendedSince: abolished == nil ? amendedSince : nil, abolishedBy: abolished?.0,
                                  replacedBy: abolished?.1, pending: pending.map { (decision: $0.0, action: $0.1) })
    }
}
