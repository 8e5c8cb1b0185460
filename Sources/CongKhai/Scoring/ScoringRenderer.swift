import Foundation

/// Jobs for `/mot-cua-kieu-mau/<year>/`: the scoring table of the year's unit, or, when a year
/// has several units, a ranking that links to each unit's table at `/mot-cua-kieu-mau/<year>/<unit>/`.
struct ScoringRenderer {
    let context: TemplateContext

    /// Whether a year's results are shown as one score sheet at the year's address; else the
    /// year's page ranks the units and each has its own sheet. The renderer, the family's
    /// layouts and the internal notes all follow this one answer.
    static func isSingleSheet(_ results: [ScoreEvaluator.Result], config: SiteConfig) -> Bool {
        results.count == 1 && !config.isProvince
    }

    func jobs() -> [RenderJob] {
        let site = context.site
        let byYear = Dictionary(grouping: site.scores, by: \.sheet.year)
        var jobs: [RenderJob] = []
        for year in byYear.keys.sorted() {
            let results = byYear[year]!
            let yearPath = Routes.scoringYear(year)
            if Self.isSingleSheet(results, config: site.config) {
                let result = results[0]
                jobs.append(.html(yearPath) { render(result, path: yearPath, ranking: nil) })
                continue
            }
            jobs.append(.html(yearPath) {
                site.theme.render(context.page(title: "Bộ phận Một cửa kiểu mẫu năm \(year): kết quả chấm điểm", sitePath: yearPath,
                                               extra: ["ranking": rankingValues(results, year: year)]), template: "score-ranking")
            })
            for result in results {
                let path = Routes.scoreSheet(year: year, unit: result.sheet.slug)
                jobs.append(.html(path) { render(result, path: path, ranking: yearPath) })
            }
        }
        for list in site.recognitions {
            let path = Routes.recognitionYear(list.year)
            jobs.append(.html(path) {
                site.theme.render(context.page(title: "Danh sách Bộ phận Một cửa kiểu mẫu được công nhận năm \(list.year)", sitePath: path,
                                               extra: ["recognition": recognitionValues(list)]), template: "recognition")
            })
        }
        return jobs
    }

    private func render(_ result: ScoreEvaluator.Result, path: String, ranking: String?) -> String {
        var values = sheetValues(result)
        if let ranking { values["ranking_url"] = context.url(ranking) }
        return context.site.theme.render(
            context.page(title: "Bảng chấm điểm Bộ phận Một cửa kiểu mẫu năm \(result.sheet.year): \(result.sheet.unit)",
                         sitePath: path, extra: ["score": values]), template: "score-sheet")
    }

    func sheetValues(_ result: ScoreEvaluator.Result) -> [String: Any] {
        let levels = result.criteriaSet.levels
        let showNotes = context.site.config.showScoreDisagreements
        let flagged = showNotes ? Set(result.disagreements.compactMap(\.contentID)) : []
        func cells(_ value: (CriteriaSet.Level) -> Double?) -> [[String: Any]] {
            levels.map { level in ["value": value(level).map(ScoreFormat.points) ?? "—"] }
        }
        var criterionValues: [[String: Any]] = []
        var index = 0
        for criterion in result.criteriaSet.criteria {
            let contents = criterion.contents.map { content -> [String: Any] in
                let outcome = result.contents.first { $0.content.id == content.id }
                index += 1
                var values: [String: Any] = [
                    "id": content.id, "label": content.label, "text_html": Self.lines(content.text) ?? "", "max": ScoreFormat.points(content.max),
                    "points": cells { outcome?.entry?.points[$0.key] },
                    "flagged": flagged.contains(content.id),
                ]
                if case .checklist(let items) = content.rule {
                    values["items"] = items.map { ["text": $0.text, "points": ScoreFormat.points($0.points)] }
                    // Each item on its own line, as the original lists them ("- … (02 điểm).").
                    let lines = items.map { HTMLEscape.text($0.text) }.joined(separator: "<br>")
                    values["items_html"] = content.text.isEmpty ? lines : "<br>" + lines
                }
                if let computed = outcome?.computed { values["computed"] = ScoreFormat.points(computed) }
                if case .rate(let threshold, _, _, _) = content.rule, threshold.siteYears.contains(result.sheet.year),
                   let value = threshold.value(for: result.sheet.year) {
                    values["threshold_note"] = "Ngưỡng năm \(result.sheet.year) (\(ScoreFormat.percent(value))) do trang tự đặt, không có trong \(result.criteriaSet.decision ?? "bộ tiêu chí")."
                }
                if let measured = outcome?.measured { values["measured"] = ScoreFormat.percent(measured) }
                if let entry = outcome?.entry {
                    if let b = entry.numerator, let a = entry.denominator {
                        values["figures"] = "b = \(VietnameseNumberFormat.integer(b)), a = \(VietnameseNumberFormat.integer(a))"
                    }
                    if entry.arose == false { values["figures"] = "Không phát sinh trong năm" }
                    if let value = entry.value, case .index = content.rule { values["figures"] = "Chỉ số: \(ScoreFormat.points(value))" }
                    values["source"] = entry.source
                    values["note"] = entry.note
                }
                return values
            }
            var values: [String: Any] = [
                "number": criterion.number, "title": criterion.title, "max": ScoreFormat.points(criterion.max),
                "subtotals": cells { result.subtotals[$0.key]?[criterion.number] }, "contents": contents,
            ]
            values["note_html"] = Self.lines(criterion.note)
            criterionValues.append(values)
        }
        var values: [String: Any] = [
            "unit": result.sheet.unit, "year": result.sheet.year,
            "set_name": result.criteriaSet.name,
            "levels": levels.map { ["label": $0.label] },
            "max": ScoreFormat.points(result.criteriaSet.max),
            "criteria": criterionValues,
            "totals": cells { result.totals[$0.key] },
            "disagreements": showNotes ? result.disagreements.map { ["message": $0.message] } : [],
            "has_disagreements": showNotes && !result.disagreements.isEmpty,
            "outcome": outcomeText(result),
        ]
        values["document"] = result.sheet.document
        values["decision"] = result.criteriaSet.decision
        return values
    }

    private func outcomeText(_ result: ScoreEvaluator.Result) -> String {
        guard let level = result.finalLevel else { return "Chưa có điểm." }
        let total = ScoreFormat.points(result.totals[level.key] ?? 0)
        guard let threshold = result.criteriaSet.recognitionTotal else {
            return "\(level.label): \(total)/\(ScoreFormat.points(result.criteriaSet.max)) điểm. Bộ tiêu chí chưa ghi tổng điểm tối thiểu để được công nhận."
        }
        let passed = result.recognized == true
        return "\(level.label): \(total)/\(ScoreFormat.points(result.criteriaSet.max)) điểm, \(passed ? "đạt" : "chưa đạt") mức công nhận \(ScoreFormat.points(threshold)) điểm."
    }

    /// Recognition by the province's decision wins; else the set's recognition total; else pending.
    private func status(_ result: ScoreEvaluator.Result) -> String {
        if let list = context.site.recognitions.first(where: { $0.year == result.sheet.year }) {
            return list.recognizes(result.sheet.unit) ? "Được công nhận (\(list.decision))" : "Không có trong danh sách công nhận"
        }
        return result.recognized.map { $0 ? "Đạt" : "Chưa đạt" } ?? "Chờ xét công nhận"
    }

    private func recognitionValues(_ list: RecognitionList) -> [String: Any] {
        let sheets = Dictionary(context.site.scores.filter { $0.sheet.year == list.year }.map { (VietnameseFolding.key($0.sheet.unit), $0) },
                                uniquingKeysWith: { first, _ in first })
        var values: [String: Any] = [
            "year": list.year, "decision": list.decision,
            "units": list.units.enumerated().map { index, unit -> [String: Any] in
                var values: [String: Any] = ["number": index + 1, "unit": unit.name]
                values["score"] = unit.score.map(ScoreFormat.points)
                if let sheet = sheets[VietnameseFolding.key(unit.name)] {
                    let path = sheets.count > 1 ? Routes.scoreSheet(year: list.year, unit: sheet.sheet.slug) : Routes.scoringYear(list.year)
                    values["url"] = context.url(path)
                    // The score's level, so a reader knows who checked it (checked in RecognitionCheck).
                    values["level"] = sheet.finalLevel.map { Self.lowercasingFirst($0.label) }
                }
                return values
            },
        ]
        values["date"] = TemplateContext.date(list.date)
        values["signer"] = list.signer
        values["basis"] = list.basis
        return values
    }

    private func rankingValues(_ results: [ScoreEvaluator.Result], year: Int) -> [String: Any] {
        let levels = results[0].criteriaSet.levels
        let showNotes = context.site.config.showScoreDisagreements
        let ranking = ScoreRanking(results)
        var values: [String: Any] = [
            "year": year,
            "levels": levels.map { ["label": $0.label] },
            "several_levels": ranking.groups.count > 1,
            // The set's levels from the most checked down, as data (district appraisal ended in 2025).
            "level_order": levels.reversed().map { Self.lowercasingFirst($0.label) }.joined(separator: ", nếu chưa có thì "),
            "groups": ranking.groups.enumerated().map { index, group -> [String: Any] in
                var values: [String: Any] = [
                    "id": "cap-\(index + 1)",
                    "heading": group.level.map { "Xếp hạng theo \(Self.lowercasingFirst($0.label))" } ?? "Chưa có điểm",
                    "units": group.rows.map { row -> [String: Any] in
                        let result = row.result
                        var values: [String: Any] = [
                            "unit": result.sheet.unit,
                            "url": context.url(Routes.scoreSheet(year: year, unit: result.sheet.slug)),
                            "totals": levels.map { ["value": result.totals[$0.key].map(ScoreFormat.points) ?? "—"] },
                            "status": status(result),
                        ]
                        if group.level != nil {
                            values["rank"] = row.rank
                            values["score"] = ScoreFormat.points(row.total)
                        }
                        if showNotes && !result.disagreements.isEmpty { values["disagreement_count"] = result.disagreements.count }
                        return values
                    },
                ]
                values["level"] = group.level?.label
                return values
            },
        ]
        if context.site.recognitions.contains(where: { $0.year == year }) {
            values["recognition_url"] = context.url(Routes.recognitionYear(year))
        }
        return values
    }

    /// "Kết quả thẩm tra của …" → "kết quả thẩm tra của …", to follow "Xếp hạng theo".
    static func lowercasingFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }

    /// Text written over several lines in the criteria set (paragraphs of the original) as
    /// escaped HTML with a line break between them.
    static func lines(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text.split(separator: "\n", omittingEmptySubsequences: true).map { HTMLEscape.text(String($0)) }.joined(separator: "<br>")
    }
}
