import CongKhaiCore
import CongKhaiInput
import Templates

/// Criterion 6.2 (reuse of digitized data) and criterion 9 (satisfaction) take figures that the
/// site also publishes on `/thong-ke/`: a sheet whose b and a are not the table's would have the
/// site say two things. Each content whose criteria set names a table kind (`table:`) is
/// compared with that table's row for the sheet's unit and year; the page prints what the
/// table says beside the figures, and a difference is a disagreement (CK103).
///
/// Satisfaction needs care: seed 004's form counts "Hài lòng (hoặc bình thường)" in one column,
/// while criterion 9 counts only "rất hài lòng" and "hài lòng". A b equal to that form's sum
/// counts neutral votes: it is not criterion 9's figure.
enum ScoreTableAgreement {
    static func apply(_ results: [ScoreEvaluator.Result], statistics: [StatisticsTable],
                      diagnostics: Diagnostics) -> [ScoreEvaluator.Result] {
        results.map { result in
            var result = result
            for index in result.contents.indices {
                let content = result.contents[index].content
                guard let kind = content.table, let entry = result.contents[index].entry,
                      let b = entry.numerator, let a = entry.denominator,
                      let (table, row) = row(of: result.sheet, kind: kind, in: statistics) else { continue }
                let (note, problem) = compare(content: content, b: b, a: a, table: table, row: row)
                result.contents[index].tableNote = note
                if let problem {
                    result.disagreements.append(.init(contentID: content.id, level: nil, message: problem, location: entry.location))
                    diagnostics.warning(.scoreDisagreement, at: entry.location, "\(result.sheet.unit) \(result.sheet.year): \(problem)")
                }
            }
            return result
        }
    }

    /// The table of `kind` for the sheet's year and its row for the sheet's unit.
    static func row(of sheet: ScoreSheet, kind: StatisticsTable.Kind,
                    in statistics: [StatisticsTable]) -> (StatisticsTable, StatisticsTable.Row)? {
        let unit = VietnameseFolding.key(sheet.unit)
        for table in statistics where table.kind == kind && table.year == sheet.year {
            if let row = table.rows.first(where: { VietnameseFolding.key($0.label) == unit }) { return (table, row) }
        }
        return nil
    }

    /// The note printed beside the figures, and the disagreement, if any.
    static func compare(content: CriteriaSet.Content, b: Int, a: Int, table: StatisticsTable,
                        row: StatisticsTable.Row) -> (note: String?, problem: String?) {
        let name = "bảng thống kê “\(table.title)”"
        func figures(_ b: Int, _ a: Int) -> String { "\(VietnameseNumberFormat.integer(b))/\(VietnameseNumberFormat.integer(a))" }
        switch table.kind {
        case .reuse:
            guard let reused = row.counts["b"], let total = row.counts["a"] else { break }
            if reused == b && total == a { return ("Khớp với \(name): \(figures(reused, total)).", nil) }
            return ("Khác \(name): \(figures(reused, total)).",
                    "\(content.id): bảng chấm ghi b = \(VietnameseNumberFormat.integer(b)), a = \(VietnameseNumberFormat.integer(a)) nhưng \(name) của trang ghi \(figures(reused, total)) hồ sơ. Sửa cho khớp.")
        case .satisfaction:
            guard let very = row.counts["very"], let ok = row.counts["ok"], let no = row.counts["no"] else { break }
            let total = very + ok + no
            if table.includesNeutral {
                let note = "\(name.prefix(1).uppercased() + name.dropFirst()) ghi \(figures(very + ok, total)), nhưng cột \"\(SatisfactionHeaders.mergedLabel)\" gồm cả lượt đánh giá bình thường."
                if b == very + ok {
                    return (note, "\(content.id): b = \(VietnameseNumberFormat.integer(b)) là số \"rất hài lòng\" cộng \"\(SatisfactionHeaders.mergedLabel)\" của \(name), gồm cả lượt đánh giá bình thường; tiêu chí này chỉ tính rất hài lòng và hài lòng. Lấy số lượt hài lòng riêng từ hệ thống đánh giá.")
                }
                if a != total {
                    return (note, "\(content.id): bảng chấm ghi a = \(VietnameseNumberFormat.integer(a)) lượt đánh giá nhưng \(name) của trang ghi tổng \(VietnameseNumberFormat.integer(total)) lượt.")
                }
                return (note, nil)
            }
            if very + ok == b && total == a { return ("Khớp với \(name): \(figures(very + ok, total)).", nil) }
            return ("Khác \(name): \(figures(very + ok, total)).",
                    "\(content.id): bảng chấm ghi b = \(VietnameseNumberFormat.integer(b)), a = \(VietnameseNumberFormat.integer(a)) nhưng \(name) của trang ghi \(figures(very + ok, total)) lượt. Sửa cho khớp.")
        case .online, .onTime:
            break
        }
        return (nil, nil)
    }
}
