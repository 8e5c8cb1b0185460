import CongKhaiInput
import Templates

/// A province's criteria for the "model one-stop desk" (Bộ phận Một cửa kiểu mẫu), as data:
/// criteria, their contents and point scales, each content's scoring rule, the assessment
/// levels and the total needed for recognition.
public struct CriteriaSet: Sendable {
    public struct Level: Sendable, Equatable {
        public let key: String
        public let label: String
        /// The short heading of the level's column in a score-sheet workbook ("Tự chấm",
        /// "Thẩm định", "Thẩm tra"); the label when the set gives none.
        public var heading: String? = nil

        public var columnHeading: String { heading ?? label }
    }

    /// A percentage threshold that may differ by year (the digitization target rises yearly).
    public struct Threshold: Sendable, Equatable {
        public let standard: Double?
        public let byYear: [Int: Double]
        /// Years whose threshold the site set itself (`site_thresholds`): the decision gives
        /// none for them, and the page says so beside the result.
        public var siteYears: Set<Int> = []

        public func value(for year: Int) -> Double? { byYear[year] ?? standard }
    }

    public enum Rule: Sendable, Equatable {
        /// Judged by people; only the scale is checked.
        case manual
        /// Each item met earns its points.
        case checklist([ChecklistItem])
        /// Full points or nothing ("missing any one gives 0").
        case allOrNothing
        /// b/a·100% ≥ threshold earns full points, else 0; `fullIfNone` when nothing arose (a = 0).
        case rate(threshold: Threshold, fullIfNone: Bool, numerator: String?, denominator: String?)
        /// Full points when no case arose in the year; otherwise every case must be handled in time.
        case noneArose
        /// An index (e.g. the portal's service-quality index) ≥ threshold earns full points.
        case index(threshold: Double)

        /// An index is measured in points, a rate in percent.
        public var isIndex: Bool { if case .index = self { true } else { false } }
    }

    public struct ChecklistItem: Sendable, Equatable {
        public let text: String
        public let points: Double
    }

    public struct Content: Sendable {
        public let id: String
        public let label: String
        public let text: String
        public let max: Double
        public let rule: Rule
        /// The kind of the site's statistics table that publishes this content's figures too
        /// (`table: reuse` for 6.2, `table: satisfaction` for 9): the sheet is checked against it.
        /// `table: on_time` (5.1) names the on-time rate a province round checks the sheet against.
        public var table: StatisticsTable.Kind? = nil
    }

    public struct Criterion: Sendable {
        public let number: Int
        public let title: String
        public let note: String?
        public let contents: [Content]

        public var max: Double { contents.reduce(0) { $0 + $1.max } }
    }

    public let id: String
    public let name: String
    public let decision: String?
    public let levels: [Level]
    public let recognitionTotal: Double?
    /// The level whose scores the province's recognition rests on (`recognition_level`, by
    /// default the last: the province's verification). A unit recognized without scores at
    /// this level is recognized on figures nobody above it checked.
    public var recognitionLevel: String? = nil
    public let criteria: [Criterion]

    public var max: Double { criteria.reduce(0) { $0 + $1.max } }
    public var contents: [Content] { criteria.flatMap(\.contents) }
}
