import CongKhaiCore
import CongKhaiInput
import CongKhaiSite
import Templates

/// Scores a sheet against its criteria set: the points each rule earns from the sheet's
/// figures, subtotals and totals per level, and every disagreement between them.
public struct ScoreEvaluator: Sendable {
    public struct ContentResult: Sendable {
        public let content: CriteriaSet.Content
        public let entry: ScoreSheet.Entry?
        /// Points the figures earn under the rule; nil when the rule is judged by people or
        /// the sheet gives no figures.
        public let computed: Double?
        /// The rate or index the figures give, for display.
        public let measured: Double?
        /// What the site's statistics table of the same figures says (`CriteriaSet.Content.table`),
        /// printed beside the figures: agreeing or not, the reader sees both.
        public var tableNote: String? = nil
    }

    public struct Disagreement: Sendable, Equatable {
        public let contentID: String?
        public let level: String?
        public let message: String
        public let location: SourceLocation
    }

    public struct Result: Sendable {
        public let sheet: ScoreSheet
        public let criteriaSet: CriteriaSet
        public var contents: [ContentResult]
        /// Level key → criterion number → subtotal.
        public let subtotals: [String: [Int: Double]]
        /// Level key → the sum of the contents' points. The sheet's own stated totals are
        /// `sheet.statedTotals`; where they differ, pages show both (`statedTotal(differingAt:)`).
        public let totals: [String: Double]
        public var disagreements: [Disagreement]

        /// The total the sheet states for a level when it is not the sum of its contents.
        public func statedTotal(differingAt level: String) -> Double? {
            guard let stated = sheet.statedTotals[level], stated != (totals[level] ?? 0) else { return nil }
            return stated
        }

        /// The last level that has scores: the result that counts.
        public var finalLevel: CriteriaSet.Level? {
            criteriaSet.levels.last { level in contents.contains { $0.entry?.points[level.key] != nil } }
        }

        public var recognized: Bool? {
            guard let threshold = criteriaSet.recognitionTotal, let level = finalLevel else { return nil }
            return (totals[level.key] ?? 0) >= threshold
        }
    }

    public static func evaluate(_ sheet: ScoreSheet, against set: CriteriaSet) -> Result {
        var disagreements: [Disagreement] = []
        var results: [ContentResult] = []
        var subtotals: [String: [Int: Double]] = [:]
        var totals: [String: Double] = [:]
        let usedLevels = set.levels.filter { level in sheet.entries.values.contains { $0.points[level.key] != nil } }

        for criterion in set.criteria {
            for content in criterion.contents {
                let entry = sheet.entries[content.id]
                let (computed, measured, problem) = compute(content, entry: entry, year: sheet.year)
                results.append(ContentResult(content: content, entry: entry, computed: computed, measured: measured))
                let location = entry?.location ?? sheet.location
                if let problem {
                    disagreements.append(.init(contentID: content.id, level: nil, message: problem, location: location))
                }
                for level in usedLevels {
                    guard let given = entry?.points[level.key] else {
                        disagreements.append(.init(contentID: content.id, level: level.key,
                                                   message: "\(content.label) của tiêu chí \(criterion.number) (\(content.id)) chưa có điểm \"\(level.label)\".",
                                                   location: location))
                        continue
                    }
                    subtotals[level.key, default: [:]][criterion.number, default: 0] += given
                    totals[level.key, default: 0] += given
                    if given > content.max || given < 0 {
                        disagreements.append(.init(contentID: content.id, level: level.key,
                                                   message: "\(content.id): \(level.label) \(ScoreFormat.points(given)) điểm, ngoài thang điểm 0–\(ScoreFormat.points(content.max)).",
                                                   location: location))
                    } else if let computed, computed != given {
                        let figure = measured.map { " (\(content.rule.isIndex ? "chỉ số" : "tỷ lệ") \(measuredText($0, rule: content.rule)))" } ?? ""
                        disagreements.append(.init(contentID: content.id, level: level.key,
                                                   message: "\(content.id): \(level.label) \(ScoreFormat.points(given)) điểm nhưng số liệu cho \(ScoreFormat.points(computed)) điểm\(figure).",
                                                   location: location))
                    } else if case .allOrNothing = content.rule, given != 0, given != content.max {
                        disagreements.append(.init(contentID: content.id, level: level.key,
                                                   message: "\(content.id): nội dung chấm 0 hoặc \(ScoreFormat.points(content.max)) điểm (thiếu một nội dung là 0 điểm), không chấm \(ScoreFormat.points(given)).",
                                                   location: location))
                    }
                }
            }
        }
        for id in sheet.entries.keys.sorted() where !set.contents.contains(where: { $0.id == id }) {
            disagreements.append(.init(contentID: id, level: nil, message: "Nội dung \"\(id)\" không có trong bộ tiêu chí \(set.id).",
                                       location: sheet.entries[id]!.location))
        }
        for level in set.levels {
            guard let stated = sheet.statedTotals[level.key] else { continue }
            let sum = totals[level.key] ?? 0
            if stated != sum {
                disagreements.append(.init(contentID: nil, level: level.key,
                                           message: "Tổng \"\(level.label)\" ghi \(ScoreFormat.points(stated)) điểm nhưng cộng các nội dung được \(ScoreFormat.points(sum)) điểm.",
                                           location: sheet.location))
            }
        }
        return Result(sheet: sheet, criteriaSet: set, contents: results, subtotals: subtotals, totals: totals, disagreements: disagreements)
    }

    /// Points the sheet's figures earn under the content's rule.
    static func compute(_ content: CriteriaSet.Content, entry: ScoreSheet.Entry?, year: Int) -> (Double?, Double?, String?) {
        guard let entry else { return (nil, nil, nil) }
        switch content.rule {
        case .manual, .allOrNothing:
            return (nil, nil, nil)
        case .checklist(let items):
            guard let met = entry.itemsMet else { return (nil, nil, nil) }
            guard met.count == items.count else {
                return (nil, nil, "\(content.id): danh sách đạt/không đạt có \(met.count) mục, bộ tiêu chí có \(items.count) mục.")
            }
            return (zip(items, met).reduce(0) { $0 + ($1.1 ? $1.0.points : 0) }, nil, nil)
        case .rate(let threshold, let fullIfNone, _, _):
            guard let b = entry.numerator, let a = entry.denominator else { return (nil, nil, nil) }
            if a == 0 { return (fullIfNone ? content.max : 0, nil, nil) }
            if b > a || b < 0 { return (nil, nil, "\(content.id): b = \(b) lớn hơn a = \(a), tỷ lệ không thể vượt 100%.") }
            guard let limit = threshold.value(for: year) else {
                return (nil, nil, "\(content.id): bộ tiêu chí chưa có ngưỡng cho năm \(year).")
            }
            let rate = Double(b) * 100 / Double(a)
            return (rate >= limit ? content.max : 0, rate, nil)
        case .noneArose:
            if entry.arose == false { return (content.max, nil, nil) }
            guard let b = entry.numerator, let a = entry.denominator else { return (nil, nil, nil) }
            if a == 0 { return (content.max, nil, nil) }
            return (b == a ? content.max : 0, Double(b) * 100 / Double(a), nil)
        case .index(let threshold):
            guard let value = entry.value else { return (nil, nil, nil) }
            return (value >= threshold ? content.max : 0, value, nil)
        }
    }

    /// A measured figure as the rule writes it: a rate in percent, an index in points (the
    /// portal's service-quality index is out of 100 points, not a percentage).
    static func measuredText(_ value: Double, rule: CriteriaSet.Rule) -> String {
        if case .index = rule { return "\(ScoreFormat.points(value)) điểm" }
        return ScoreFormat.percent(value)
    }
}

/// Points and rates in Vietnamese notation: "94", "2,5", "97,5%".
enum ScoreFormat {
    static func points(_ value: Double) -> String {
        VietnameseNumberFormat.number(value)
    }

    static func percent(_ value: Double) -> String { VietnameseNumberFormat.decimal(value, digits: 1) + "%" }
}
