import CongKhaiCore
import CongKhaiInput
import Templates
import Yams

/// Reads `data/cham-diem/<set>.yaml` into a `CriteriaSet`, reporting every malformed part.
enum CriteriaSetReader {
    static func read(_ node: Node, id: String, file: String, diagnostics: Diagnostics) -> CriteriaSet? {
        guard let fields = YAMLFields(node, file: file, diagnostics: diagnostics, invalidValueCode: .criteriaSetInvalid,
                                      what: "Bộ tiêu chí") else { return nil }
        let errorsBefore = diagnostics.errors.count
        func fail(_ location: SourceLocation, _ message: String) { diagnostics.error(.criteriaSetInvalid, at: location, message) }

        var levels: [CriteriaSet.Level] = []
        for item in fields.sequence("levels") ?? [] {
            guard let level = YAMLFields(item, file: file, diagnostics: diagnostics, invalidValueCode: .criteriaSetInvalid, what: "Cấp đánh giá"),
                  let key = level.string("key"), let label = level.string("label") else {
                fail(SourceLocation(file: file, line: item.mark?.line), "Mỗi cấp đánh giá cần \"key\" và \"label\".")
                continue
            }
            levels.append(.init(key: key, label: label, heading: level.string("heading")))
        }
        if levels.isEmpty { fail(fields.location(of: "levels"), "Bộ tiêu chí cần ít nhất một cấp đánh giá (levels), ví dụ tu_cham.") }

        var criteria: [CriteriaSet.Criterion] = []
        var seenIDs: Set<String> = []
        for item in fields.sequence("criteria") ?? [] {
            guard let criterion = YAMLFields(item, file: file, diagnostics: diagnostics, invalidValueCode: .criteriaSetInvalid, what: "Tiêu chí"),
                  let number = criterion.int("number"), let title = criterion.string("title") else {
                fail(SourceLocation(file: file, line: item.mark?.line), "Mỗi tiêu chí cần \"number\" và \"title\".")
                continue
            }
            var contents: [CriteriaSet.Content] = []
            for contentNode in criterion.sequence("contents") ?? [] {
                guard let content = YAMLFields(contentNode, file: file, diagnostics: diagnostics, invalidValueCode: .criteriaSetInvalid, what: "Nội dung"),
                      let id = content.string("id"), let max = content.string("max").flatMap(ScoreNumber.parse) else {
                    fail(SourceLocation(file: file, line: contentNode.mark?.line), "Mỗi nội dung cần \"id\" và \"max\" (thang điểm).")
                    continue
                }
                if !seenIDs.insert(id).inserted { fail(content.location(of: "id"), "Nội dung \"\(id)\" bị lặp.") }
                guard let rule = readRule(content, max: max, fail: fail) else { continue }
                var table: StatisticsTable.Kind?
                if let kind = content.string("table") {
                    table = StatisticsTable.Kind(rawValue: kind)
                    if table == nil || table == .online {
                        fail(content.location(of: "table"), "\"table\" phải là reuse (tỷ lệ sử dụng lại dữ liệu số hóa), satisfaction (mức độ hài lòng) hoặc on_time (tỷ lệ giải quyết đúng hạn).")
                        table = nil
                    }
                }
                contents.append(.init(id: id, label: content.string("label") ?? "Nội dung", text: content.string("text") ?? "",
                                      max: max, rule: rule, table: table))
            }
            criteria.append(.init(number: number, title: title, note: criterion.string("note"), contents: contents))
        }
        let recognitionLevel = fields.string("recognition_level")
        if let recognitionLevel, !levels.contains(where: { $0.key == recognitionLevel }) {
            fail(fields.location(of: "recognition_level"), "\"recognition_level\" phải là key của một cấp trong levels (\(levels.map(\.key).joined(separator: ", "))).")
        }
        guard diagnostics.errors.count == errorsBefore else { return nil }
        var set = CriteriaSet(id: id, name: fields.string("name") ?? id, decision: fields.string("decision"), levels: levels,
                              recognitionTotal: fields.string("recognition_total").flatMap(ScoreNumber.parse), criteria: criteria)
        set.recognitionLevel = recognitionLevel ?? levels.last?.key
        return set
    }

    private static func readRule(_ content: YAMLFields, max: Double,
                                 fail: (SourceLocation, String) -> Void) -> CriteriaSet.Rule? {
        switch content.string("rule") ?? "manual" {
        case "manual": return .manual
        case "all_or_nothing": return .allOrNothing
        case "none_arose": return .noneArose
        case "checklist":
            var items: [CriteriaSet.ChecklistItem] = []
            for node in content.sequence("items") ?? [] {
                let item = YAMLFields(node, file: content.file, diagnostics: content.diagnostics, invalidValueCode: .criteriaSetInvalid, what: "Mục")
                guard let text = item?.string("text"), let points = item?.string("points").flatMap(ScoreNumber.parse) else {
                    fail(SourceLocation(file: content.file, line: node.mark?.line), "Mỗi mục cần \"text\" và \"points\".")
                    return nil
                }
                items.append(.init(text: text, points: points))
            }
            let sum = items.reduce(0) { $0 + $1.points }
            if sum != max { fail(content.location(of: "items"), "Các mục cộng lại \(ScoreFormat.points(sum)) điểm, khác thang điểm \(ScoreFormat.points(max)).") }
            return .checklist(items)
        case "rate":
            var byYear: [Int: Double] = [:]
            if let years = content.fields("thresholds") {
                for key in years.keys {
                    guard let year = Int(key), let value = years.string(key).flatMap(ScoreNumber.parse) else {
                        fail(years.location(of: key), "Ngưỡng theo năm phải có dạng \"2024\": 75.")
                        continue
                    }
                    byYear[year] = value
                }
            }
            // A year's target the decision does not give (seed 003's 6.1 gives 2024 only) may be
            // set by the site, under its own key, so it is never mistaken for the decision's.
            var siteYears: Set<Int> = []
            if let years = content.fields("site_thresholds") {
                for key in years.keys {
                    guard let year = Int(key), let value = years.string(key).flatMap(ScoreNumber.parse) else {
                        fail(years.location(of: key), "Ngưỡng do trang tự đặt phải có dạng \"2025\": 95.")
                        continue
                    }
                    if byYear[year] != nil {
                        fail(years.location(of: key), "Năm \(year) đã có ngưỡng theo văn bản trong \"thresholds\"; bỏ một trong hai.")
                        continue
                    }
                    byYear[year] = value
                    siteYears.insert(year)
                }
            }
            let standard = content.string("threshold").flatMap(ScoreNumber.parse)
            if standard == nil && byYear.isEmpty { fail(content.location(of: "rule"), "Quy tắc tỷ lệ cần \"threshold\" (%) hoặc \"thresholds\" theo năm.") }
            return .rate(threshold: .init(standard: standard, byYear: byYear, siteYears: siteYears),
                         fullIfNone: content.string("if_none") == "full",
                         numerator: content.string("b"), denominator: content.string("a"))
        case "index":
            guard let threshold = content.string("threshold").flatMap(ScoreNumber.parse) else {
                fail(content.location(of: "rule"), "Quy tắc chỉ số cần \"threshold\".")
                return nil
            }
            return .index(threshold: threshold)
        case let other:
            fail(content.location(of: "rule"), "Quy tắc \"\(other)\" không biết. Dùng manual, checklist, all_or_nothing, rate, none_arose hoặc index.")
            return nil
        }
    }
}
