/// Public holidays of a year for which no schedule has been announced, derived from
/// Bộ luật Lao động 2019 Điều 112 (and the 24/11 holiday from 2026).
///
/// The exact Tết days and the day next to Quốc khánh are set yearly by the Prime Minister;
/// this uses the most common pattern (the last day of the lunar year and the first four of
/// the new one; 1/9 with 2/9), then gives a holiday that falls on a weekend a day off on the
/// next working day. A build that needs such a year warns that it is an estimate.
public enum StatutoryHolidays {
    static let basis = "Bộ luật Lao động 2019, Điều 112 (CongKhai tự tính, chưa có lịch chính thức)"

    public static func derive(year: Int) -> HolidaySchedule {
        func day(_ month: Int, _ dayOfMonth: Int) -> CivilDate { CivilDate(year: year, month: month, day: dayOfMonth)! }
        var holidays: [(CivilDate, String)] = [(day(1, 1), "Tết Dương lịch")]
        let lunarNewYear = LunarCalendar.newYear(year)
        for offset in -1...3 { holidays.append((lunarNewYear.adding(days: offset), "Tết Nguyên đán")) }
        holidays.append((LunarCalendar.hungKingsDay(year), "Giỗ Tổ Hùng Vương (10/3 âm lịch)"))
        holidays.append((day(4, 30), "Ngày Chiến thắng"))
        holidays.append((day(5, 1), "Ngày Quốc tế Lao động"))
        holidays.append((day(9, 1), "Quốc khánh (ngày liền kề)"))
        holidays.append((day(9, 2), "Quốc khánh"))
        if year >= 2026 { holidays.append((day(11, 24), "Ngày Văn hóa Việt Nam")) }

        var daysOff = holidays.map { HolidaySchedule.Day(date: $0.0, name: $0.1, basis: basis) }
        var taken = Set(daysOff.map(\.date))
        // A holiday on Saturday or Sunday gives a day off on the next working day.
        for (date, name) in holidays.sorted(by: { $0.0 < $1.0 }) where date.isoWeekday >= 6 {
            var substitute = date.adding(days: 1)
            while substitute.isoWeekday >= 6 || taken.contains(substitute) { substitute = substitute.adding(days: 1) }
            taken.insert(substitute)
            daysOff.append(.init(date: substitute, name: "Nghỉ bù \(name)", basis: basis))
        }
        return HolidaySchedule(year: year, daysOff: daysOff.sorted { $0.date < $1.date }, makeUpDays: [], origin: .derived)
    }
}
