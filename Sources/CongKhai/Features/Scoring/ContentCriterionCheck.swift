/// Seed 003's criterion 3 ("Niêm yết công khai, đầy đủ Danh mục, nội dung TTHC đang còn hiệu
/// lực … Trường hợp thiếu một trong các nội dung thì điểm đánh giá là 0 điểm") can be judged
/// from the site itself: every procedure in force must have its content. A score sheet of
/// this site's own unit that gives points for it while some procedure lacks content is
/// flagged, as other disagreements between points and figures are.
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

    static func check(_ results: [ScoreEvaluator.Result], commune: String, summary: ProcedureCompleteness.Summary,
                      diagnostics: Diagnostics) {
        guard !summary.isComplete else { return }
        let own = VietnameseFolding.key(commune)
        for result in results where VietnameseFolding.key(result.sheet.unit) == own {
            for id in contentIDs(in: result.criteriaSet).sorted() {
                guard let entry = result.sheet.entries[id] else { continue }
                for level in result.criteriaSet.levels {
                    guard let points = entry.points[level.key], points > 0 else { continue }
                    diagnostics.warning(.contentCriterionClaimed, at: entry.location,
                                        "Nội dung \(id) (\(level.label)) cho \(VietnameseNumberFormat.number(points)) điểm, nhưng trang của xã hiện có \(summary.published - summary.complete)/\(summary.published) thủ tục đang áp dụng thiếu nội dung (Nghị định 63/2010 Điều 8): theo tiêu chí, thiếu một nội dung là 0 điểm. Xem các cảnh báo CK180.")
                }
            }
        }
    }
}
