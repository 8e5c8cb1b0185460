import CongKhaiCore

/// A procedure's time limit as due dates use it and as its pages print it: always with its
/// unit, or saying that no source states one, never a bare "3" that reads as anything.
extension Procedure {
    /// The limit due dates are computed from. A limit of one day whose procedure states the
    /// same-day rule ("sau 15 giờ … trong ngày làm việc tiếp theo") is a same-day limit: its
    /// text says what "1 ngày" means for it.
    public var limit: TimeLimit {
        let read = TimeLimit(timeLimit, unit: timeLimitUnit)
        if sameDayClause != nil, read.days == 1 { return .sameDay }
        return read
    }

    /// The limit as a page prints it: the text as written when it states its unit; with the
    /// unit added when the catalog's header or a unit field gives it ("3 ngày làm việc"); with
    /// the procedure's same-day rule; or saying that no unit is stated. Nil when no limit is
    /// given (callers print what fits the page: "Đang cập nhật", or nothing for a withdrawn one).
    public var timeLimitText: String? {
        guard let text = timeLimit else { return nil }
        let read = TimeLimit(text, unit: timeLimitUnit)
        if let clause = sameDayClause, read.days == 1 {
            return "\(text) (trả trong ngày; tiếp nhận sau \(clause.hour) giờ thì trả trong ngày làm việc tiếp theo)"
        }
        let stated = TimeLimitUnit(stated: text) != nil
        switch read {
        case .workingDays(let count), .calendarDays(let count):
            guard !stated, let unit = timeLimitUnit else { return text }
            return Self.isBareDays(text) ? "\(count) \(unit.label)" : "\(text) (\(unit.label))"
        case .unstatedUnit:
            return Self.isBareNumber(text)
                ? "\(text) (chưa ghi đơn vị: ngày làm việc hay ngày)"
                : "\(text) (chưa ghi rõ ngày làm việc hay ngày dương lịch)"
        case .sameDay, .unknown:
            return text
        }
    }

    /// "3", "03": a number and nothing else.
    static func isBareNumber(_ text: String) -> Bool {
        let trimmed = text.trimmingWhitespace()
        return !trimmed.isEmpty && trimmed.allSatisfy(\.isNumber)
    }

    /// "3", "3 ngày", "03 ngày": a number of days with nothing more said.
    static func isBareDays(_ text: String) -> Bool {
        let words = VietnameseFolding.key(text, separator: " ").split(separator: " ")
        return (words.count == 1 && Int(words[0]) != nil) || (words.count == 2 && Int(words[0]) != nil && words[1] == "ngay")
    }
}
