import CongKhaiCore

/// A recognized unit's recognition, with what the round's records say against it.
public struct RecognitionStatus: Sendable {
    public enum Problem: Sendable, Equatable {
        /// No verification by the province is recorded.
        case unverified
        /// The province's verification concluded "không đạt".
        case verificationFailed
        /// The decision is dated before the verification it rests on.
        case beforeVerification(verified: CivilDate)
        /// The decision is dated while appraisal results could still be sent.
        case beforeResultsDeadline(lastDay: CivilDate)
        /// On the results deadline's day, while the round does not say whether that day counts.
        case onUndeterminedDeadlineDay(deadline: CivilDate)
        /// The decision gives no date, so its order against the round cannot be checked.
        case undated
    }

    public let decision: String
    public let date: CivilDate?
    public let problems: [Problem]
}
