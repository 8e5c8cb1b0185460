import CongKhaiInput
import CongKhaiSite
import Templates

/// The `score-sheet` layout: `{{score.*}}`.
struct ScoreSheetLayout: Sendable {
    let score: ScoreSheetView
}

/// One unit's scores for a year, criterion by criterion, in the columns of the set's levels
/// (self-assessment, appraisal…).
struct ScoreSheetView: Sendable {
    struct Cell: Sendable {
        let value: String
        /// The total the sheet states, when it is not the sum shown in `value`.
        var stated: String? = nil
    }
    struct Label: Sendable { let label: String }
    struct Message: Sendable { let message: String }

    /// A checklist's item with its points.
    struct Item: Sendable {
        let text: String
        let points: String
    }

    struct Content: Sendable {
        let id: String
        let label: String
        /// Escaped HTML, the original's paragraphs on their own lines; "" when there is none.
        let textHTML: String
        let max: String
        let points: [Cell]
        let flagged: Bool
        let items: [Item]?
        let itemsHTML: String?
        let computed: String?
        let thresholdNote: String?
        let measured: String?
        /// What the site's statistics table of the same figures says.
        let tableNote: String?
        let figures: String?
        let source: String?
        let note: String?
    }

    struct Criterion: Sendable {
        let number: Int
        let title: String
        let max: String
        let subtotals: [Cell]
        let contents: [Content]
        let noteHTML: String?
    }

    let unit: String
    let year: Int
    let setName: String
    let levels: [Label]
    let max: String
    let criteria: [Criterion]
    let totals: [Cell]
    /// Some level's stated total is not the sum of its contents: the table says how it shows both.
    let hasStatedDifferences: Bool
    let disagreements: [Message]
    let hasDisagreements: Bool
    let outcome: String
    let document: String?
    let decision: String?
    /// The year's ranking, when the year has several units.
    let rankingURL: String?
}

/// The `score-ranking` layout: `{{ranking.*}}`.
struct ScoreRankingLayout: Sendable {
    let ranking: ScoreRankingView
}

/// A year's units ranked, grouped by the most checked level each has.
struct ScoreRankingView: Sendable {
    struct Unit: Sendable {
        let unit: String
        let url: String
        let totals: [ScoreSheetView.Cell]
        let status: String
        let rank: Int?
        let score: String?
        let disagreementCount: Int?
    }

    struct Group: Sendable {
        let id: String
        let heading: String
        let units: [Unit]
        let level: String?
    }

    let year: Int
    let levels: [ScoreSheetView.Label]
    let severalLevels: Bool
    let levelOrder: String
    let groups: [Group]
    let recognitionURL: String?
}

/// The `recognition` layout: `{{recognition.*}}`.
struct RecognitionLayout: Sendable {
    let recognition: RecognitionView
}

/// The province's decision recognising model desks, with a link to each unit's sheet.
struct RecognitionView: Sendable {
    struct Unit: Sendable {
        let number: Int
        let unit: String
        let score: String?
        let url: String?
        let level: String?
    }

    let year: Int
    let decision: String
    let units: [Unit]
    let date: DateView?
    let signer: String?
    let basis: String?
}

// MARK: - Template fields

extension ScoreSheetLayout: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("score", \.score),
    ]
}

extension ScoreSheetView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("unit", \.unit),
        .field("year", \.year),
        .field("set_name", \.setName),
        .field("levels", \.levels),
        .field("max", \.max),
        .field("criteria", \.criteria),
        .field("totals", \.totals),
        .field("has_stated_differences", \.hasStatedDifferences),
        .field("disagreements", \.disagreements),
        .field("has_disagreements", \.hasDisagreements),
        .field("outcome", \.outcome),
        .field("document", \.document),
        .field("decision", \.decision),
        .field("ranking_url", \.rankingURL),
    ]
}

extension ScoreSheetView.Cell: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("value", \.value),
        .field("stated", \.stated),
    ]
}

extension ScoreSheetView.Item: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("text", \.text),
        .field("points", \.points),
    ]
}

extension ScoreSheetView.Content: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("id", \.id),
        .field("label", \.label),
        .field("text_html", \.textHTML),
        .field("max", \.max),
        .field("points", \.points),
        .field("flagged", \.flagged),
        .field("items", \.items),
        .field("items_html", \.itemsHTML),
        .field("computed", \.computed),
        .field("threshold_note", \.thresholdNote),
        .field("measured", \.measured),
        .field("table_note", \.tableNote),
        .field("figures", \.figures),
        .field("source", \.source),
        .field("note", \.note),
    ]
}

extension ScoreSheetView.Criterion: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("number", \.number),
        .field("title", \.title),
        .field("max", \.max),
        .field("subtotals", \.subtotals),
        .field("contents", \.contents),
        .field("note_html", \.noteHTML),
    ]
}

extension ScoreRankingLayout: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("ranking", \.ranking),
    ]
}

extension ScoreRankingView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("year", \.year),
        .field("levels", \.levels),
        .field("several_levels", \.severalLevels),
        .field("level_order", \.levelOrder),
        .field("groups", \.groups),
        .field("recognition_url", \.recognitionURL),
    ]
}

extension ScoreRankingView.Unit: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("unit", \.unit),
        .field("url", \.url),
        .field("totals", \.totals),
        .field("status", \.status),
        .field("rank", \.rank),
        .field("score", \.score),
        .field("disagreement_count", \.disagreementCount),
    ]
}

extension ScoreRankingView.Group: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("id", \.id),
        .field("heading", \.heading),
        .field("units", \.units),
        .field("level", \.level),
    ]
}

extension RecognitionLayout: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("recognition", \.recognition),
    ]
}

extension RecognitionView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("year", \.year),
        .field("decision", \.decision),
        .field("units", \.units),
        .field("date", \.date),
        .field("signer", \.signer),
        .field("basis", \.basis),
    ]
}

extension RecognitionView.Unit: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("number", \.number),
        .field("unit", \.unit),
        .field("score", \.score),
        .field("url", \.url),
        .field("level", \.level),
    ]
}

extension ScoreSheetView.Label: TemplateView {
    static let templateFields: TemplateFields<Self> = [.field("label", \.label)]
}

extension ScoreSheetView.Message: TemplateView {
    static let templateFields: TemplateFields<Self> = [.field("message", \.message)]
}
