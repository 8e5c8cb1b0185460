import CongKhaiCore
import CongKhaiInput

/// Checks each recognition list (`data/cong-nhan/<year>.yaml`) against the year's score sheets.
///
/// A list that names a unit with a score its sheet does not give, or a unit below the total
/// the criteria set requires, publishes a contradiction under the province's name: both are
/// errors; so is a unit whose sheet has no scores at the level recognition rests on (the
/// province's verification, `recognition_level`): it would be recognized on figures nobody
/// above it checked. A unit without a sheet cannot be checked: it is warned about.
enum RecognitionCheck {
    static func check(_ lists: [RecognitionList], scores: [ScoreEvaluator.Result], diagnostics: Diagnostics) {
        for list in lists {
            var sheets: [String: ScoreEvaluator.Result] = [:]
            for result in scores where result.sheet.year == list.year {
                sheets[VietnameseFolding.key(result.sheet.unit)] = sheets[VietnameseFolding.key(result.sheet.unit)] ?? result
            }
            let file = "data/\(RecognitionListReader.folder)\(list.year).yaml"
            for unit in list.units {
                let location = unit.location ?? SourceLocation(file: file, line: 1)
                guard let result = sheets[VietnameseFolding.key(unit.name)] else {
                    diagnostics.warning(.recognitionUnitWithoutSheet, at: location,
                                        "\(unit.name) có trong danh sách công nhận năm \(list.year) nhưng không có bảng chấm điểm data/cham-diem/\(list.year)/<đơn vị>.yaml để đối chiếu điểm.")
                    continue
                }
                guard let level = result.finalLevel else {
                    diagnostics.error(.recognitionScoreDiffers, at: location,
                                      "\(unit.name) có trong danh sách công nhận năm \(list.year) nhưng bảng chấm điểm \(result.sheet.location.file) chưa có điểm nào.")
                    continue
                }
                let total = result.totals[level.key] ?? 0
                if let listed = unit.score, listed != total {
                    diagnostics.error(.recognitionScoreDiffers, at: location,
                                      "\(unit.name): danh sách công nhận ghi \(ScoreFormat.points(listed)) điểm nhưng bảng chấm điểm \(result.sheet.location.file) cho \(ScoreFormat.points(total)) điểm (\(ScoringRenderer.lowercasingFirst(level.label))). Sửa cho khớp với bảng chấm điểm.")
                }
                if let threshold = result.criteriaSet.recognitionTotal, total < threshold {
                    diagnostics.error(.recognitionBelowThreshold, at: location,
                                      "\(unit.name) được ghi là công nhận nhưng tổng điểm \(ScoreFormat.points(total)) (\(ScoringRenderer.lowercasingFirst(level.label))) dưới mức công nhận \(ScoreFormat.points(threshold)) điểm của bộ tiêu chí \(result.criteriaSet.id).")
                }
                // The province's verification is what recognition rests on: without scores at
                // that level the list would say more than the sheets do.
                if let verification = result.criteriaSet.recognitionLevel, result.criteriaSet.levels.count > 1,
                   result.totals[verification] == nil,
                   let label = result.criteriaSet.levels.first(where: { $0.key == verification })?.label {
                    diagnostics.error(.recognitionUnverified, at: location,
                                      "\(unit.name) có trong danh sách công nhận năm \(list.year) nhưng bảng chấm điểm \(result.sheet.location.file) chưa có \(ScoringRenderer.lowercasingFirst(label)) (điểm cao nhất có là \(ScoringRenderer.lowercasingFirst(level.label))). Việc công nhận cần kết quả thẩm tra của tỉnh: thêm điểm cấp \"\(verification)\" vào bảng chấm điểm, hoặc bỏ đơn vị khỏi danh sách.")
                }
            }
        }
    }
}
