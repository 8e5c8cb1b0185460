import CongKhaiCore
import CongKhaiInput
import Templates

/// A content scored on a rate the province also holds — criterion 9 on the satisfaction rate of
/// a statistics table, criterion 5.1 on the on-time rate — against what that rate earns under the
/// set's rule. A level whose points differ is warning (CK238 for satisfaction, CK239 for on-time)
/// at the sheet's row, unless the sheet gives the same b and a itself (the sheet's own check,
/// CK103, already says its points are not what its figures earn).
///
/// A satisfaction count that merges neutral votes into "hài lòng" (seed 004's form) is not
/// criterion 9's rate and is not compared; nor is a rate of 0 dossiers, for which the set gives no
/// rule.
enum RateFigureCheck {
    enum Kind {
        case satisfaction, onTime

        var table: StatisticsTable.Kind { self == .satisfaction ? .satisfaction : .onTime }
        var code: DiagnosticCode { self == .satisfaction ? .roundSatisfactionDiffers : .roundOnTimeDiffers }
        var what: String { self == .satisfaction ? "tỷ lệ hài lòng" : "tỷ lệ giải quyết đúng hạn" }
    }

    static func check(_ kind: Kind, figures: [RateFigure], round: ProvinceRound, sheets: [String: ScoreEvaluator.Result],
                      diagnostics: Diagnostics) -> [String: ContentComparison] {
        let byUnit = Dictionary(figures.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        var comparisons: [String: ContentComparison] = [:]
        for unit in round.units {
            guard let result = sheets[unit.key], let figure = byUnit[unit.key],
                  let content = result.criteriaSet.contents.first(where: { $0.table == kind.table }) else { continue }
            let sheetPoints = ContentPoints.sheetPoints(result, content: content.id)
            let entry = result.sheet.entries[content.id]
            if figure.countsNeutral {
                comparisons[unit.key] = ContentComparison(
                    contentID: content.id,
                    reference: .notComparable(reason: "\(figure.source) gộp lượt \"bình thường\" vào \"hài lòng\"; nội dung \(content.id) chỉ tính rất hài lòng và hài lòng"),
                    sheetPoints: sheetPoints, differingLevels: [])
                continue
            }
            switch ContentPoints.earned(numerator: figure.numerator, denominator: figure.denominator, content: content, year: round.year) {
            case .undetermined(let reason):
                comparisons[unit.key] = ContentComparison(contentID: content.id, reference: .notComparable(reason: reason),
                                                          sheetPoints: sheetPoints, differingLevels: [])
            case .points(let earned, let threshold):
                let differing = sheetPoints.filter { $0.points != earned }
                let sameFigures = entry?.numerator == figure.numerator && entry?.denominator == figure.denominator
                if !sameFigures && !differing.isEmpty {
                    let rate = ScoreFormat.percent(Double(figure.numerator) * 100 / Double(figure.denominator))
                    diagnostics.warning(kind.code, at: entry?.location ?? result.sheet.location,
                                        "\(unit.name): nội dung \(content.id) \(ContentPoints.phrase(differing)), nhưng \(kind.what) \(VietnameseNumberFormat.integer(figure.numerator))/\(VietnameseNumberFormat.integer(figure.denominator)) = \(rate) (\(figure.source)) \(earned > 0 ? "đạt" : "dưới") ngưỡng \(ScoreFormat.points(threshold))% nên được \(ScoreFormat.points(earned)) điểm.")
                }
                comparisons[unit.key] = ContentComparison(
                    contentID: content.id,
                    reference: .rate(numerator: figure.numerator, denominator: figure.denominator, threshold: threshold, earned: earned, source: figure.source),
                    sheetPoints: sheetPoints, differingLevels: differing.map(\.level))
            }
        }
        return comparisons
    }

    /// The satisfaction figures of the round's year from the site's statistics tables (`kind:
    /// satisfaction`), one per unit row: b = very satisfied + satisfied, a = all ratings.
    static func satisfactionFigures(_ tables: [StatisticsTable], year: Int) -> [RateFigure] {
        tables.filter { $0.kind == .satisfaction && $0.year == year }.flatMap { table in
            table.rows.compactMap { row -> RateFigure? in
                guard let very = row.counts["very"], let ok = row.counts["ok"], let no = row.counts["no"] else { return nil }
                let source = "bảng thống kê “\(table.title)”" + (table.source.map { ", \($0)" } ?? "")
                return RateFigure(unit: row.label, numerator: very + ok, denominator: very + ok + no, source: source,
                                  countsNeutral: table.includesNeutral, location: nil)
            }
        }
    }
}
