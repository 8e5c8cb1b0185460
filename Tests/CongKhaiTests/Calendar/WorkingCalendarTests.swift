import Testing
import Yams
@testable import CongKhai

@Suite struct WorkingCalendarTests {
    static func d(_ text: String) -> CivilDate { CivilDate(parsing: text)! }

    static let shipped: [Int: HolidaySchedule] = {
        HolidayScheduleReader.read(try! Yams.compose(yaml: ShippedHolidays.yaml)!, file: "shipped", diagnostics: Diagnostics())
    }()
    let calendar = WorkingCalendar(announced: WorkingCalendarTests.shipped, deriving: 2024...2028)

    @Test func weekendsAndAnnouncedHolidaysAreDaysOff() {
        #expect(calendar.isWorkingDay(Self.d("06/01/2025")))   // Monday
        #expect(!calendar.isWorkingDay(Self.d("04/01/2025")))  // Saturday
        #expect(!calendar.isWorkingDay(Self.d("29/01/2025")))  // Tết
        #expect(!calendar.isWorkingDay(Self.d("27/04/2026")))  // Giỗ Tổ on Sunday 26/04, off on Monday
        #expect(!calendar.isWorkingDay(Self.d("24/11/2026")))  // Ngày Văn hóa Việt Nam
        #expect(calendar.dayOffName(Self.d("30/01/2025")) == "Tết Nguyên đán")
    }

    @Test func makeUpSaturdaysAreWorkingDays() throws {
        let yaml = "\"2025\":\n  nghi:\n    - { tu: 02/05/2025, den: 02/05/2025, ten: Nghỉ hoán đổi }\n  lam_bu:\n    - { ngay: 26/04/2025, ten: Làm bù }\n"
        let schedules = HolidayScheduleReader.read(try Yams.compose(yaml: yaml)!, file: "t", diagnostics: Diagnostics())
        let swapped = WorkingCalendar(announced: schedules, deriving: 2025...2025)
        #expect(swapped.isWorkingDay(Self.d("26/04/2025")))
        #expect(!swapped.isWorkingDay(Self.d("02/05/2025")))
    }

    @Test func derivedYearsFollowTheLabourCodeAndTheWeekendRule() {
        let schedule = StatutoryHolidays.derive(year: 2027)
        let days = Set(schedule.daysOff.map(\.date))
        #expect(schedule.origin == .derived)
        // Lunar new year 06/02/2027 (Saturday): 05/02–09/02 off, weekend days compensated.
        for text in ["01/01/2027", "05/02/2027", "08/02/2027", "09/02/2027", "16/04/2027", "30/04/2027", "02/09/2027", "24/11/2027"] {
            #expect(days.contains(Self.d(text)), "\(text)")
        }
        // 06/02 and 07/02 are a weekend: two substitute days follow the block.
        #expect(days.contains(Self.d("10/02/2027")) && days.contains(Self.d("11/02/2027")))
        // 01/05/2027 is a Saturday: Monday 03/05 is off.
        #expect(days.contains(Self.d("03/05/2027")))
    }

    @Test func workingDaysStartTheNextDay() {
        // Received Monday 06/01/2025, 3 working days: Thu 09/01.
        #expect(calendar.dueDate(received: Receipt(date: Self.d("06/01/2025"), minutes: 9 * 60), limit: .workingDays(3)) == Self.d("09/01/2025"))
        // Over a weekend: Friday 10/01 + 2 = Tuesday 14/01.
        #expect(calendar.dueDate(received: Receipt(date: Self.d("10/01/2025")), limit: .workingDays(2)) == Self.d("14/01/2025"))
    }

    @Test func receiptAfterThreePMOrOnADayOffCountsFromTheNextWorkingDay() {
        let at1500 = Receipt(date: Self.d("06/01/2025"), minutes: 15 * 60)
        let at1501 = Receipt(date: Self.d("06/01/2025"), minutes: 15 * 60 + 1)
        #expect(calendar.dueDate(received: at1500, limit: .workingDays(1)) == Self.d("07/01/2025"))
        #expect(calendar.dueDate(received: at1501, limit: .workingDays(1)) == Self.d("08/01/2025"))
        // Received on Saturday 04/01: as if Monday 06/01.
        #expect(calendar.dueDate(received: Receipt(date: Self.d("04/01/2025")), limit: .workingDays(1)) == Self.d("07/01/2025"))
        #expect(calendar.dueDate(received: Receipt(date: Self.d("04/01/2025")), limit: .sameDay) == Self.d("06/01/2025"))
    }

    @Test func workingDaysSkipTetAndCrossYears() {
        // Friday 24/01/2025 + 1 working day: Tết runs 25/01–02/02, so Monday 03/02.
        #expect(calendar.dueDate(received: Receipt(date: Self.d("24/01/2025")), limit: .workingDays(1)) == Self.d("03/02/2025"))
        // Tuesday 30/12/2025 + 3: 31/12, (01/01 holiday), 02/01, (weekend), 05/01/2026.
        #expect(calendar.dueDate(received: Receipt(date: Self.d("30/12/2025")), limit: .workingDays(3)) == Self.d("05/01/2026"))
    }

    @Test func calendarDayLimitEndingOnADayOffMovesToTheNextWorkingDay() {
        // Monday 06/01/2025 + 5 calendar days = Saturday 11/01 → Monday 13/01.
        #expect(calendar.dueDate(received: Receipt(date: Self.d("06/01/2025")), limit: .calendarDays(5)) == Self.d("13/01/2025"))
        #expect(calendar.dueDate(received: Receipt(date: Self.d("06/01/2025")), limit: .calendarDays(4)) == Self.d("10/01/2025"))
    }

    @Test func daysLateCountWorkingDaysAfterTheDueDate() {
        #expect(calendar.workingDays(after: Self.d("09/01/2025"), through: Self.d("09/01/2025")) == 0)
        #expect(calendar.workingDays(after: Self.d("09/01/2025"), through: Self.d("13/01/2025")) == 2)  // Fri, Mon
        #expect(calendar.workingDays(after: Self.d("24/01/2025"), through: Self.d("04/02/2025")) == 2)  // 03/02, 04/02
    }

    @Test func timeLimitWordings() {
        #expect(TimeLimit("10 ngày làm việc") == .workingDays(10))
        #expect(TimeLimit("03 ngày làm việc kể từ ngày nhận đủ hồ sơ") == .workingDays(3))
        #expect(TimeLimit("15 ngày") == .calendarDays(15))
        #expect(TimeLimit("Trong ngày") == .sameDay)
        #expect(TimeLimit("Không xác định (theo bảng cách thức)") == .unknown)
        #expect(TimeLimit(nil) == .unknown)
    }

    @Test func receiptTimes() {
        #expect(Receipt.parse("07/01/2025 15:30") == .receipt(Receipt(date: Self.d("07/01/2025"), minutes: 930)))
        #expect(Receipt.parse("2025-01-07 08:05:00") == .receipt(Receipt(date: Self.d("07/01/2025"), minutes: 485)))
        #expect(Receipt.parse("07/01/2025") == .receipt(Receipt(date: Self.d("07/01/2025"))))
        #expect(Receipt.parse("31/02/2025 08:00") == .impossible)
        #expect(Receipt.parse("07/01/2025 25:00") == .unreadable)
    }
}
