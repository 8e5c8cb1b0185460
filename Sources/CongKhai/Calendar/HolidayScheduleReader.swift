import Yams

/// Reads holiday schedules: a mapping from year to `nghi` (ranges of days off with a name
/// and optional `can_cu`), `lam_bu` (make-up working Saturdays) and a default `can_cu`.
enum HolidayScheduleReader {
    static let fileName = "ngay-nghi"

    static func read(_ node: Node, file: String, diagnostics: Diagnostics) -> [Int: HolidaySchedule] {
        guard let years = YAMLFields(node, file: file, diagnostics: diagnostics, invalidValueCode: .holidayInvalid,
                                     what: "Lịch nghỉ") else { return [:] }
        var schedules: [Int: HolidaySchedule] = [:]
        for key in years.keys {
            guard let year = Int(key), (1900...2200).contains(year) else {
                diagnostics.error(.holidayInvalid, at: years.location(of: key), "\"\(key)\" phải là một năm, ví dụ \"2027\".")
                continue
            }
            guard let fields = years.fields(key) else { continue }
            let defaultBasis = fields.string("can_cu")
            func days(_ listKey: String, range: Bool) -> [HolidaySchedule.Day] {
                var result: [HolidaySchedule.Day] = []
                for item in fields.sequence(listKey) ?? [] {
                    guard let entry = YAMLFields(item, file: file, diagnostics: diagnostics,
                                                 invalidValueCode: .holidayInvalid, what: "Mục \(listKey)") else { continue }
                    let name = entry.string("ten") ?? (range ? "Ngày nghỉ" : "Ngày làm bù")
                    let basis = entry.string("can_cu") ?? defaultBasis
                    let start = entry.date(range ? "tu" : "ngay", code: .holidayInvalid)
                    let end = range ? (entry.date("den", code: .holidayInvalid) ?? start) : start
                    guard let start, let end else {
                        if entry.string(range ? "tu" : "ngay") == nil {
                            diagnostics.error(.holidayInvalid, at: entry.location(ofValue: item),
                                              range ? "Mỗi ngày nghỉ cần \"tu\" (và \"den\" nếu nhiều ngày)." : "Mỗi ngày làm bù cần \"ngay\".")
                        }
                        continue
                    }
                    guard start.year == year, end.year == year, start <= end else {
                        diagnostics.error(.holidayInvalid, at: entry.location(ofValue: item),
                                          "Ngày \(start.vietnameseShort)–\(end.vietnameseShort) không nằm trong năm \(year) hoặc ngược thứ tự.")
                        continue
                    }
                    var date = start
                    while date <= end {
                        result.append(.init(date: date, name: name, basis: basis))
                        date = date.adding(days: 1)
                    }
                }
                return result
            }
            schedules[year] = HolidaySchedule(year: year, daysOff: days("nghi", range: true),
                                              makeUpDays: days("lam_bu", range: false), origin: .announced)
        }
        return schedules
    }

    /// The shipped schedules with the site's file laid over them year by year.
    static func load(siteData: SiteData, diagnostics: Diagnostics) -> [Int: HolidaySchedule] {
        var schedules: [Int: HolidaySchedule] = [:]
        if let node = try? Yams.compose(yaml: ShippedHolidays.yaml) {
            schedules = read(node, file: "(lịch nghỉ có sẵn)", diagnostics: diagnostics)
        }
        if let (path, document) = siteData.document(named: fileName), case .yaml(let node) = document {
            for (year, schedule) in read(node, file: "data/\(path)", diagnostics: diagnostics) {
                schedules[year] = schedule
            }
        }
        return schedules
    }
}
