/// Which header qualifiers are units that a column's bare numbers lack: "Phí, lệ phí (đồng)"
/// holds "50.000" meaning 50.000 đồng; "Thời hạn giải quyết (ngày làm việc)" holds "5" meaning
/// 5 ngày làm việc. "(nếu có)" and the like are no unit. The unit is passed on as written.
enum ProcedureUnits {
    @Sendable static func currency(_ qualifier: String) -> String? {
        let folded = VietnameseFolding.key(qualifier, separator: " ")
        let currencies = ["dong", "vnd", "vn dong", "nghin dong", "ngan dong", "trieu dong", "dong viet nam"]
        return currencies.contains(folded) ? (folded == "vnd" ? "đồng" : qualifier) : nil
    }

    @Sendable static func timeLimit(_ qualifier: String) -> String? {
        let words = VietnameseFolding.key(qualifier, separator: " ").split(separator: " ")
        guard let first = words.first, ["ngay", "gio", "thang", "tuan"].contains(first) else { return nil }
        return qualifier
    }
}
