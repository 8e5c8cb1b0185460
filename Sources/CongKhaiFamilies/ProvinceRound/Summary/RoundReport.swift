/// What the checks of a round found, as typed values for the round's pages: each unit's
/// status, each "no unit qualifies" report against its deadline, and the sheets of the year
/// that belong to no unit of the round.
public struct RoundReport: Sendable {
    public struct ReportTiming: Sendable {
        public let report: NoQualifyingUnitReport
        public let timing: ActTiming
        /// The round's units the report stands for (those the body appraises).
        public let units: [String]
    }

    public let round: ProvinceRound
    public let units: [UnitStatus]
    public let noQualifyingReports: [ReportTiming]
    /// Sheets of the round's year for units not in the round (each also an error, CK232).
    public let sheetsOutsideRound: [String]
    /// The recognition decision of the year, when there is one.
    public let recognitionDecision: String?
    /// The decision against the recognition deadline, when the round sets one.
    public let recognitionTiming: ActTiming?
}
