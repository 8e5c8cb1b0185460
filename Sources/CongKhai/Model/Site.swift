import Foundation

/// Everything loaded and checked from one content folder: the input of the render phase.
public struct Site: Sendable {
    public let config: SiteConfig
    public let contentDirectory: URL
    public let theme: Theme
    /// The theme's templates compiled for the views each family renders them with.
    public var templates: SiteTemplates = .none
    public let pages: [Page]
    /// Newest first.
    public let notices: [Page]
    public let data: SiteData
    public let catalog: Catalog
    /// Working days of every year the site's data reaches.
    public let calendar: WorkingCalendar
    /// The dossier register classified on `asOf` (empty when the site has none).
    public let register: DossierRegister
    /// Every score sheet evaluated against its criteria set, by year then unit.
    public let scores: [ScoreEvaluator.Result]
    /// The province's recognition decisions, by year.
    public let recognitions: [RecognitionList]
    /// Tables of `/thong-ke/`.
    public let statistics: [StatisticsTable]
    /// "Today" for the build: decides which procedures are in force.
    public let asOf: CivilDate
    /// The province's announcement decisions and, per decision, whether the site shows its changes.
    public var decisions: DecisionBook = .empty
    public var decisionProgress: [DecisionProgress] = []
    /// The record of published codes as this build leaves it (written after a successful build).
    public var publishedCodes: PublishedCodes = .empty
    /// How many published procedures have every element of Nghị định 63/2010 Điều 8.
    public var completeness = ProcedureCompleteness.Summary(published: 0, complete: 0)
    /// The one-stop regimes by date: desk name, apology form and legal basis.
    public var regimes: LegalRegimes = LegalRegimeReader.shipped()

    /// The regime of pages that are not dated themselves: the one in force on `asOf`.
    public var currentRegime: LegalRegime? { regimes.regime(on: asOf) }

    /// The desk's name on `asOf` ("Trung tâm Phục vụ hành chính công xã …" from 01/07/2025).
    public var deskName: String {
        currentRegime?.deskName(commune: config.commune) ?? "Bộ phận Một cửa"
    }
}
