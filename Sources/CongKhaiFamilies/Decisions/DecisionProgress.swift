import CongKhaiCore

/// Whether the site shows what one decision changed, and by when it had to (seed 002: the
/// procedures a decision announces are published on the commune's site "trong thời hạn 05
/// (năm) ngày làm việc kể từ ngày quyết định công bố … được ban hành").
public struct DecisionProgress: Sendable {
    public static let workingDaysAllowed = 5

    public let decision: AnnouncementDecision
    /// The fifth working day after signing (the signing day itself is not counted).
    public let deadline: CivilDate
    /// The day the site first showed every change of the decision; nil while some is missing.
    public let updated: CivilDate?
    /// Codes whose change the site does not show yet.
    public let pendingCodes: [String]

    public var late: Bool { updated.map { $0 > deadline } ?? false }

    /// A change is on the site when: a new or replacing code is listed; an amended code's
    /// content changed on or after the signing day; an abolished code's page says so (CongKhai
    /// writes that itself once the decision is in the table).
    static func evaluate(_ book: DecisionBook, catalog: Catalog, record: PublishedCodes,
                         calendar: WorkingCalendar, asOf: CivilDate) -> [DecisionProgress] {
        let byCode = Dictionary(catalog.all.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        return book.decisions.map { decision in
            let decisionSeen = record.decisions[decision.number]?.firstPublished ?? asOf
            var dates: [CivilDate] = []
            var pending: [String] = []
            func listed(_ code: String) -> CivilDate? {
                guard byCode[code] != nil else { return nil }
                return record.procedures[code]?.firstPublished ?? asOf
            }
            for entry in decision.entries {
                switch entry.action {
                case .new:
                    if let date = listed(entry.code) { dates.append(max(date, decisionSeen)) } else { pending.append(entry.code) }
                case .amend:
                    guard byCode[entry.code] != nil else { pending.append(entry.code); continue }
                    let since = record.procedures[entry.code]?.contentSince ?? asOf
                    if since >= decision.signed { dates.append(max(since, decisionSeen)) } else { pending.append(entry.code) }
                case .replace:
                    if let replacement = entry.replacement, let date = listed(replacement) {
                        dates.append(max(date, decisionSeen))
                    } else {
                        pending.append(entry.replacement ?? entry.code)
                    }
                case .abolish:
                    dates.append(decisionSeen)
                }
            }
            return DecisionProgress(decision: decision,
                                    deadline: calendar.adding(workingDays: workingDaysAllowed, to: decision.signed),
                                    updated: pending.isEmpty ? (dates.max() ?? decisionSeen) : nil,
                                    pendingCodes: pending)
        }
    }

    /// `check` and `build` warn for each decision past its deadline whose changes are not
    /// all on the site.
    static func report(_ progress: [DecisionProgress], asOf: CivilDate, diagnostics: Diagnostics) {
        for item in progress where item.updated == nil && asOf > item.deadline {
            diagnostics.warning(.decisionNotPublishedInTime, at: item.decision.location,
                                "\(item.decision.citation): hạn cập nhật lên trang là \(item.deadline.vietnameseShort) (5 ngày làm việc kể từ ngày ký) nhưng trang chưa có thay đổi của các mã \(item.pendingCodes.joined(separator: ", ")). Thêm hoặc sửa nội dung các thủ tục này.")
        }
    }
}
