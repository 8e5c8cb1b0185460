import CongKhaiCore
import CongKhaiInput

/// Pairs the year's score sheets with the round's units: a sheet for a unit not in the round
/// (CK232), two sheets for one unit, or a sheet on another criteria set than the round's
/// (CK230) are errors at the sheet; a unit that took part without a sheet is warned about
/// (CK231). A unit that never submitted has no sheet, and that is no problem.
enum RoundSheets {
    struct Matched {
        /// Unit key → its evaluated sheet.
        let byUnit: [String: ScoreEvaluator.Result]
        let outside: [ScoreSheet]
    }

    static func match(_ round: ProvinceRound, scores: [ScoreEvaluator.Result], recognition: RecognitionList?,
                      diagnostics: Diagnostics) -> Matched {
        let matcher = RoundUnitMatcher(round.units)
        var byUnit: [String: ScoreEvaluator.Result] = [:]
        var outside: [ScoreSheet] = []
        for result in scores where result.sheet.year == round.year {
            let sheet = result.sheet
            guard let unit = matcher.unit(named: sheet.unit) else {
                outside.append(sheet)
                diagnostics.error(.roundUnitUnknown, at: sheet.location,
                                  "Bảng chấm điểm của \"\(sheet.unit)\" năm \(round.year), đơn vị không có trong danh sách của đợt (\(round.folder)\(RoundFolder.units)).\(matcher.hint(for: sheet.unit)) Sửa tên đơn vị trong bảng chấm cho đúng như danh sách, hoặc thêm đơn vị vào danh sách.")
                continue
            }
            if let first = byUnit[unit.key] {
                diagnostics.error(.roundDataInvalid, at: sheet.location,
                                  "\(unit.name) đã có bảng chấm điểm năm \(round.year) ở \(first.sheet.location.file). Mỗi đơn vị một bảng: giữ một tệp.")
                continue
            }
            if let roundSet = round.info.criteriaSetID, sheet.criteriaSetID != roundSet {
                diagnostics.error(.roundDataInvalid, at: sheet.location,
                                  "Bảng chấm điểm của \(unit.name) dùng bộ tiêu chí \(sheet.criteriaSetID), đợt năm \(round.year) dùng \(roundSet) (\(round.folder)\(RoundFolder.info).yaml).")
            }
            byUnit[unit.key] = result
        }
        let recognized = Set(recognition?.units.map { RoundUnit.key($0.name) } ?? [])
        for unit in round.units where byUnit[unit.key] == nil {
            let progress = round.progress(of: unit)
            guard progress?.tookPart == true || recognized.contains(unit.key) else { continue }
            // A recognized unit without a sheet is already CK192 of the recognition list.
            guard !recognized.contains(unit.key) else { continue }
            diagnostics.warning(.roundUnitWithoutSheet, at: progress?.location ?? unit.location,
                                "\(unit.name) có trong tiến độ của đợt năm \(round.year) nhưng không có bảng chấm điểm (data/cham-diem/\(round.year)/<đơn vị>.xlsx hoặc .yaml). Thêm bảng chấm điểm đơn vị đã nộp.")
        }
        return Matched(byUnit: byUnit, outside: outside)
    }
}
