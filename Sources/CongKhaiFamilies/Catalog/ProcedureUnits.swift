import CongKhaiCore

/// Which header qualifiers are units that a column's bare numbers lack: "Phí, lệ phí (đồng)"
/// holds "50.000" meaning 50.000 đồng. "(nếu có)" and the like are no unit. The unit is passed on
/// as written. (The time limit's unit is a typed value of its own: `TimeLimitUnit`.)
enum ProcedureUnits {
    @Sendable static func currency(_ qualifier: String) -> String? {
        let folded = VietnameseFolding.key(qualifier, separator: " ")
        let currencies = ["dong", "vnd", "vn dong", "nghin dong", "ngan dong", "trieu dong", "dong viet nam"]
        return currencies.contains(folded) ? (folded == "vnd" ? "đồng" : qualifier) : nil
    }
}
