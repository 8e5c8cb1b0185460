/// Which legal regime an apology letter follows, by the letter's date.
///
/// Nghị định 61/2018 and Thông tư 01/2018/TT-VPCP (Mẫu 04, "Phiếu xin lỗi và hẹn lại ngày
/// trả kết quả") apply to letters dated before 01/07/2025; Nghị định 118/2025/NĐ-CP and
/// Thông tư 03/2025/TT-VPCP from that day. The titles, wording and legal bases live in the
/// theme's templates (`apology-2018`, `apology-2025`), not here.
public enum ApologyRegime: String, Sendable {
    case regime2018 = "apology-2018"
    case regime2025 = "apology-2025"

    public static let changeover = CivilDate(year: 2025, month: 7, day: 1)!

    public init(letterDate: CivilDate) {
        self = letterDate < Self.changeover ? .regime2018 : .regime2025
    }

    public var template: String { rawValue }
}
