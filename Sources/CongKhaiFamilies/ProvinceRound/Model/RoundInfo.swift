import CongKhaiCore

/// What the round states once for all its tables (`thong-tin.yaml`): its name, the criteria set
/// every sheet uses, the document that launched it, and the sources of its tables' figures.
public struct RoundInfo: Sendable {
    public var title: String? = nil
    public var criteriaSetID: String? = nil
    /// "Công văn số 329/VP-TTHC ngày 07/02/2025 của Văn phòng UBND tỉnh Quảng Ngãi".
    public var launchedBy: String? = nil
    /// The document the criterion 6.2 appendix came with.
    public var reuseAppendixDocument: String? = nil
    /// Where the on-time figures come from.
    public var onTimeSource: String? = nil
    /// The document that gives the units' names of today (Nghị quyết 1677/NQ-UBTVQH15 …).
    public var todayNamesBasis: String? = nil
    public var location: SourceLocation? = nil

    public init() {}
}
