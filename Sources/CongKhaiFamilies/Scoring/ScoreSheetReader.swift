import CongKhaiCore
import CongKhaiInput
import CongKhaiSite
import Templates
import Yams

/// Reads `data/cham-diem/<year>/<unit>.yaml`.
///
/// ```yaml
/// unit: Xã Hương Trà
/// criteria_set: qd-737-2024
/// document: Tờ trình số 12/TTr-UBND ngày 27/02/2025
/// totals: { tu_cham: 94 }
/// scores:
///   "5.1": { tu_cham: 15, b: 1520, a: 1530, source: Hệ thống một cửa điện tử tỉnh }
/// ```
enum ScoreSheetReader {
    static func read(_ node: Node, year: Int, slug: String, file: String, diagnostics: Diagnostics) -> ScoreSheet? {
        guard let fields = YAMLFields(node, file: file, diagnostics: diagnostics, invalidValueCode: .scoreSheetInvalid,
                                      what: "Bảng chấm điểm") else { return nil }
        guard let unit = fields.string("unit"), let setID = fields.string("criteria_set") else {
            diagnostics.error(.scoreSheetInvalid, at: SourceLocation(file: file, line: 1),
                              "Bảng chấm điểm cần \"unit\" (tên đơn vị) và \"criteria_set\" (tên tệp bộ tiêu chí, ví dụ qd-737-2024).")
            return nil
        }
        var statedTotals: [String: Double] = [:]
        if let totals = fields.fields("totals") {
            for key in totals.keys { statedTotals[key] = totals.string(key).flatMap(ScoreNumber.parse) }
        }
        var entries: [String: ScoreSheet.Entry] = [:]
        let reserved: Set<String> = ["b", "a", "value", "arose", "items", "source", "note", "from"]
        if let scores = fields.fields("scores") {
            for id in scores.keys {
                guard let entry = scores.fields(id) else { continue }
                var points: [String: Double] = [:]
                for key in entry.keys where !reserved.contains(key) {
                    guard let value = entry.string(key).flatMap(ScoreNumber.parse) else {
                        diagnostics.error(.scoreSheetInvalid, at: entry.location(of: key), "Điểm \"\(key)\" của nội dung \(id) phải là một số (từ -1.000.000 đến 1.000.000).")
                        continue
                    }
                    points[key] = value
                }
                entries[id] = ScoreSheet.Entry(
                    points: points, numerator: entry.int("b"), denominator: entry.int("a"),
                    value: entry.string("value").flatMap(ScoreNumber.parse), arose: entry.bool("arose"),
                    itemsMet: entry.sequence("items")?.map { $0.bool ?? false },
                    source: entry.string("source"), derivedFrom: entry.string("from"), note: entry.string("note"),
                    location: scores.location(of: id))
            }
        }
        return ScoreSheet(unit: unit, slug: slug, year: year, criteriaSetID: setID, document: fields.string("document"),
                          statedTotals: statedTotals, entries: entries, location: SourceLocation(file: file, line: 1))
    }
}
