import CongKhaiCore
import CongKhaiInput
import CongKhaiSite

/// The model one-stop desk programme: each year's score sheets (or ranking of units) and the
/// recognition lists. Where scores disagree with their figures, the notes stay off the
/// published pages unless site.yaml asks for them (`ScoringNotes`). Scores are checked
/// against the register's rates, the statistics tables, the catalog's completeness and the
/// feedback notice.
struct ScoringFamily: PageFamily {
    let name = "scoring"
    let routeRoots = [String(ScoringRoutes.root.dropLast()), String(ScoringRoutes.recognition.dropLast())]
    let templateRoutes = ["scoring": ScoringRoutes.root, "recognition": ScoringRoutes.recognition]
    /// Criteria sets and score sheets (YAML, or the workbooks `congkhai score-sheet` hands out,
    /// whose headings find their header row), and the recognition lists.
    let inputs = [FamilyInput(place: .folder("data/\(ScoringLoader.folder)"), columnNames: ScoreSheetWorkbookLayout.knownHeadings),
                  FamilyInput.folder("data/\(RecognitionListReader.folder)")]
    let needs: [any PageFamily.Type] = [ApologiesFamily.self, StatisticsFamily.self, CatalogFamily.self, FeedbackFamily.self]
    var diagnosticCodes: [DiagnosticCode] { ScoringDiagnostics.codes }

    static let sheet = PageTemplate<ScoreSheetLayout>("score-sheet")
    static let ranking = PageTemplate<ScoreRankingLayout>("score-ranking")
    static let recognition = PageTemplate<RecognitionLayout>("recognition")

    func load(_ context: FamilyLoadContext) -> ScoringModel {
        let diagnostics = context.diagnostics
        // Criteria 6.2 and 9 are checked against the site's tables.
        let scores = ScoreTableAgreement.apply(ScoringLoader.load(siteData: context.data, register: context[ApologiesFamily.self],
                                                                  diagnostics: diagnostics),
                                               statistics: context[StatisticsFamily.self], diagnostics: diagnostics)
        let recognitions = RecognitionListReader.load(siteData: context.data, diagnostics: diagnostics)
        RecognitionCheck.check(recognitions, scores: scores, diagnostics: diagnostics)
        ContentCriterionCheck.check(scores, commune: context.config.commune, summary: context[CatalogFamily.self].completeness,
                                    noticeGaps: context[FeedbackFamily.self].gaps, diagnostics: diagnostics)
        return ScoringModel(scores: scores, recognitions: recognitions)
    }

    func templates(for site: Site) -> [TemplateRequirement] {
        var templates: [TemplateRequirement] = []
        let byYear = Dictionary(grouping: site.scores, by: \.sheet.year)
        if !site.scores.isEmpty { templates.append(Self.sheet.requirement) }
        if byYear.values.contains(where: { !ScoringRenderer.isSingleSheet($0, config: site.config) }) {
            templates.append(Self.ranking.requirement)
        }
        if !site.recognitions.isEmpty { templates.append(Self.recognition.requirement) }
        return templates
    }

    func outputs(_ context: FamilyContext) -> [RenderJob] { ScoringRenderer(context: context.templates).jobs() }

    func internalNotes(for site: Site) -> [String: [String]] { ScoringNotes.byPath(site) }

    func homeCards(for site: Site) -> [HomeCard] {
        guard let latest = site.scores.map(\.sheet.year).max() else { return [] }
        return [HomeCard(title: "Bộ phận Một cửa kiểu mẫu năm \(latest)", sitePath: ScoringRoutes.year(latest),
                         description: "Kết quả chấm điểm theo bộ tiêu chí của tỉnh.", weight: 600)]
    }
}

/// What the scoring family loads: every score sheet evaluated against its criteria set, by
/// year then unit, and the province's recognition decisions, by year.
struct ScoringModel: Sendable {
    let scores: [ScoreEvaluator.Result]
    let recognitions: [RecognitionList]
}

extension Site {
    public var scores: [ScoreEvaluator.Result] { self[ScoringFamily.self].scores }
    public var recognitions: [RecognitionList] { self[ScoringFamily.self].recognitions }
}
