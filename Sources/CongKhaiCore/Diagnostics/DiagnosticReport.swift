/// The lines a person reads after a run: every error first, each in full; then the warnings,
/// where a code that comes back many times (a national catalog without an agency column warns
/// once per procedure) is one group, with its count, its first message in full and the places
/// of the next few, so that one kind of warning cannot bury the others. `verbose` lists all.
public enum DiagnosticReport {
    /// A code seen more often than this is grouped.
    public static let groupAbove = 3
    /// Places named in a group besides its first message.
    public static let placesShown = 4

    public static func lines(_ diagnostics: Diagnostics, showWarnings: Bool = true, verbose: Bool = false) -> [String] {
        var lines = diagnostics.errors.map(\.description)
        guard showWarnings else { return lines }
        let warnings = diagnostics.warnings
        if verbose { return lines + warnings.map(\.description) }
        var byCode: [DiagnosticCode: [Diagnostic]] = [:]
        var order: [DiagnosticCode] = []
        for warning in warnings {
            if byCode[warning.code] == nil { order.append(warning.code) }
            byCode[warning.code, default: []].append(warning)
        }
        for code in order {
            let group = byCode[code]!
            guard group.count > groupAbove else {
                lines += group.map(\.description)
                continue
            }
            lines.append("cảnh báo \(code.rawValue) (\(group.count) lần): \(code.summary). Lần đầu:")
            lines.append("  " + group[0].description)
            let places = group.dropFirst().prefix(placesShown).map { $0.location.description }
            let rest = group.count - 1 - places.count
            lines.append("  Cũng ở: " + places.joined(separator: "; ")
                         + (rest > 0 ? " và \(rest) chỗ khác (thêm --verbose để xem tất cả)." : "."))
        }
        return lines
    }
}
