import CongKhaiCore
import CongKhaiInput
import Templates

/// Criterion 6.2 against the province's appendix, which gives each unit's points "để các địa
/// phương sử dụng trực tiếp" (seed 000 point 2): the round shows the appendix's points, and a
/// sheet whose 6.2 differs at any level is warning CK237 at the sheet's row, as is a unit with a
/// sheet but no row in the appendix. An appendix row whose points are not what its own rate earns
/// under the set's rule is reported too, and its points are still the ones used: the province's
/// document says so.
///
/// The content is the one the criteria set marks `table: reuse` (6.2 in QĐ 737).
enum ReuseAppendixCheck {
    static func check(_ round: ProvinceRound, sheets: [String: ScoreEvaluator.Result],
                      diagnostics: Diagnostics) -> [String: ContentComparison] {
        guard let appendix = round.reuseAppendix else { return [:] }
        let rows = Dictionary(appendix.rows.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        var comparisons: [String: ContentComparison] = [:]
        for unit in round.units {
            guard let result = sheets[unit.key] else { continue }
            guard let content = result.criteriaSet.contents.first(where: { $0.table == .reuse }) else {
                diagnostics.warning(.roundReuseAppendixDiffers, at: SourceLocation(file: appendix.file, line: 1),
                                    "Bộ tiêu chí \(result.criteriaSet.id) không có nội dung nào ghi \"table: reuse\", nên phụ lục 6.2 không đối chiếu được với bảng chấm. Thêm \"table: reuse\" vào nội dung 6.2 của bộ tiêu chí.")
                return [:]
            }
            let sheetPoints = ContentPoints.sheetPoints(result, content: content.id)
            let entryLocation = result.sheet.entries[content.id]?.location ?? result.sheet.location
            guard let row = rows[unit.key] else {
                comparisons[unit.key] = ContentComparison(contentID: content.id, reference: .missingFromAppendix,
                                                          sheetPoints: sheetPoints, differingLevels: [])
                diagnostics.warning(.roundReuseAppendixDiffers, at: entryLocation,
                                    "\(unit.name) có bảng chấm điểm nhưng không có trong phụ lục \(content.id) (\(appendix.file)). Bổ sung hàng của đơn vị vào phụ lục.")
                continue
            }
            let earned = row.rate.map { rate in rate >= (threshold(content, year: round.year) ?? .infinity) ? content.max : 0 }
            if let points = row.points, points > content.max {
                diagnostics.error(.roundDataInvalid, at: row.location,
                                  "Phụ lục \(content.id) ghi \(unit.name) \(ScoreFormat.points(points)) điểm, quá thang điểm \(ScoreFormat.points(content.max)) của nội dung.")
            }
            if let points = row.points, let earned, points != earned {
                diagnostics.warning(.roundReuseAppendixDiffers, at: row.location,
                                    "Phụ lục \(content.id) ghi \(unit.name) tỷ lệ \(ScoreFormat.percent(row.rate!)) và \(ScoreFormat.points(points)) điểm, nhưng theo bộ tiêu chí tỷ lệ này được \(ScoreFormat.points(earned)) điểm. Vẫn dùng điểm của phụ lục (văn bản ghi \"sử dụng trực tiếp\"); kiểm tra lại với Văn phòng UBND tỉnh.")
            }
            guard let points = row.points ?? earned else {
                comparisons[unit.key] = ContentComparison(
                    contentID: content.id, reference: .notComparable(reason: "bộ tiêu chí chưa có ngưỡng năm \(round.year) để tính điểm từ tỷ lệ"),
                    sheetPoints: sheetPoints, differingLevels: [])
                continue
            }
            let differing = sheetPoints.filter { $0.points != points }
            if !differing.isEmpty {
                diagnostics.warning(.roundReuseAppendixDiffers, at: entryLocation,
                                    "\(unit.name): nội dung \(content.id) \(ContentPoints.phrase(differing)), phụ lục của tỉnh ghi \(ScoreFormat.points(points)) điểm\(row.points == nil ? " (theo tỷ lệ \(ScoreFormat.percent(row.rate!)))" : ""). Phụ lục được dùng trực tiếp: sửa điểm trong bảng chấm theo phụ lục.")
            }
            comparisons[unit.key] = ContentComparison(
                contentID: content.id,
                reference: .appendix(points: points, rate: row.rate, pointsFromRate: row.points == nil, document: appendix.document),
                sheetPoints: sheetPoints, differingLevels: differing.map(\.level))
        }
        return comparisons
    }

    private static func threshold(_ content: CriteriaSet.Content, year: Int) -> Double? {
        guard case .rate(let threshold, _, _, _) = content.rule else { return nil }
        return threshold.value(for: year)
    }
}
