/// A procedure's time limit ("Thời hạn giải quyết") as the calendar understands it.
public enum TimeLimit: Sendable, Equatable {
    case sameDay
    case workingDays(Int)
    case calendarDays(Int)
    /// A number of days whose unit no source states ("3 ngày", or a bare "3"): the page says
    /// so and no due date is computed from it.
    case unstatedUnit(Int)
    /// "Không xác định", a text without a number of days, or no limit given.
    case unknown

    /// Reads the common wordings: "10 ngày làm việc", "03 ngày", "3", "Trong ngày", "1 ngày
    /// làm việc kể từ ngày nhận đủ hồ sơ", "1 WORKING_DAY". A unit the text states wins;
    /// otherwise `unit` (the column header's qualifier, or a unit field) gives it; otherwise
    /// the unit is unstated. "ngày" alone is not a unit: the national database prints the
    /// working-day limits of hộ tịch procedures as "3 ngày".
    public init(_ text: String?, unit: TimeLimitUnit? = nil) {
        // Several limits for several cases ("30 ngày (qua bưu điện); 40 ngày (trực tiếp)") cannot
        // be applied without knowing the case: the register's own due date is used instead.
        guard let text, !text.contains(";") else { self = .unknown; return }
        let folded = VietnameseFolding.key(text, separator: " ")
        if folded.hasPrefix("trong ngay") || folded.hasPrefix("ngay trong ngay") {
            self = .sameDay
            return
        }
        let words = folded.split(separator: " ")
        guard let index = words.firstIndex(where: { Int($0) != nil }), let count = Int(words[index]) else {
            self = .unknown
            return
        }
        let stated = TimeLimitUnit(stated: text)
        let next = index + 1 < words.count ? words[index + 1] : nil
        // "3 ngày", "3" alone, or "1 WORKING_DAY": a number of days. "3 tháng", "24 giờ" are not.
        guard next == "ngay" || (next == nil && words.count == 1) || (next != nil && stated != nil) else {
            self = .unknown
            return
        }
        // Counting a hundred million working days one by one takes most of a minute; such a
        // limit is a typo, reported by the catalog's validation (CK132), and has no due date.
        guard count <= InputLimits.timeLimitDays else { self = .unknown; return }
        if count == 0 { self = .sameDay; return }
        switch stated ?? unit {
        case .workingDays: self = .workingDays(count)
        case .calendarDays: self = .calendarDays(count)
        case nil: self = .unstatedUnit(count)
        }
    }

    /// The number of days, whatever the unit.
    public var days: Int? {
        switch self {
        case .workingDays(let count), .calendarDays(let count), .unstatedUnit(let count): count
        case .sameDay: 0
        case .unknown: nil
        }
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
