/// Points at one assessment level, with the level as the page names it.
public struct LevelPoints: Sendable, Equatable {
    public let level: String
    public let label: String
    public let points: Double
}

/// A level's total as the contents add up, beside the total the sheet states when the two
/// differ: both are published (issue 23 §4), one never replaces the other.
public struct LevelTotal: Sendable, Equatable {
    public let level: String
    public let label: String
    public let computed: Double
    /// The sheet's own total for the level when it is not the sum of the contents.
    public let statedWhenDifferent: Double?
}
