/// The model one-stop desk programme: each year's score sheets (or ranking of units) and the
/// recognition lists. Where scores disagree with their figures, the notes stay off the
/// published pages unless site.yaml asks for them (`ScoringNotes`).
struct ScoringFamily: PageFamily {
    let name = "scoring"
    let routeRoots = [String(Routes.scoring.dropLast()), String(Routes.recognition.dropLast())]

    static let sheet = PageTemplate<ScoreSheetLayout>("score-sheet")
    static let ranking = PageTemplate<ScoreRankingLayout>("score-ranking")
    static let recognition = PageTemplate<RecognitionLayout>("recognition")

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
        return [HomeCard(title: "Bộ phận Một cửa kiểu mẫu năm \(latest)", sitePath: Routes.scoringYear(latest),
                         description: "Kết quả chấm điểm theo bộ tiêu chí của tỉnh.", order: .scoring)]
    }
}
