/// Working days for civil servants: Monday to Friday, minus public holidays and declared
/// days off, plus declared make-up Saturdays.
public struct WorkingCalendar: Sendable {
    private let daysOff: [CivilDate: String]
    private let makeUpDays: Set<CivilDate>
    /// The announced days, kept whole (notice, source, verified) for pages and warnings.
    private let declared: [(day: HolidaySchedule.Day, makeUp: Bool)]
    /// The 15:00 rule for procedures resolved within the day; nil where no text carries it.
    public let cutOff: ReceiptCutOff?
    /// Years with an announced schedule; other years use `StatutoryHolidays`.
    public let announcedYears: Set<Int>

    /// `years` are derived up front when not announced, so lookups stay cheap and pure.
    public init(announced: [Int: HolidaySchedule], deriving years: ClosedRange<Int>, cutOff: ReceiptCutOff? = .shipped) {
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
        self.cutOff = cutOff
        self.declared = announced.values.flatMap { schedule in
            schedule.daysOff.map { ($0, false) } + schedule.makeUpDays.map { ($0, true) }
        }
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

    /// Due date for a time limit, counted as Bộ luật Dân sự 2015 counts: the day of receipt is
    /// not counted and the limit runs from the next day (Điều 147 khoản 3: a limit that starts
    /// with an event), whatever the hour and whether or not the day of receipt was a working
    /// day; a limit whose last day is a day off ends with the next working day (Điều 148
    /// khoản 5). So N working days are the N-th working day after the day of receipt; N
    /// calendar days end N days later, moved to the next working day if that is a day off; a
    /// same-day limit is the day of receipt, or the next working day when received on a day
    /// off or after the cut-off hour (`cutOff`, 15:00). A limit whose unit is not stated has
    /// no due date: none is guessed.
    public func dueDate(received receipt: Receipt, limit: TimeLimit) -> CivilDate? {
        switch limit {
        case .sameDay:
            guard isWorkingDay(receipt.date) else { return nextWorkingDay(after: receipt.date) }
            return cutOff?.applies(to: receipt, limit: limit) == true ? nextWorkingDay(after: receipt.date) : receipt.date
        case .workingDays(let count):
            return adding(workingDays: count, to: receipt.date)
        case .calendarDays(let count):
            let last = receipt.date.adding(days: count)
            return isWorkingDay(last) ? last : nextWorkingDay(after: last)
        case .unstatedUnit, .unknown:
            return nil
        }
    }

    /// Every declared day of the announced schedules in `years`, for the page that explains
    /// how due dates were counted.
    public func declaredDays(in years: Set<Int>) -> [(day: HolidaySchedule.Day, makeUp: Bool)] {
        declared.filter { years.contains($0.day.date.year) }.sorted { $0.day.date < $1.day.date }
    }
}

/// When a dossier was received: a date and, when the register gives it, the time.
public struct Receipt: Sendable, Equatable {
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
