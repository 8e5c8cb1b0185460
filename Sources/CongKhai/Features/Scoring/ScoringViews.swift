/// The `score-sheet` layout: `{{score.*}}`.
struct ScoreSheetLayout: Encodable, Sendable {
    let score: ScoreSheetView
}

/// One unit's scores for a year, criterion by criterion, in the columns of the set's levels
/// (self-assessment, appraisal…).
struct ScoreSheetView: Encodable, Sendable {
    struct Cell: Encodable, Sendable {
        let value: String
        /// The total the sheet states, when it is not the sum shown in `value`.
        var stated: String? = nil
    }
    struct Label: Encodable, Sendable { let label: String }
    struct Message: Encodable, Sendable { let message: String }

    /// A checklist's item with its points.
    struct Item: Encodable, Sendable {
        let text: String
        let points: String
    }

    struct Content: Encodable, Sendable {
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

    struct Criterion: Encodable, Sendable {
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
struct ScoreRankingLayout: Encodable, Sendable {
    let ranking: ScoreRankingView
}

/// A year's units ranked, grouped by the most checked level each has.
struct ScoreRankingView: Encodable, Sendable {
    struct Unit: Encodable, Sendable {
        let unit: String
        let url: String
        let totals: [ScoreSheetView.Cell]
        let status: String
        let rank: Int?
        let score: String?
        let disagreementCount: Int?
    }

    struct Group: Encodable, Sendable {
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
struct RecognitionLayout: Encodable, Sendable {
    let recognition: RecognitionView
}

/// The province's decision recognising model desks, with a link to each unit's sheet.
struct RecognitionView: Encodable, Sendable {
    struct Unit: Encodable, Sendable {
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
