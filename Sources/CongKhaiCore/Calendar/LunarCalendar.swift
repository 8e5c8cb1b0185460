import Foundation

/// The Vietnamese lunar calendar, computed astronomically for the time zone UTC+7.
///
/// Tết and Giỗ Tổ Hùng Vương are lunar dates. The Vietnamese calendar uses Hà Nội time,
/// which is why it differs from the Chinese one (UTC+8) in some years (1985's Tết came a
/// month apart). The method is Hồ Ngọc Đức's: new moons and the sun's longitude from
/// Meeus' formulas, month 11 as the month holding the winter solstice, and a leap month as
/// the first month of a 13-month year without a major solar term.
public enum LunarCalendar {
    public static let vietnamTimeZone = 7.0

    /// The civil date of lunar day/month of the lunar year that starts in civil `year`.
    /// Returns nil for a leap month that the year does not have.
    public static func solarDate(day: Int, month: Int, year: Int, leapMonth: Bool = false,
                                 timeZone: Double = vietnamTimeZone) -> CivilDate? {
        let (a11, b11) = month < 11
            ? (lunarMonth11(year: year - 1, timeZone: timeZone), lunarMonth11(year: year, timeZone: timeZone))
            : (lunarMonth11(year: year, timeZone: timeZone), lunarMonth11(year: year + 1, timeZone: timeZone))
        let k = Int(floor(0.5 + (Double(a11) - 2_415_021.076998695) / synodicMonth))
        var offset = month - 11
        if offset < 0 { offset += 12 }
        if b11 - a11 > 365 {
            let leapOffset = self.leapMonthOffset(a11: a11, timeZone: timeZone)
            var leap = leapOffset - 2
            if leap < 0 { leap += 12 }
            if leapMonth && month != leap { return nil }
            if leapMonth || offset >= leapOffset { offset += 1 }
        } else if leapMonth {
            return nil
        }
        let monthStart = newMoonDay(k + offset, timeZone: timeZone)
        return CivilDate(julianDay: monthStart + day - 1)
    }

    /// Lunar new year's day (mùng 1 Tết) of the lunar year starting in civil `year`.
    public static func newYear(_ year: Int) -> CivilDate { solarDate(day: 1, month: 1, year: year)! }

    /// Giỗ Tổ Hùng Vương, 10th day of the 3rd lunar month.
    public static func hungKingsDay(_ year: Int) -> CivilDate { solarDate(day: 10, month: 3, year: year)! }

    // MARK: - Astronomy

    private static let synodicMonth = 29.530588853

    /// Julian day number (at noon) of the new moon number `k` counted from 1900-01-01, local day.
    static func newMoonDay(_ k: Int, timeZone: Double) -> Int {
        Int(floor(newMoon(Double(k)) + 0.5 + timeZone / 24))
    }

    /// Sun's longitude at local midnight of the day, as one of 12 sectors of 30°.
    static func sunLongitudeSector(_ julianDay: Int, timeZone: Double) -> Int {
        Int(floor(sunLongitude(Double(julianDay) - 0.5 - timeZone / 24) / .pi * 6))
    }

    /// Start of the lunar month holding the winter solstice (month 11) of civil year `year`.
    static func lunarMonth11(year: Int, timeZone: Double) -> Int {
        let offset = CivilDate(year: year, month: 12, day: 31)!.julianDay - 2_415_021
        let k = Int(floor(Double(offset) / synodicMonth))
        var newMoon = newMoonDay(k, timeZone: timeZone)
        if sunLongitudeSector(newMoon, timeZone: timeZone) >= 9 {
            newMoon = newMoonDay(k - 1, timeZone: timeZone)
        }
        return newMoon
    }

    /// In a 13-month year, how many months after month 11 the leap month comes.
    static func leapMonthOffset(a11: Int, timeZone: Double) -> Int {
        let k = Int(floor((Double(a11) - 2_415_021.076998695) / synodicMonth + 0.5))
        var index = 1
        var arc = sunLongitudeSector(newMoonDay(k + index, timeZone: timeZone), timeZone: timeZone)
        var last = 0
        repeat {
            last = arc
            index += 1
            arc = sunLongitudeSector(newMoonDay(k + index, timeZone: timeZone), timeZone: timeZone)
        } while arc != last && index < 14
        return index - 1
    }

    /// Julian day of the k-th new moon after 1900-01-01 (Meeus, "Astronomical Algorithms").
    static func newMoon(_ k: Double) -> Double {
        let t = k / 1236.85, t2 = t * t, t3 = t2 * t, dr = Double.pi / 180
        var jd1 = 2_415_020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
        jd1 += 0.00033 * sin((166.56 + 132.87 * t - 0.009173 * t2) * dr)
        let m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3
        let mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3
        let f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3
        var c1 = (0.1734 - 0.000393 * t) * sin(m * dr) + 0.0021 * sin(2 * dr * m)
        c1 = c1 - 0.4068 * sin(mpr * dr) + 0.0161 * sin(dr * 2 * mpr)
        c1 = c1 - 0.0004 * sin(dr * 3 * mpr)
        c1 = c1 + 0.0104 * sin(dr * 2 * f) - 0.0051 * sin(dr * (m + mpr))
        c1 = c1 - 0.0074 * sin(dr * (m - mpr)) + 0.0004 * sin(dr * (2 * f + m))
        c1 = c1 - 0.0004 * sin(dr * (2 * f - m)) - 0.0006 * sin(dr * (2 * f + mpr))
        c1 = c1 + 0.0010 * sin(dr * (2 * f - mpr)) + 0.0005 * sin(dr * (2 * mpr + m))
        let deltaT = t < -11
            ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
            : -0.000278 + 0.000265 * t + 0.000262 * t2
        return jd1 + c1 - deltaT
    }

    /// Sun's apparent longitude in radians, normalized to [0, 2π).
    static func sunLongitude(_ julianDay: Double) -> Double {
        let t = (julianDay - 2_451_545.0) / 36525, t2 = t * t, dr = Double.pi / 180
        let m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
        let l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2
        var dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * sin(dr * m)
        dl += (0.019993 - 0.000101 * t) * sin(dr * 2 * m) + 0.000290 * sin(dr * 3 * m)
        var l = (l0 + dl) * dr
        l -= Double.pi * 2 * floor(l / (Double.pi * 2))
        return l
    }
}

extension CivilDate {
    /// Julian day number (Gregorian calendar): 1970-01-01 is 2 440 588.
    var julianDay: Int { dayNumber + 2_440_588 }

    init(julianDay: Int) { self.init(dayNumber: julianDay - 2_440_588) }
}
