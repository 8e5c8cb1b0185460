/// A procedure's time limit ("Thời hạn giải quyết") as the calendar understands it.
public enum TimeLimit: Sendable, Equatable {
    case sameDay
    case workingDays(Int)
    case calendarDays(Int)
    /// "Không xác định", a text without a number, or no limit given.
    case unknown

    /// Reads the common wordings: "10 ngày làm việc", "03 ngày", "Trong ngày", "1 ngày làm việc
    /// kể từ ngày nhận đủ hồ sơ". A limit given as plain "ngày" is in calendar days, as written.
    public init(_ text: String?) {
        // Several limits for several cases ("30 ngày (qua bưu điện); 40 ngày (trực tiếp)") cannot
        // be applied without knowing the case: the register's own due date is used instead.
        guard let text, !text.contains(";") else { self = .unknown; return }
        let folded = VietnameseFolding.key(text, separator: " ")
        if folded.hasPrefix("trong ngay") {
            self = .sameDay
            return
        }
        let words = folded.split(separator: " ")
        guard let index = words.firstIndex(where: { Int($0) != nil }), let count = Int(words[index]),
              index + 1 < words.count, words[index + 1] == "ngay" else {
            self = .unknown
            return
        }
        let isWorking = index + 3 < words.count && words[index + 2] == "lam" && words[index + 3] == "viec"
        // Counting a hundred million working days one by one takes most of a minute; such a
        // limit is a typo, reported by the catalog's validation (CK132), and has no due date.
        guard count <= InputLimits.timeLimitDays else { self = .unknown; return }
        self = count == 0 ? .sameDay : isWorking ? .workingDays(count) : .calendarDays(count)
    }

    /// True when the text reads as a number of days beyond `InputLimits.timeLimitDays`.
    public static func exceedsMaximum(_ text: String) -> Bool {
        let words = VietnameseFolding.key(text, separator: " ").split(separator: " ")
        guard let index = words.firstIndex(where: { $0.allSatisfy(\.isNumber) }),
              index + 1 < words.count, words[index + 1] == "ngay" else { return false }
        // Too many digits for Int is too long as well.
        return Int(words[index]).map { $0 > InputLimits.timeLimitDays } ?? true
    }
}
