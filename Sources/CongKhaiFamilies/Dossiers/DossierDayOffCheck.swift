import CongKhaiCore

/// Dates of a dossier that fall on days off: a letter dated on a Sunday, a result promised
/// ("Hạn trả", "Ngày hẹn lại") for a day off, a result recorded as returned on a declared
/// holiday. None is impossible, but each is more likely a typing mistake than a fact, and each
/// is published: `check` warns about them (CK082) and the preview shows them above the page.
enum DossierDayOffCheck {
    struct Finding: Equatable {
        /// The register column the date is in (`DossierColumns`).
        let column: String
        package let message: String
    }

    static func findings(code: String, apologyDate: CivilDate?, newDate: CivilDate?, dueGiven: CivilDate?,
                         returned: CivilDate?, calendar: WorkingCalendar) -> [Finding] {
        var findings: [Finding] = []
        func offDay(_ date: CivilDate?) -> (CivilDate, String)? {
            guard let date, !calendar.isWorkingDay(date) else { return nil }
            return (date, describe(date, calendar: calendar))
        }
        if let (date, day) = offDay(apologyDate) {
            findings.append(.init(column: DossierColumns.apologyDate,
                                  message: "Văn bản xin lỗi hồ sơ \(code) ghi ngày \(date.vietnameseShort), \(day): văn bản hành chính ký vào ngày làm việc. Kiểm tra lại ngày trong sổ."))
        }
        if let (date, day) = offDay(newDate) {
            findings.append(.init(column: DossierColumns.newDate,
                                  message: "Hồ sơ \(code) hẹn lại ngày trả \(date.vietnameseShort), \(day): người dân được hẹn đến vào ngày cơ quan nghỉ. Kiểm tra lại ngày hẹn."))
        }
        if let (date, day) = offDay(dueGiven) {
            findings.append(.init(column: DossierColumns.due,
                                  message: "Hạn trả của hồ sơ \(code) ghi trong sổ là \(date.vietnameseShort), \(day). Kiểm tra lại hạn trả."))
        }
        // A result may be sent online on a weekend; on a declared holiday it is still unusual.
        if let returned, let name = calendar.dayOffName(returned) {
            findings.append(.init(column: DossierColumns.returned,
                                  message: "Hồ sơ \(code) ghi trả kết quả ngày \(returned.vietnameseShort), ngày nghỉ (\(name)). Kiểm tra lại ngày trả."))
        }
        return findings
    }

    /// "Chủ nhật", or the declared day's name ("ngày nghỉ Nghỉ hoán đổi (làm bù thứ Bảy 10/01/2026)").
    static func describe(_ date: CivilDate, calendar: WorkingCalendar) -> String {
        if let name = calendar.dayOffName(date) { return "\(date.vietnameseWeekday), ngày nghỉ (\(name))" }
        return "\(date.vietnameseWeekday), ngày nghỉ hằng tuần"
    }
}
