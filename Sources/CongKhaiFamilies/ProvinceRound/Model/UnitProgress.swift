import CongKhaiCore

/// One unit's way through the round: its submission, the appraisal, the province's
/// verification. Recognition is the province's decision (`data/cong-nhan/<year>.yaml`), read
/// once for the commune sites and the round alike.
public struct UnitProgress: Sendable {
    public struct Appraisal: Sendable {
        /// The appraising body, when the row names it (else the unit's, from the units table).
        public let body: String?
        public let record: DatedDocument
        public let outcome: RoundOutcome?
    }

    public struct Verification: Sendable {
        public let record: DatedDocument
        public let outcome: RoundOutcome?
    }

    /// The unit as the row names it.
    public let unit: String
    public let submission: DatedDocument?
    public let appraisal: Appraisal?
    public let verification: Verification?
    public let note: String?
    public let location: SourceLocation

    public var key: String { RoundUnit.key(unit) }

    /// Whether the row records anything the unit or the levels above it did.
    public var tookPart: Bool { submission != nil || appraisal != nil || verification != nil }
}
