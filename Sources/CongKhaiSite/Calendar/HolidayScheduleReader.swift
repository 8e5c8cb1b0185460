import CongKhaiCore
import CongKhaiInput
import Yams

/// Reads holiday schedules: a mapping from year to `nghi` (ranges of days off) and `lam_bu`
/// (weekend days declared working days), each entry with a name and optionally the notice
/// that declared it (`can_cu`), where that notice was read (`nguon`) and `xac_minh: false`
/// when it was not checked against the notice itself. Year-level `can_cu`, `nguon` and
/// `xac_minh` are the defaults of the year's entries.
package enum HolidayScheduleReader {
    static let fileName = "ngay-nghi"

    private static let yearKeys: Set<String> = ["can_cu", "nguon", "xac_minh", "nghi", "lam_bu"]
    private static let dayOffKeys: Set<String> = ["tu", "den", "ten", "can_cu", "nguon", "xac_minh"]
    private static let makeUpKeys: Set<String> = ["ngay", "ten", "can_cu", "nguon", "xac_minh"]

    static func read(_ node: Node, file: String, diagnostics: Diagnostics) -> [Int: HolidaySchedule] {
        guard let years = YAMLFields(node, file: file, diagnostics: diagnostics, invalidValueCode: .holidayInvalid,
                                     what: "Lịch nghỉ") else { return [:] }
        var schedules: [Int: HolidaySchedule] = [:]
        for key in years.keys where key != cutOffKey {
            guard let year = Int(key), (1900...2200).contains(year) else {
                diagnostics.error(.holidayInvalid, at: years.location(of: key), "\"\(key)\" phải là một năm, ví dụ \"2027\".")
                continue
            }
            guard let fields = years.fields(key) else { continue }
            rejectUnknownKeys(fields, allowed: yearKeys, what: "năm \(year)", diagnostics: diagnostics)
            let defaults = (basis: fields.string("can_cu"), source: fields.string("nguon"), verified: fields.bool("xac_minh") ?? true)
            var daysOff: [HolidaySchedule.Day] = []
            var makeUp: [(HolidaySchedule.Day, SourceLocation)] = []
            for item in fields.sequence("nghi") ?? [] {
                guard let entry = YAMLFields(item, file: file, diagnostics: diagnostics,
                                             invalidValueCode: .holidayInvalid, what: "Mục nghi") else { continue }
                rejectUnknownKeys(entry, allowed: dayOffKeys, what: "ngày nghỉ", diagnostics: diagnostics)
                let start = entry.date("tu", code: .holidayInvalid)
                let end = entry.date("den", code: .holidayInvalid) ?? start
                guard let start, let end else {
                    if entry.string("tu") == nil {
                        diagnostics.error(.holidayInvalid, at: entry.location(ofValue: item), "Mỗi ngày nghỉ cần \"tu\" (và \"den\" nếu nhiều ngày).")
                    }
                    continue
                }
                guard start.year == year, end.year == year, start <= end else {
                    diagnostics.error(.holidayInvalid, at: entry.location(ofValue: item),
                                      "Ngày \(start.vietnameseShort)–\(end.vietnameseShort) không nằm trong năm \(year) hoặc ngược thứ tự.")
                    continue
                }
                let name = entry.string("ten") ?? "Ngày nghỉ"
                var date = start
                while date <= end {
                    daysOff.append(day(date, name: name, entry: entry, defaults: defaults))
                    date = date.adding(days: 1)
                }
            }
            for item in fields.sequence("lam_bu") ?? [] {
                guard let entry = YAMLFields(item, file: file, diagnostics: diagnostics,
                                             invalidValueCode: .holidayInvalid, what: "Mục lam_bu") else { continue }
                rejectUnknownKeys(entry, allowed: makeUpKeys, what: "ngày làm bù", diagnostics: diagnostics)
                guard let date = entry.date("ngay", code: .holidayInvalid) else {
                    if entry.string("ngay") == nil {
                        diagnostics.error(.holidayInvalid, at: entry.location(ofValue: item), "Mỗi ngày làm bù cần \"ngay\".")
                    }
                    continue
                }
                guard date.year == year else {
                    diagnostics.error(.holidayInvalid, at: entry.location(of: "ngay"), "Ngày làm bù \(date.vietnameseShort) không nằm trong năm \(year).")
                    continue
                }
                // A make-up day turns a weekend day into a working day: on a weekday it would
                // change nothing, which means the date was mistyped.
                guard date.isoWeekday >= 6 else {
                    diagnostics.error(.holidayEntryInvalid, at: entry.location(of: "ngay"),
                                      "Ngày làm bù \(date.vietnameseShort) là \(date.vietnameseWeekday), vốn là ngày làm việc. Ngày làm bù phải là thứ Bảy hoặc Chủ nhật: kiểm tra lại thông báo.")
                    continue
                }
                makeUp.append((day(date, name: entry.string("ten") ?? "Ngày làm bù", entry: entry, defaults: defaults), entry.location(of: "ngay")))
            }
            let offDates = Set(daysOff.map(\.date))
            for (day, location) in makeUp where offDates.contains(day.date) {
                diagnostics.error(.holidayEntryInvalid, at: location,
                                  "Ngày \(day.date.vietnameseShort) vừa là ngày nghỉ vừa là ngày làm bù trong năm \(year). Giữ một trong hai.")
            }
            schedules[year] = HolidaySchedule(year: year, daysOff: daysOff,
                                              makeUpDays: makeUp.map(\.0).filter { !offDates.contains($0.date) }, origin: .announced)
        }
        return schedules
    }

    private static func day(_ date: CivilDate, name: String, entry: YAMLFields,
                            defaults: (basis: String?, source: String?, verified: Bool)) -> HolidaySchedule.Day {
        HolidaySchedule.Day(date: date, name: name, basis: entry.string("can_cu") ?? defaults.basis,
                            source: entry.string("nguon") ?? defaults.source, verified: entry.bool("xac_minh") ?? defaults.verified)
    }

    /// A misspelt key (`lambu`, `den_ngay`) would silently drop a declared day and shift due
    /// dates, so it is an error rather than a warning.
    private static func rejectUnknownKeys(_ fields: YAMLFields, allowed: Set<String>, what: String, diagnostics: Diagnostics) {
        for key in fields.keys where !allowed.contains(key) {
            let suggestion = allowed.min { editDistance($0, key) < editDistance($1, key) }
            let hint = suggestion.flatMap { editDistance($0, key) <= 2 ? " Có phải \"\($0)\"?" : nil } ?? ""
            diagnostics.error(.holidayEntryInvalid, at: fields.location(of: key),
                              "Khóa \"\(key)\" không dùng được cho \(what) (dùng: \(allowed.sorted().joined(separator: ", "))).\(hint)")
        }
    }

    /// The key of the 15:00 rule in `data/ngay-nghi.yaml`:
    /// `tiep_nhan_trong_ngay: { gio: "15:00", can_cu: … }`, or `gio: khong` where no text carries it.
    static let cutOffKey = "tiep_nhan_trong_ngay"

    /// The site's 15:00 rule for same-day procedures, or the shipped one; nil when the site
    /// says no text carries it.
    package static func cutOff(siteData: SiteData, diagnostics: Diagnostics) -> ReceiptCutOff? {
        guard let (path, document) = siteData.document(named: fileName), case .yaml(let node) = document,
              let file = YAMLFields(node, file: "data/\(path)", diagnostics: Diagnostics(), invalidValueCode: .holidayInvalid, what: ""),
              file.node(cutOffKey) != nil else { return .shipped }
        guard let rule = file.fields(cutOffKey) else { return .shipped }
        for key in rule.keys where !["gio", "can_cu"].contains(key) {
            diagnostics.error(.holidayEntryInvalid, at: rule.location(of: key), "Khóa \"\(key)\" không dùng được cho \(cutOffKey) (dùng: gio, can_cu).")
        }
        guard let text = rule.string("gio") else {
            diagnostics.error(.holidayEntryInvalid, at: file.location(of: cutOffKey), "\(cutOffKey) cần \"gio\" (ví dụ \"15:00\", hoặc \"khong\").")
            return .shipped
        }
        if ["khong", "no", "false"].contains(VietnameseFolding.key(text, separator: " ")) { return nil }
        let parts = text.split(separator: ":").compactMap { Int($0) }
        guard parts.count == 2, (0..<24).contains(parts[0]), (0..<60).contains(parts[1]) else {
            diagnostics.error(.holidayEntryInvalid, at: rule.location(of: "gio"), "Giờ \"\(text)\" không hợp lệ: viết dạng 15:00.")
            return .shipped
        }
        guard let basis = rule.string("can_cu") else {
            diagnostics.error(.holidayEntryInvalid, at: rule.location(of: "gio"), "\(cutOffKey) cần \"can_cu\": văn bản quy định giờ tiếp nhận này.")
            return .shipped
        }
        return ReceiptCutOff(minutes: parts[0] * 60 + parts[1], basis: basis)
    }

    /// The shipped schedules with the site's file laid over them year by year.
    package static func load(siteData: SiteData, diagnostics: Diagnostics) -> [Int: HolidaySchedule] {
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
