/// A recognized unit's verified total against the total its criteria set requires for
/// recognition. Quảng Ngãi's QĐ 737 gives none that could be found (research note §1.1): then
/// nothing is compared and the page says the set gives no threshold.
public enum ThresholdStatus: Sendable, Equatable {
    case notSet(criteriaSet: String)
    case met(total: Double, threshold: Double)
    case below(total: Double, threshold: Double)
    /// The sheet has no total at the level recognition rests on.
    case noVerifiedTotal(threshold: Double)
}
