import CongKhaiCore
import CongKhaiInput

/// Seed 003's criterion 3 ("Niêm yết công khai, đầy đủ Danh mục, nội dung TTHC đang còn hiệu
/// lực … Trường hợp thiếu một trong các nội dung thì điểm đánh giá là 0 điểm") can be judged
/// from the site itself: every procedure in force must have its content, and the feedback
/// notice posted with it must carry what the law asks. A score sheet of this site's own unit
/// that gives points for it while either is incomplete is flagged, as other disagreements
/// between points and figures are: in `check` (CK181) and in the scoring page's notes.
///
/// Kept apart from `ScoreEvaluator` (which judges a sheet against its own figures) because
/// this figure comes from the catalog, not from the sheet.
enum ContentCriterionCheck {
    /// The contents of a criteria set that score the posting of procedure content: found by
    /// their wording, so another province's set with another numbering is recognised too.
    static func contentIDs(in set: CriteriaSet) -> Set<String> {
        Set(set.contents.filter { content in
            let text = VietnameseFolding.key(content.text, separator: " ")
            return text.contains("niem yet") && text.contains("noi dung tthc")
        }.map(\.id))
    }

    /// One finding per level of the site's own sheets that gives points to the posting content
    /// while the site lacks what it scores: procedures without their content, or a feedback
    /// notice without the province body's details.
    struct Finding {
        let result: ScoreEvaluator.Result
        package let message: String
        let location: SourceLocation
    }

    static func findings(_ results: [ScoreEvaluator.Result], commune: String, summary: ProcedureCompleteness.Summary,
                         noticeGaps: [String]) -> [Finding] {
        var reasons: [String] = []
        if !summary.isComplete && summary.published > 0 {
            reasons.append("trang của xã hiện có \(summary.published - summary.complete)/\(summary.published) thủ tục đang áp dụng thiếu nội dung (Nghị định 63/2010 Điều 8, xem các cảnh báo CK180)")
        }
        if !noticeGaps.isEmpty {
            reasons.append("thông báo tiếp nhận phản ánh, kiến nghị còn thiếu \(noticeGaps.joined(separator: ", ")) (Nghị định 20/2008/NĐ-CP Điều 13 khoản 3, xem các cảnh báo CK177)")
        }
        guard !reasons.isEmpty else { return [] }
        let own = VietnameseFolding.key(commune)
        var findings: [Finding] = []
        for result in results where VietnameseFolding.key(result.sheet.unit) == own {
            for id in contentIDs(in: result.criteriaSet).sorted() {
                guard let entry = result.sheet.entries[id] else { continue }
                for level in result.criteriaSet.levels {
                    guard let points = entry.points[level.key], points > 0 else { continue }
                    findings.append(Finding(result: result, message: "Tự kiểm tra tiêu chí niêm yết (nội dung \(id), \(level.label)): cho \(VietnameseNumberFormat.number(points)) điểm, nhưng \(reasons.joined(separator: "; ")). Theo tiêu chí, thiếu một nội dung là 0 điểm.",
                                            location: entry.location))
                }
            }
        }
        return findings
    }

    static func check(_ results: [ScoreEvaluator.Result], commune: String, summary: ProcedureCompleteness.Summary,
                      noticeGaps: [String], diagnostics: Diagnostics) {
        for finding in findings(results, commune: commune, summary: summary, noticeGaps: noticeGaps) {
            diagnostics.warning(.contentCriterionClaimed, at: finding.location, finding.message)
        }
    }
}
