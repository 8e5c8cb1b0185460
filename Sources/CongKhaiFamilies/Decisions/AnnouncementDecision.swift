import CongKhaiCore
import CongKhaiInput
import CongKhaiSite
import Templates

/// One "Quyết định công bố" of the province: the decision that announces procedures new,
/// amends them, replaces them with other codes or abolishes them, with the date each change
/// takes effect. Decisions, not the catalog's own columns, are the legal source of a
/// procedure's lifecycle.
public struct AnnouncementDecision: Sendable {
    public enum Action: String, Sendable, CaseIterable {
        case new = "Công bố mới"
        case amend = "Sửa đổi, bổ sung"
        case replace = "Thay thế"
        case abolish = "Bãi bỏ"
    }

    /// One code the decision acts on. For `.replace`, `code` is the procedure replaced and
    /// `replacement` the code that replaces it.
    public struct Entry: Sendable {
        public let code: String
        public let action: Action
        public let replacement: String?
        public let location: SourceLocation
    }

    /// "1234/QĐ-UBND" as written.
    public let number: String
    public let signed: CivilDate
    public let effective: CivilDate
    public let issuer: String
    public let title: String?
    /// Where the decision can be read (the province gazette, the national database record).
    public let source: String?
    public let entries: [Entry]
    public let location: SourceLocation

    /// "Quyết định số 1234/QĐ-UBND ngày 05/06/2026 của Chủ tịch UBND tỉnh Quảng Ngãi".
    public var citation: String {
        "Quyết định số \(number) ngày \(signed.vietnameseShort) của \(issuer)"
    }

    /// The page of the decision under /quyet-dinh-cong-bo/.
    public var anchor: String { "qd-" + Slug.make(number) }
}

/// Every decision of the site, oldest first, with each code's decisions.
public struct DecisionBook: Sendable {
    public let decisions: [AnnouncementDecision]
    /// The file the decisions were read from, for diagnostics about the whole table.
    public let file: String?

    /// Each code's (decision index, entry index) pairs, built once: the catalog asks for every
    /// procedure's events, and a national catalog has tens of thousands of codes.
    private let eventIndex: [String: [(Int, Int)]]

    public init(decisions: [AnnouncementDecision], file: String?) {
        self.decisions = decisions
        self.file = file
        var index: [String: [(Int, Int)]] = [:]
        for (d, decision) in decisions.enumerated() {
            for (e, entry) in decision.entries.enumerated() {
                index[entry.code, default: []].append((d, e))
                if let replacement = entry.replacement, replacement != entry.code { index[replacement, default: []].append((d, e)) }
            }
        }
        eventIndex = index
    }

    public static let empty = DecisionBook(decisions: [], file: nil)

    public var isEmpty: Bool { decisions.isEmpty }

    /// Each (decision, entry) that concerns `code`, as the replaced or the replacing code,
    /// ordered by effective date then signing date.
    public func events(for code: String) -> [(decision: AnnouncementDecision, entry: AnnouncementDecision.Entry)] {
        let events = (eventIndex[code] ?? []).map { (decisions[$0.0], decisions[$0.0].entries[$0.1]) }
        return events.sorted { ($0.0.effective, $0.0.signed, $0.0.number) < ($1.0.effective, $1.0.signed, $1.0.number) }
    }

    /// Every code a decision names, as acted on or as replacement.
    public var codes: Set<String> { Set(eventIndex.keys) }
}
