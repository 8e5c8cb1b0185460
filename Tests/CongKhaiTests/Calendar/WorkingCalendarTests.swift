import Testing
import Yams
@testable import CongKhai
@testable import CongKhaiCore
@testable import CongKhaiEncoding
@testable import CongKhaiFamilies
@testable import CongKhaiInput
@testable import CongKhaiMarkdown
@testable import CongKhaiSite
import CongKhaiTestSupport

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
        #expect(calendar.dayOffName(Self.d("30/01/2025"))?.hasPrefix("Tết Nguyên đán") == true)
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

    /// The 15:00 rule is for procedures resolved within the day; N working days count from
    /// the day after receipt whatever the hour (Bộ luật Dân sự 2015, Điều 147).
    @Test func theThreePMRuleAppliesOnlyToSameDayLimits() {
        let at1500 = Receipt(date: Self.d("06/01/2025"), minutes: 15 * 60)
        let at1501 = Receipt(date: Self.d("06/01/2025"), minutes: 15 * 60 + 1)
        #expect(calendar.dueDate(received: at1500, limit: .sameDay) == Self.d("06/01/2025"))
        #expect(calendar.dueDate(received: at1501, limit: .sameDay) == Self.d("07/01/2025"))
        // Friday 10/01/2025 at 16:00, same day: Monday 13/01.
        #expect(calendar.dueDate(received: Receipt(date: Self.d("10/01/2025"), minutes: 16 * 60), limit: .sameDay) == Self.d("13/01/2025"))
        // One working day from Monday 06/01, before or after 15:00: Tuesday 07/01.
        #expect(calendar.dueDate(received: at1500, limit: .workingDays(1)) == Self.d("07/01/2025"))
        #expect(calendar.dueDate(received: at1501, limit: .workingDays(1)) == Self.d("07/01/2025"))
        #expect(calendar.dueDate(received: Receipt(date: Self.d("06/01/2025"), minutes: 16 * 60 + 30), limit: .workingDays(3)) == Self.d("09/01/2025"))
        // Calendar days are not moved by the hour either: 06/01 16:00 + 4 days = Friday 10/01.
        #expect(calendar.dueDate(received: at1501, limit: .calendarDays(4)) == Self.d("10/01/2025"))
        #expect(calendar.cutOff?.basis.contains("23/2015/NĐ-CP") == true)
    }

    /// Bộ luật Dân sự 2015 Điều 147 khoản 3: the day of the event (receipt) is not counted, the
    /// limit runs from the next day, whether or not the receipt fell on a day off; Điều 148
    /// khoản 5: a last day that is a day off moves to the next working day.
    @Test func receiptOnADayOffCountsFromTheNextDay() {
        // Saturday 04/01/2025 + 1 working day: the first working day after it, Monday 06/01
        // (not Tuesday 07/01, as "received on Monday" would give).
        #expect(calendar.dueDate(received: Receipt(date: Self.d("04/01/2025")), limit: .workingDays(1)) == Self.d("06/01/2025"))
        // + 3 working days: Mon 06, Tue 07, Wed 08/01.
        #expect(calendar.dueDate(received: Receipt(date: Self.d("04/01/2025")), limit: .workingDays(3)) == Self.d("08/01/2025"))
        // A same-day limit has no same day on a Saturday: its last day moves to Monday 06/01.
        #expect(calendar.dueDate(received: Receipt(date: Self.d("04/01/2025"), minutes: 16 * 60), limit: .sameDay) == Self.d("06/01/2025"))
        #expect(calendar.dueDate(received: Receipt(date: Self.d("04/01/2025"), minutes: 9 * 60), limit: .sameDay) == Self.d("06/01/2025"))
        // 10 calendar days from Saturday 04/01: Tuesday 14/01.
        #expect(calendar.dueDate(received: Receipt(date: Self.d("04/01/2025")), limit: .calendarDays(10)) == Self.d("14/01/2025"))
        // No unit: no due date.
        #expect(calendar.dueDate(received: Receipt(date: Self.d("06/01/2025")), limit: .unstatedUnit(3)) == nil)
    }

    /// Hand-checked against the notices (docs/research/legal-facts.md §1).
    @Test func shippedSchedulesCarryTheDeclaredSwaps() {
        // 2025 (TB 6150/TB-BLĐTBXH): Tết Mon 27 – Fri 31/01; Fri 02/05 off, Sat 26/04 worked.
        for text in ["27/01/2025", "31/01/2025", "02/05/2025", "01/09/2025", "02/09/2025"] {
            #expect(!calendar.isWorkingDay(Self.d(text)), "\(text)")
        }
        #expect(calendar.isWorkingDay(Self.d("26/04/2025")))
        #expect(calendar.isWorkingDay(Self.d("03/02/2025")))
        // 2026 (CV 12729/VPCP-KGVX; TB 9441/TB-BNV): Fri 02/01 off, Sat 10/01 worked; Tết Mon 16 – Fri 20/02;
        // Quốc khánh Mon 31/08 off (Sat 22/08 worked), Tue 01/09 and Wed 02/09 off.
        for text in ["01/01/2026", "02/01/2026", "16/02/2026", "20/02/2026", "27/04/2026", "31/08/2026", "01/09/2026", "02/09/2026"] {
            #expect(!calendar.isWorkingDay(Self.d(text)), "\(text)")
        }
        #expect(calendar.isWorkingDay(Self.d("10/01/2026")))
        #expect(calendar.isWorkingDay(Self.d("22/08/2026")))
        #expect(calendar.isWorkingDay(Self.d("03/09/2026")))
        // Every shipped day names its notice; the Quốc khánh 2026 swap is marked unverified.
        let days = Self.shipped.values.flatMap { $0.daysOff + $0.makeUpDays }
        #expect(days.allSatisfy { $0.basis != nil })
        #expect(Set(Self.shipped[2026]!.unverified.map(\.date)) == [Self.d("31/08/2026"), Self.d("01/09/2026"), Self.d("22/08/2026"), Self.d("24/11/2026")])
        #expect(Self.shipped[2025]!.unverified.isEmpty)
    }

    @Test func dueDatesCrossTheSwapsAndTet() {
        func due(_ received: String, _ days: Int) -> CivilDate? {
            calendar.dueDate(received: Receipt(date: Self.d(received), minutes: 9 * 60), limit: .workingDays(days))
        }
        #expect(due("24/04/2025", 2) == Self.d("26/04/2025"))  // Fri 25/04, make-up Sat 26/04
        #expect(due("29/04/2025", 1) == Self.d("05/05/2025"))  // 30/04, 01/05, 02/05 off, weekend
        #expect(due("31/12/2025", 2) == Self.d("06/01/2026"))  // 01/01, 02/01 off, weekend, Mon 05, Tue 06
        #expect(due("08/01/2026", 2) == Self.d("10/01/2026"))  // Fri 09/01, make-up Sat 10/01
        #expect(due("13/02/2026", 1) == Self.d("23/02/2026"))  // Tết 14–22/02
        #expect(due("20/08/2026", 2) == Self.d("22/08/2026"))  // Fri 21/08, make-up Sat 22/08
        #expect(due("28/08/2026", 1) == Self.d("03/09/2026"))  // weekend, 31/08, 01/09, 02/09 off
        // Days late skip the same days: due Fri 28/08/2026, returned Thu 03/09 = 1 working day late.
        #expect(calendar.workingDays(after: Self.d("28/08/2026"), through: Self.d("03/09/2026")) == 1)
    }

    @Test func webmasterSchedulesDeclareDaysOffAndMakeUpDaysWithLocatedErrors() throws {
        let yaml = """
        "2027":
          can_cu: Thông báo số 1/TB-BNV
          nguon: Cổng thông tin điện tử Chính phủ
          nghi:
            - { tu: 05/02/2027, den: 10/02/2027, ten: Tết Nguyên đán }
            - { tu: 11/02/2027, ten: Nghỉ hoán đổi, xac_minh: false }
          lam_bu:
            - { ngay: 20/02/2027, ten: Làm bù ngày 11/02 }
            - { ngay: 17/02/2027, ten: Thứ Tư gõ nhầm }
            - { ngay: 06/02/2027, ten: Vừa nghỉ vừa làm }
            - { ngayy: 27/02/2027 }
        """
        let diagnostics = Diagnostics()
        let schedules = HolidayScheduleReader.read(try Yams.compose(yaml: yaml)!, file: "data/ngay-nghi.yaml", diagnostics: diagnostics)
        let errors = diagnostics.errors.map { "\($0.code.rawValue):\($0.location.line ?? 0)" }
        // Line numbers are 0-based in Yams marks plus the reader's offset: compare with the file's lines.
        #expect(diagnostics.errors.filter { $0.code == .holidayEntryInvalid }.count == 3, "\(errors)")
        #expect(diagnostics.errors.contains { $0.code == .holidayEntryInvalid && $0.message.contains("17/02/2027") && $0.message.contains("thứ Tư") })
        #expect(diagnostics.errors.contains { $0.code == .holidayEntryInvalid && $0.message.contains("06/02/2027") })
        #expect(diagnostics.errors.contains { $0.code == .holidayEntryInvalid && $0.message.contains("ngayy") })
        #expect(diagnostics.errors.allSatisfy { $0.location.file == "data/ngay-nghi.yaml" && $0.location.line != nil })
        let schedule = try #require(schedules[2027])
        let swapped = WorkingCalendar(announced: schedules, deriving: 2027...2027)
        #expect(swapped.isWorkingDay(Self.d("20/02/2027")) && !swapped.isWorkingDay(Self.d("11/02/2027")))
        #expect(!swapped.isWorkingDay(Self.d("06/02/2027")))  // the conflicting make-up day is dropped
        #expect(schedule.unverified.map(\.date) == [Self.d("11/02/2027")])
        #expect(schedule.daysOff.first?.basis == "Thông báo số 1/TB-BNV" && schedule.daysOff.first?.source == "Cổng thông tin điện tử Chính phủ")
    }

    @Test func workingDaysSkipTetAndCrossYears() {
        // Friday 24/01/2025 + 1 working day: Tết runs 25/01–02/02, so Monday 03/02.
        #expect(calendar.dueDate(received: Receipt(date: Self.d("24/01/2025")), limit: .workingDays(1)) == Self.d("03/02/2025"))
        // Tuesday 30/12/2025 + 3: 31/12, (01/01 holiday, 02/01 swapped off, weekend), 05/01, 06/01/2026.
        #expect(calendar.dueDate(received: Receipt(date: Self.d("30/12/2025")), limit: .workingDays(3)) == Self.d("06/01/2026"))
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
        // "ngày" alone states no unit: the hộ tịch limits printed "3 ngày" are working days.
        #expect(TimeLimit("15 ngày") == .unstatedUnit(15))
        #expect(TimeLimit("15 ngày", unit: .calendarDays) == .calendarDays(15))
        #expect(TimeLimit("3 ngày", unit: .workingDays) == .workingDays(3))
        #expect(TimeLimit("15 ngày dương lịch") == .calendarDays(15))
        #expect(TimeLimit("15 ngày dương lịch", unit: .workingDays) == .calendarDays(15))  // the text wins
        #expect(TimeLimit("3") == .unstatedUnit(3))
        #expect(TimeLimit("3", unit: .workingDays) == .workingDays(3))
        #expect(TimeLimit("1 WORKING_DAY") == .workingDays(1))
        #expect(TimeLimit("24 giờ") == .unknown)
        #expect(TimeLimit("Không quá 02 ngày làm việc kể từ ngày nhận đủ hồ sơ (Nghị định 23/2015/NĐ-CP, Điều 37)") == .workingDays(2))
        #expect(TimeLimit("Trong ngày tiếp nhận (tiếp nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo), theo Nghị định 23/2015/NĐ-CP, Điều 7") == .sameDay)
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

/// The example's data/ngay-nghi.yaml repeats the shipped 2026 schedule as a model of the
/// format: it must not drift from it.
@Suite struct ExampleHolidayFileTests {
    @Test func exampleScheduleMatchesTheShippedOne() throws {
        let text = try String(contentsOf: Repository.root.appendingPathComponent("Content/data/ngay-nghi.yaml"), encoding: .utf8)
        let diagnostics = Diagnostics()
        let example = HolidayScheduleReader.read(try #require(try Yams.compose(yaml: text)), file: "example", diagnostics: diagnostics)
        #expect(diagnostics.all.isEmpty, "\(diagnostics.all)")
        let shipped = try #require(WorkingCalendarTests.shipped[2026])
        let copy = try #require(example[2026])
        #expect(copy.daysOff == shipped.daysOff && copy.makeUpDays == shipped.makeUpDays)
    }
}
