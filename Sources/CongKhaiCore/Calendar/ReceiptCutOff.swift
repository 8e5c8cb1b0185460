/// "Received after 15:00 → returned on the next working day", as data with its legal basis.
///
/// The texts that carry the rule are sector rules for procedures resolved within the day
/// (chứng thực, and the hộ tịch procedures whose national-database records say so); the
/// general one-stop decrees (Nghị định 61/2018, 118/2025) were not shown to contain it
/// (docs/research/legal-facts.md §2). So it applies only to a same-day limit: "trong ngày",
/// or "1 ngày" for a procedure whose own text states the rule (`SameDayClause`); a limit of
/// N working days counts from the day after receipt whatever the hour (Bộ luật Dân sự 2015,
/// Điều 147).
public struct ReceiptCutOff: Sendable, Equatable {
    /// Minutes after midnight; a dossier received later than this counts from the next working day.
    public let minutes: Int
    /// Printed wherever the rule moved a due date.
    public let basis: String

    public init(minutes: Int, basis: String) {
        self.minutes = minutes
        self.basis = basis
    }

    public static let shipped = ReceiptCutOff(
        minutes: 15 * 60,
        basis: "Nghị định số 23/2015/NĐ-CP, Điều 7 (thời hạn chứng thực); Luật Hộ tịch 2014, Điều 5 khoản 3 (việc hộ tịch không có thời hạn riêng); nội dung các thủ tục giải quyết trong ngày trong Cơ sở dữ liệu quốc gia về thủ tục hành chính"
    )

    /// Whether the rule moves a same-day dossier received at `receipt` to the next working day.
    public func applies(to receipt: Receipt, limit: TimeLimit) -> Bool {
        guard limit == .sameDay, let time = receipt.minutes else { return false }
        return time > minutes
    }
}
