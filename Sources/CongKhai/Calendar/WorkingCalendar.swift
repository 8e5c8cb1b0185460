/// Working days for civil servants: Monday to Friday, minus public holidays and declared
/// days off, plus declared make-up Saturdays.
public struct WorkingCalendar: Sendable {
    private let daysOff: [CivilDate: String]
    private let makeUpDays: Set<CivilDate>
    /// Years with an announced schedule; other years use `StatutoryHolidays`.
    public let announcedYears: Set<Int>

    /// `years` are derived up front when not announced, so lookups stay cheap and pure.
    public init(announced: [Int: HolidaySchedule], deriving years: ClosedRange<Int>) {
        var schedules = announced
        for year in years where schedules[year] == nil { schedules[year] = StatutoryHolidays.derive(year: year) }
        var daysOff: [CivilDate: String] = [:]
        var makeUp: Set<CivilDate> = []
        for schedule in schedules.values {
            for day in schedule.daysOff { daysOff[day.date] = day.name }
            for day in schedule.makeUpDays { makeUp.insert(day.date) }
        }
        self.daysOff = daysOff
        self.makeUpDays = makeUp
        self.announcedYears = Set(announced.keys)
    }

    public func isWorkingDay(_ date: CivilDate) -> Bool {
        if makeUpDays.contains(date) { return true }
        return date.isoWeekday <= 5 && daysOff[date] == nil
    }

    /// Name of the holiday or day off on `date`, if any.
    public func dayOffName(_ date: CivilDate) -> String? { daysOff[date] }

    public func nextWorkingDay(after date: CivilDate) -> CivilDate {
        var next = date.adding(days: 1)
        while !isWorkingDay(next) { next = next.adding(days: 1) }
        return next
    }

    /// The `count`-th working day after `date` (the first day is not counted).
    public func adding(workingDays count: Int, to date: CivilDate) -> CivilDate {
        var result = date
        for _ in 0..<count { result = nextWorkingDay(after: result) }
        return result
    }

    /// Working days in (start, end]: how many working days `end` is after `start`.
    public func workingDays(after start: CivilDate, through end: CivilDate) -> Int {
        guard start < end else { return 0 }
        var count = 0
        var date = start
        while date < end {
            date = date.adding(days: 1)
            if isWorkingDay(date) { count += 1 }
        }
        return count
    }

    /// The day a dossier's time limit starts from. Received on a day off, or after 15:00,
    /// it counts as received on the next working day.
    public func effectiveReceiptDay(_ receipt: Receipt) -> CivilDate {
        let late = (receipt.minutes ?? 0) > Receipt.cutOffMinutes
        return !isWorkingDay(receipt.date) || late ? nextWorkingDay(after: receipt.date) : receipt.date
    }

    /// Due date for a time limit. Working days count from the day after receipt; a limit in
    /// calendar days whose last day is a day off ends on the next working day (Bộ luật Dân
    /// sự 2015, Điều 147–148).
    public func dueDate(received receipt: Receipt, limit: TimeLimit) -> CivilDate? {
        let start = effectiveReceiptDay(receipt)
        switch limit {
        case .sameDay: return start
        case .workingDays(let count): return adding(workingDays: count, to: start)
        case .calendarDays(let count):
            let last = start.adding(days: count)
            return isWorkingDay(last) ? last : nextWorkingDay(after: last)
        case .unknown: return nil
        }
    }
}

/// When a dossier was received: a date and, when the register gives it, the time.
public struct Receipt: Sendable, Equatable {
    /// 15:00: dossiers received later count from the next working day.
    public static let cutOffMinutes = 15 * 60

    public let date: CivilDate
    /// Minutes after midnight, nil when only the date is known.
    public let minutes: Int?

    public init(date: CivilDate, minutes: Int? = nil) {
        self.date = date
        self.minutes = minutes
    }

    /// "07/01/2025", "07/01/2025 15:30", "2025-01-07 08:05:00", "15:30 07/01/2025".
    public static func parse(_ text: String) -> CivilDateParseResult.WithTime {
        var dateText = text.trimmingCharacters(in: .whitespaces)
        var minutes: Int?
        let parts = dateText.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        if parts.count == 2 {
            let timeIndex = parts[0].contains(":") ? 0 : 1
            let time = parts[timeIndex].split(separator: ":").compactMap { Int($0) }
            guard time.count >= 2, (0..<24).contains(time[0]), (0..<60).contains(time[1]) else { return .unreadable }
            minutes = time[0] * 60 + time[1]
            dateText = parts[1 - timeIndex]
        } else if parts.count > 2 {
            return .unreadable
        }
        switch CivilDate.parse(dateText) {
        case .date(let date): return .receipt(Receipt(date: date, minutes: minutes))
        case .impossible: return .impossible
        case .unreadable: return .unreadable
        }
    }
}

extension CivilDateParseResult {
    public enum WithTime: Equatable, Sendable {
        case receipt(Receipt)
        case impossible
        case unreadable
    }
}

import Foundation
