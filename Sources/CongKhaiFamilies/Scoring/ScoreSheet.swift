import CongKhaiCore
import CongKhaiSite
import Templates

/// One unit's scores for one year against a criteria set: per content, the points given at
/// each assessment level and, where a rule is a rate, index or checklist, the raw figures.
public struct ScoreSheet: Sendable {
    public struct Entry: Sendable {
        /// Level key ("tu_cham") → points given at that level.
        public var points: [String: Double]
        public var numerator: Int?
        public var denominator: Int?
        public var value: Double?
        /// For `noneArose` rules: false when no case arose in the year.
        public var arose: Bool?
        public var itemsMet: [Bool]?
        /// Where a figure came from ("Hệ thống thông tin giải quyết TTHC tỉnh", "sổ theo dõi hồ sơ").
        public var source: String?
        /// "so-ho-so": b and a are taken from the site's dossier register for the sheet's year.
        public var derivedFrom: String?
        /// Evidence notes (tài liệu kiểm chứng).
        public var note: String?
        public var location: SourceLocation
    }

    public let unit: String
    public let slug: String
    public let year: Int
    public let criteriaSetID: String
    public let document: String?
    /// Totals written on the sheet, per level, to be checked against the sum.
    public let statedTotals: [String: Double]
    public let entries: [String: Entry]
    public let location: SourceLocation
}
