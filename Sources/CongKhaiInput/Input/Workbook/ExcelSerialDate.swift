import CongKhaiCore

/// Turns the serial numbers Excel stores for dates into civil dates.
///
/// In the 1900 system day 1 is 01/01/1900 and, to stay compatible with Lotus 1-2-3, Excel
/// counts a 29/02/1900 that never existed (serial 60): from serial 61 on, serial n is
/// 30/12/1899 + n days. In the 1904 system (old Mac workbooks) serial 0 is 01/01/1904.
enum ExcelSerialDate {
    /// The date and, when the serial has a fraction, the time of day in minutes.
    struct Moment: Equatable {
        let date: CivilDate
        let minutes: Int?
    }

    private static let epoch1900 = CivilDate(year: 1899, month: 12, day: 30)!.dayNumber
    private static let epoch1904 = CivilDate(year: 1904, month: 1, day: 1)!.dayNumber

    /// Nil for serials that are no real date: negatives, 0 and 60 in the 1900 system, or years past 9999.
    static func moment(_ serial: Double, uses1904: Bool) -> Moment? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        // Round to the minute first, so 0.99999 of a day is the next midnight, not 23:59:59.9.
        let totalMinutes = (serial * 1440).rounded()
        let day = Int(totalMinutes / 1440)
        let minutes = Int(totalMinutes) - day * 1440
        let dayNumber: Int
        if uses1904 {
            dayNumber = epoch1904 + day
        } else {
            guard day >= 1, day != 60 else { return nil }
            dayNumber = epoch1900 + (day < 60 ? day + 1 : day)
        }
        let date = CivilDate(dayNumber: dayNumber)
        guard date.year <= 9999 else { return nil }
        return Moment(date: date, minutes: minutes == 0 ? nil : minutes)
    }
}
