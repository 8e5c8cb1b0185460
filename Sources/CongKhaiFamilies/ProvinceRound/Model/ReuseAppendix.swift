import CongKhaiCore
import CongKhaiInput

/// The province's appendix for criterion 6.2 (reuse of digitized data): per unit the rate
/// extracted from the national portal and the points, "để các địa phương sử dụng trực tiếp"
/// (seed 000 point 2). The appendix's own columns are not known (it is not in the seeds): a row
/// gives a rate, points or both, and may give the counts behind the rate.
public struct ReuseAppendix: Sendable {
    public struct Row: Sendable {
        public let unit: String
        /// Percent, as the appendix prints it (5 means 5%).
        public let rate: Double?
        public let points: Double?
        /// The counts behind the rate, when the appendix gives them: b reused, of a dossiers.
        public let reused: Int?
        public let total: Int?
        public let location: SourceLocation

        public var key: String { RoundUnit.key(unit) }
    }

    /// The document the appendix came with: "Phụ lục kèm Công văn số 329/VP-TTHC …".
    public let document: String?
    public let rows: [Row]
    public let file: String
}
