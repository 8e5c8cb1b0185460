import CongKhaiCore

/// A unit's rate from a source other than its sheet: its on-time rate (from the register or,
/// across communes, from their builds), or its satisfaction rate (from a statistics table). A
/// criterion scored on the same rate is checked against it.
public struct RateFigure: Sendable {
    public let unit: String
    /// b and a of the criterion's formula: on time of resolved; very satisfied and satisfied of
    /// all ratings.
    public let numerator: Int
    public let denominator: Int
    /// Where the figure comes from, as the page will say it.
    public let source: String
    /// A satisfaction count that merges neutral votes into "hài lòng" (seed 004's "Hài lòng (hoặc
    /// bình thường)"): not criterion 9's rate, which counts only very satisfied and satisfied.
    public let countsNeutral: Bool
    public let location: SourceLocation?

    public init(unit: String, numerator: Int, denominator: Int, source: String, countsNeutral: Bool = false,
                location: SourceLocation?) {
        self.unit = unit
        self.numerator = numerator
        self.denominator = denominator
        self.source = source
        self.countsNeutral = countsNeutral
        self.location = location
    }

    public var key: String { RoundUnit.key(unit) }
}
