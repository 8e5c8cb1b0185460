import CongKhaiInput
import CongKhaiSite

/// Ranks a year's units so that only scores of one assessment level are compared.
///
/// A self-score (tự chấm) is the unit's own claim; an appraised or verified score has been
/// checked by someone else. Putting them in one list would let a generous self-score outrank
/// a verified one, so each unit is ranked by its highest level that has scores (verified, else
/// appraised, else self: the criteria set's `levels`, last first), among units at that level,
/// and the groups follow the levels from the highest down. Equal totals share a rank.
public struct ScoreRanking: Sendable {
    public struct Row: Sendable {
        public let rank: Int
        public let total: Double
        public let result: ScoreEvaluator.Result
    }

    public struct Group: Sendable {
        /// Nil for units with no scores at all (listed last, unranked).
        public let level: CriteriaSet.Level?
        public let rows: [Row]
    }

    public let groups: [Group]

    public init(_ results: [ScoreEvaluator.Result]) {
        /// A level's place among the set's levels: the later, the more checked.
        func depth(_ result: ScoreEvaluator.Result) -> Int {
            guard let level = result.finalLevel else { return -1 }
            return result.criteriaSet.levels.firstIndex(of: level) ?? -1
        }
        let byLevel = Dictionary(grouping: results) { result in result.finalLevel?.key ?? "" }
        let keys = byLevel.keys.sorted { left, right in
            let (l, r) = (depth(byLevel[left]![0]), depth(byLevel[right]![0]))
            return l != r ? l > r : left < right
        }
        groups = keys.map { key in
            let members = byLevel[key]!
            guard let level = members[0].finalLevel else {
                return Group(level: nil, rows: members.sorted { $0.sheet.unit < $1.sheet.unit }
                    .map { Row(rank: 0, total: 0, result: $0) })
            }
            let scored = members.map { ($0, $0.totals[level.key] ?? 0) }
                .sorted { ($0.1, $1.0.sheet.unit) > ($1.1, $0.0.sheet.unit) }
            var rows: [Row] = []
            for (index, (result, total)) in scored.enumerated() {
                let rank = index > 0 && rows[index - 1].total == total ? rows[index - 1].rank : index + 1
                rows.append(Row(rank: rank, total: total, result: result))
            }
            return Group(level: level, rows: rows)
        }
    }
}
