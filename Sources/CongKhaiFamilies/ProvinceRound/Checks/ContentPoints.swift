import CongKhaiInput
import Templates

/// What a rate earns under a content's rule, compared exactly: b·100 ≥ threshold·a (949 of
/// 1,000 is below 95%), never a rounded percentage. QĐ 737's rate contents are all or nothing
/// (seed 003: full points at or above the threshold, 0 below).
enum ContentPoints {
    enum Earned: Equatable {
        case points(Double, threshold: Double)
        /// No rule gives points for this figure, and why.
        case undetermined(String)
    }

    static func earned(numerator b: Int, denominator a: Int, content: CriteriaSet.Content, year: Int) -> Earned {
        guard case .rate(let threshold, let fullIfNone, _, _) = content.rule else {
            return .undetermined("nội dung \(content.id) không chấm theo tỷ lệ")
        }
        guard let limit = threshold.value(for: year) else {
            return .undetermined("bộ tiêu chí chưa có ngưỡng năm \(year) cho nội dung \(content.id)")
        }
        if a == 0 {
            // Seed 003 says what no case gives only for criteria 4 and 8 (`if_none: full`).
            return fullIfNone ? .points(content.max, threshold: limit)
                : .undetermined("a = 0: bộ tiêu chí không nói khi không có hồ sơ nào thì được bao nhiêu điểm")
        }
        return .points(Double(b) * 100 >= limit * Double(a) ? content.max : 0, threshold: limit)
    }

    /// "tự chấm 5, thẩm định 5 điểm": the differing levels of one content in one phrase.
    static func phrase(_ levels: [LevelPoints]) -> String {
        levels.map { "\($0.label.lowercasingFirstLetter) \(ScoreFormat.points($0.points))" }.joined(separator: ", ") + " điểm"
    }

    /// The sheet's points for a content at each level that gives some, in the set's order.
    static func sheetPoints(_ result: ScoreEvaluator.Result, content: String) -> [LevelPoints] {
        guard let entry = result.sheet.entries[content] else { return [] }
        return result.criteriaSet.levels.compactMap { level in
            entry.points[level.key].map { LevelPoints(level: level.key, label: level.columnHeading, points: $0) }
        }
    }
}
