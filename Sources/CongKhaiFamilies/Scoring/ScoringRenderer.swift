import CongKhaiCore
import CongKhaiInput
import CongKhaiSite
import Foundation
import Templates

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
            let yearPath = ScoringRoutes.year(year)
            if Self.isSingleSheet(results, config: site.config) {
                let result = results[0]
                jobs.append(.html(yearPath) { render(result, path: yearPath, ranking: nil) })
                continue
            }
            jobs.append(.html(yearPath) {
                context.render(ScoringFamily.ranking, title: "Bộ phận Một cửa kiểu mẫu năm \(year): kết quả chấm điểm", sitePath: yearPath,
                               layout: ScoreRankingLayout(ranking: ranking(results, year: year)))
            })
            for result in results {
                let path = ScoringRoutes.sheet(year: year, unit: result.sheet.slug)
                jobs.append(.html(path) { render(result, path: path, ranking: yearPath) })
            }
        }
        for list in site.recognitions {
            let path = ScoringRoutes.recognitionYear(list.year)
            jobs.append(.html(path) {
                context.render(ScoringFamily.recognition, title: "Danh sách Bộ phận Một cửa kiểu mẫu được công nhận năm \(list.year)", sitePath: path,
                               layout: RecognitionLayout(recognition: recognition(list)))
            })
        }
        return jobs
    }

    private func render(_ result: ScoreEvaluator.Result, path: String, ranking: String?) -> Data {
        context.render(ScoringFamily.sheet, title: "Bảng chấm điểm Bộ phận Một cửa kiểu mẫu năm \(result.sheet.year): \(result.sheet.unit)",
                       sitePath: path, layout: ScoreSheetLayout(score: sheet(result, rankingURL: ranking.map(context.url))))
    }

    private func sheet(_ result: ScoreEvaluator.Result, rankingURL: String?) -> ScoreSheetView {
        let levels = result.criteriaSet.levels
        let showNotes = context.site.config.showScoreDisagreements
        let flagged = showNotes ? Set(result.disagreements.compactMap(\.contentID)) : []
        let site = context.site
        let notes = result.disagreements.map(\.message)
            + ContentCriterionCheck.findings([result], commune: site.config.commune, summary: site.completeness,
                                             noticeGaps: FeedbackNoticeGaps.gaps(site.config.feedback)).map(\.message)
        func cells(_ value: (CriteriaSet.Level) -> Double?) -> [ScoreSheetView.Cell] {
            levels.map { level in .init(value: value(level).map(ScoreFormat.points) ?? "—") }
        }
        let criteria = result.criteriaSet.criteria.map { criterion in
            let contents = criterion.contents.map { content in
                let outcome = result.contents.first { $0.content.id == content.id }
                var items: [ScoreSheetView.Item]?, itemsHTML: String?
                if case .checklist(let checklist) = content.rule {
                    items = checklist.map { .init(text: $0.text, points: ScoreFormat.points($0.points)) }
                    // Each item on its own line, as the original lists them ("- … (02 điểm).").
                    let lines = checklist.map { HTMLEscape.text($0.text) }.joined(separator: "<br>")
                    itemsHTML = content.text.isEmpty ? lines : "<br>" + lines
                }
                var thresholdNote: String?
                if case .rate(let threshold, _, _, _) = content.rule, threshold.siteYears.contains(result.sheet.year),
                   let value = threshold.value(for: result.sheet.year) {
                    thresholdNote = "Ngưỡng năm \(result.sheet.year) (\(ScoreFormat.percent(value))) do trang tự đặt, không có trong \(result.criteriaSet.decision ?? "bộ tiêu chí")."
                }
                var figures: String?
                if let entry = outcome?.entry {
                    if let b = entry.numerator, let a = entry.denominator {
                        figures = "b = \(VietnameseNumberFormat.integer(b)), a = \(VietnameseNumberFormat.integer(a))"
                    }
                    if entry.arose == false { figures = "Không phát sinh trong năm" }
                    if let value = entry.value, case .index = content.rule { figures = "Chỉ số: \(ScoreFormat.points(value))" }
                }
                return ScoreSheetView.Content(
                    id: content.id, label: content.label, textHTML: Self.lines(content.text) ?? "", max: ScoreFormat.points(content.max),
                    points: cells { outcome?.entry?.points[$0.key] },
                    flagged: flagged.contains(content.id),
                    items: items, itemsHTML: itemsHTML,
                    computed: outcome?.computed.map(ScoreFormat.points),
                    thresholdNote: thresholdNote,
                    measured: outcome?.measured.map { ScoreEvaluator.measuredText($0, rule: content.rule) },
                    tableNote: outcome?.tableNote,
                    figures: figures, source: outcome?.entry?.source, note: outcome?.entry?.note)
            }
            return ScoreSheetView.Criterion(
                number: criterion.number, title: criterion.title, max: ScoreFormat.points(criterion.max),
                subtotals: cells { result.subtotals[$0.key]?[criterion.number] }, contents: contents,
                noteHTML: Self.lines(criterion.note))
        }
        return ScoreSheetView(
            unit: result.sheet.unit, year: result.sheet.year,
            setName: result.criteriaSet.name,
            levels: levels.map { .init(label: $0.label) },
            max: ScoreFormat.points(result.criteriaSet.max),
            criteria: criteria,
            totals: levels.map { level in
                .init(value: result.totals[level.key].map(ScoreFormat.points) ?? "—",
                      stated: result.statedTotal(differingAt: level.key).map(ScoreFormat.points))
            },
            hasStatedDifferences: levels.contains { result.statedTotal(differingAt: $0.key) != nil },
            disagreements: showNotes ? notes.map { .init(message: $0) } : [],
            hasDisagreements: showNotes && !notes.isEmpty,
            outcome: outcomeText(result),
            document: result.sheet.document,
            decision: result.criteriaSet.decision,
            rankingURL: rankingURL)
    }

    private func outcomeText(_ result: ScoreEvaluator.Result) -> String {
        guard let level = result.finalLevel else { return "Chưa có điểm." }
        // The sum of the contents counts; a different stated total is shown, never dropped.
        let stated = result.statedTotal(differingAt: level.key).map { " (cộng các nội dung; bảng chấm ghi tổng \(ScoreFormat.points($0)) điểm)" } ?? ""
        let total = ScoreFormat.points(result.totals[level.key] ?? 0) + "/\(ScoreFormat.points(result.criteriaSet.max)) điểm" + stated
        guard let threshold = result.criteriaSet.recognitionTotal else {
            return "\(level.label): \(total). Bộ tiêu chí chưa ghi tổng điểm tối thiểu để được công nhận."
        }
        let passed = result.recognized == true
        return "\(level.label): \(total), \(passed ? "đạt" : "chưa đạt") mức công nhận \(ScoreFormat.points(threshold)) điểm."
    }

    /// Recognition by the province's decision wins; else the set's recognition total; else pending.
    private func status(_ result: ScoreEvaluator.Result) -> String {
        if let list = context.site.recognitions.first(where: { $0.year == result.sheet.year }) {
            return list.recognizes(result.sheet.unit) ? "Được công nhận (\(list.decision))" : "Không có trong danh sách công nhận"
        }
        return result.recognized.map { $0 ? "Đạt" : "Chưa đạt" } ?? "Chờ xét công nhận"
    }

    private func recognition(_ list: RecognitionList) -> RecognitionView {
        let sheets = Dictionary(context.site.scores.filter { $0.sheet.year == list.year }.map { (VietnameseFolding.key($0.sheet.unit), $0) },
                                uniquingKeysWith: { first, _ in first })
        return RecognitionView(
            year: list.year, decision: list.decision,
            units: list.units.enumerated().map { index, unit in
                let sheet = sheets[VietnameseFolding.key(unit.name)]
                let path = sheet.map { sheets.count > 1 ? ScoringRoutes.sheet(year: list.year, unit: $0.sheet.slug) : ScoringRoutes.year(list.year) }
                return RecognitionView.Unit(
                    number: index + 1, unit: unit.name, score: unit.score.map(ScoreFormat.points),
                    url: path.map(context.url),
                    // The score's level, so a reader knows who checked it (checked in RecognitionCheck).
                    level: sheet?.finalLevel.map { Self.lowercasingFirst($0.label) })
            },
            date: DateView(list.date), signer: list.signer, basis: list.basis)
    }

    private func ranking(_ results: [ScoreEvaluator.Result], year: Int) -> ScoreRankingView {
        let levels = results[0].criteriaSet.levels
        let showNotes = context.site.config.showScoreDisagreements
        let ranking = ScoreRanking(results)
        return ScoreRankingView(
            year: year,
            levels: levels.map { .init(label: $0.label) },
            severalLevels: ranking.groups.count > 1,
            // The set's levels from the most checked down, as data (district appraisal ended in 2025).
            levelOrder: levels.reversed().map { Self.lowercasingFirst($0.label) }.joined(separator: ", nếu chưa có thì "),
            groups: ranking.groups.enumerated().map { index, group in
                ScoreRankingView.Group(
                    id: "cap-\(index + 1)",
                    heading: group.level.map { "Xếp hạng theo \(Self.lowercasingFirst($0.label))" } ?? "Chưa có điểm",
                    units: group.rows.map { row in
                        let result = row.result
                        return ScoreRankingView.Unit(
                            unit: result.sheet.unit,
                            url: context.url(ScoringRoutes.sheet(year: year, unit: result.sheet.slug)),
                            totals: levels.map { level in
                                .init(value: result.totals[level.key].map(ScoreFormat.points) ?? "—",
                                      stated: result.statedTotal(differingAt: level.key).map(ScoreFormat.points))
                            },
                            status: status(result),
                            rank: group.level == nil ? nil : row.rank,
                            score: group.level == nil ? nil : ScoreFormat.points(row.total),
                            disagreementCount: showNotes && !result.disagreements.isEmpty ? result.disagreements.count : nil)
                    },
                    level: group.level?.label)
            },
            recognitionURL: context.site.recognitions.contains(where: { $0.year == year })
                ? context.url(ScoringRoutes.recognitionYear(year)) : nil)
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
