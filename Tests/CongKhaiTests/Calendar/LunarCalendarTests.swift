import Testing
@testable import CongKhai
@testable import CongKhaiCore
@testable import CongKhaiEncoding
@testable import CongKhaiFamilies
@testable import CongKhaiInput
@testable import CongKhaiMarkdown
@testable import CongKhaiSite
import CongKhaiTestSupport

@Suite struct LunarCalendarTests {
    @Test(arguments: [
        (2024, CivilDate(year: 2024, month: 2, day: 10)!),
        (2025, CivilDate(year: 2025, month: 1, day: 29)!),
        (2026, CivilDate(year: 2026, month: 2, day: 17)!),
        (2027, CivilDate(year: 2027, month: 2, day: 6)!),
        (2023, CivilDate(year: 2023, month: 1, day: 22)!),
        // 1985: Vietnam (UTC+7) celebrated Tết on 21/01, China (UTC+8) on 20/02.
        (1985, CivilDate(year: 1985, month: 1, day: 21)!),
    ])
    func lunarNewYear(_ year: Int, _ expected: CivilDate) {
        #expect(LunarCalendar.newYear(year) == expected)
    }

    @Test func chineseTimeZoneGivesTheOther1985NewYear() {
        #expect(LunarCalendar.solarDate(day: 1, month: 1, year: 1985, timeZone: 8) == CivilDate(year: 1985, month: 2, day: 20)!)
    }

    @Test func hungKingsDay() {
        #expect(LunarCalendar.hungKingsDay(2025) == CivilDate(year: 2025, month: 4, day: 7)!)
        #expect(LunarCalendar.hungKingsDay(2026) == CivilDate(year: 2026, month: 4, day: 26)!)
        #expect(LunarCalendar.hungKingsDay(2027) == CivilDate(year: 2027, month: 4, day: 16)!)
    }

    @Test func leapMonths() {
        // 2023 had a leap 2nd month: 1/2 nhuận = 2023-03-22.
        #expect(LunarCalendar.solarDate(day: 1, month: 2, year: 2023, leapMonth: true) == CivilDate(year: 2023, month: 3, day: 22)!)
        #expect(LunarCalendar.solarDate(day: 1, month: 3, year: 2023, leapMonth: true) == nil)
        #expect(LunarCalendar.solarDate(day: 1, month: 2, year: 2024, leapMonth: true) == nil)
    }
}
