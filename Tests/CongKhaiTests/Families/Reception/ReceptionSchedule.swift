@testable import CongKhai
@testable import CongKhaiCore
@testable import CongKhaiEncoding
@testable import CongKhaiFamilies
@testable import CongKhaiInput
@testable import CongKhaiMarkdown
@testable import CongKhaiSite
import CongKhaiTestSupport

/// The sessions of `data/lich-tiep-cong-dan.csv`, in date order.
struct ReceptionSchedule: Sendable {
    struct Session: Sendable {
        let date: CivilDate
        let time: String
        /// Who receives: a leader of the commune, by office and name, as the schedule publishes it.
        let host: String
        let place: String
        let note: String?
    }

    static let tableName = "lich-tiep-cong-dan"
    static let route = "lich-tiep-cong-dan/"

    static let columns = [
        ColumnSpec("date", label: "Ngày", aliases: ["ngay tiep", "date"], required: true),
        ColumnSpec("time", label: "Giờ", aliases: ["thoi gian", "gio tiep", "time"], required: true),
        ColumnSpec("host", label: "Người tiếp", aliases: ["nguoi chu tri", "lanh dao tiep", "host"], required: true),
        ColumnSpec("place", label: "Địa điểm", aliases: ["noi tiep", "place"], required: true),
        ColumnSpec("note", label: "Ghi chú", aliases: ["note"]),
    ]

    let sessions: [Session]

    /// Sessions from `asOf` on: what a citizen can still attend.
    func upcoming(asOf: CivilDate) -> [Session] { sessions.filter { $0.date >= asOf } }

    static func read(_ data: SiteData, diagnostics: Diagnostics) -> ReceptionSchedule {
        guard let table = data.table(named: tableName, diagnostics: diagnostics) else { return ReceptionSchedule(sessions: []) }
        let mapping = ColumnMapping.match(table, specs: columns, diagnostics: diagnostics)
        var sessions: [Session] = []
        for row in table.rows {
            var missing: [String] = []
            func required(_ key: String) -> String? {
                let value = mapping.value(key, in: row)
                if value == nil { missing.append(columns.first { $0.key == key }!.label) }
                return value
            }
            let dateText = required("date"), time = required("time"), host = required("host"), place = required("place")
            guard missing.isEmpty, let dateText, let time, let host, let place else {
                diagnostics.error(.receptionRowInvalid, at: table.location(row: row),
                                  "Buổi tiếp công dân thiếu \(missing.joined(separator: ", ")). Ghi đủ ngày, giờ, người tiếp và địa điểm.")
                continue
            }
            guard case .date(let date) = CivilDate.parse(dateText) else {
                diagnostics.error(.receptionRowInvalid, at: mapping.location("date", in: row),
                                  "Không hiểu ngày \"\(dateText)\". Viết dạng 07/02/2025 hoặc 2025-02-07.")
                continue
            }
            sessions.append(Session(date: date, time: time, host: host, place: place, note: mapping.value("note", in: row)))
        }
        return ReceptionSchedule(sessions: sessions.sorted { ($0.date, $0.time) < ($1.date, $1.time) })
    }
}
