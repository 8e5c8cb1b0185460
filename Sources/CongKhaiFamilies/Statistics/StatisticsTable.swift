import CongKhaiInput
import Templates

/// One statistics table of `/thong-ke/`, computed from a CSV and its sidecar description.
public struct StatisticsTable: Sendable {
    public enum Kind: String, Sendable {
        /// Rất hài lòng, hài lòng, chưa hài lòng per unit → satisfaction rate.
        case satisfaction
        /// Partly and fully online dossiers per unit in two periods → change between periods.
        case online
        /// Dossiers reusing digitized data over all dossiers per unit → reuse rate.
        case reuse
        /// Finished dossiers by month → on-time rate (also made from the dossier register).
        case onTime = "on_time"
    }

    public struct Row: Sendable {
        public let label: String
        /// Cells in column order, already formatted the Vietnamese way.
        public let cells: [String]
        /// The value the chart draws for each series, in series order.
        public let chartValues: [Double?]
        /// The row's counts as read, by column key ("very", "ok", "no"; "b", "a"), for the
        /// checks that compare them with other published figures (score sheets).
        public var counts: [String: Int] = [:]
    }

    public let slug: String
    public let kind: Kind
    public let title: String
    public let period: String?
    /// The year the figures are of (`year:` of the sidecar, or "năm 2024" in `period`).
    public var year: Int? = nil
    /// A satisfaction table whose "hài lòng" column counts neutral votes too (seed 004's form).
    public var includesNeutral: Bool = false
    public let source: String?
    public let rowHeader: String
    public let columns: [String]
    public let rows: [Row]
    /// Series names of the chart ("Tỷ lệ hài lòng", or the two periods).
    public let series: [String]
    /// Chart values are percentages (0–100) rather than counts.
    public let chartIsPercent: Bool
    /// Sentences printed under the table that say what a figure counts (neutral votes in a
    /// satisfaction rate, the denominator of an on-time rate, how periods are compared).
    public var notes: [String] = []
}
