/// A content's points on a unit's sheet against a figure the province holds for the same
/// content: the 6.2 appendix's points, or the points a satisfaction or on-time rate earns.
public struct ContentComparison: Sendable {
    public enum Reference: Sendable, Equatable {
        /// The appendix's points, as given (or earned by its rate when it gives no points).
        case appendix(points: Double, rate: Double?, pointsFromRate: Bool, document: String?)
        /// The points the rate earns under the content's rule: b of a against the threshold.
        case rate(numerator: Int, denominator: Int, threshold: Double, earned: Double, source: String)
        /// No row for the unit in the appendix.
        case missingFromAppendix
        /// The figure cannot be compared, and why (neutral votes counted in, no ratings, no
        /// threshold for the year, the rule is not a rate).
        case notComparable(reason: String)
    }

    public let contentID: String
    public let reference: Reference
    /// The sheet's points for the content at each level that gives some.
    public let sheetPoints: [LevelPoints]
    /// The levels (keys) whose points differ from the reference.
    public let differingLevels: [String]

    public var agrees: Bool { differingLevels.isEmpty }
}
