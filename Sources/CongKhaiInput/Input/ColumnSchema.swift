import CongKhaiCore

/// The columns a feature reads from a table, each with the Vietnamese label webmasters use
/// and the other spellings seen in real exports. Headers match as `HeaderName` reads them
/// (case, diacritics, punctuation, qualifiers and abbreviations aside), so "Mã TTHC",
/// "MÃ TTHC", "ma_tthc", "Mã số TTHC" and "Ma thu tuc hanh chinh" are one column.
public struct ColumnSpec: Sendable {
    public let key: String
    public let label: String
    public let aliases: [String]
    public let required: Bool
    /// The unit a header's qualifier gives the column's bare numbers ("đồng" of "Phí, lệ phí
    /// (đồng)"), or nil when the qualifier is no unit ("nếu có"). Nil for columns without units.
    public let unit: (@Sendable (String) -> String?)?

    public init(_ key: String, label: String, aliases: [String] = [], required: Bool = false,
                unit: (@Sendable (String) -> String?)? = nil) {
        self.key = key
        self.label = label
        self.aliases = aliases
        self.required = required
        self.unit = unit
    }

    package var foldedNames: Set<String> {
        Set(([key, label] + aliases).map { HeaderName.key($0) })
    }
}

/// Where each known column sits in one table.
public struct ColumnMapping: Sendable {
    public let table: DataTable
    private let indexByKey: [String: Int]
    /// The unit each column's header gives its bare numbers, by key.
    private let unitByKey: [String: String]

    init(table: DataTable, indexByKey: [String: Int], unitByKey: [String: String] = [:]) {
        self.table = table
        self.indexByKey = indexByKey
        self.unitByKey = unitByKey
    }

    public func has(_ key: String) -> Bool { indexByKey[key] != nil }
    public func column(_ key: String) -> Int? { indexByKey[key] }
    /// The unit the column's header states ("đồng", "ngày làm việc"), if any.
    public func unit(_ key: String) -> String? { unitByKey[key] }

    /// The trimmed cell, or nil when the column is absent or the cell empty. A bare number
    /// in a column whose header states a unit carries that unit ("50.000" under "Phí, lệ phí
    /// (đồng)" is "50.000 đồng"): published alone it would be a number of nothing.
    public func value(_ key: String, in row: DataTable.Row) -> String? {
        guard let index = indexByKey[key] else { return nil }
        let value = row[index]
        if value.isEmpty { return nil }
        if let unit = unitByKey[key], Self.isBareNumber(value) { return "\(value) \(unit)" }
        return value
    }

    /// "5", "05", "50.000", "1,5": digits with thousands or decimal separators and nothing else.
    static func isBareNumber(_ text: String) -> Bool {
        guard let first = text.utf8.first, let last = text.utf8.last,
              (0x30...0x39).contains(first), (0x30...0x39).contains(last) else { return false }
        return text.utf8.allSatisfy { (0x30...0x39).contains($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: " ") }
    }

    public func location(_ key: String, in row: DataTable.Row) -> SourceLocation {
        table.location(row: row, column: indexByKey[key])
    }

    /// Matches headers to specs and reports missing required columns (error), the same
    /// column given twice (error), a column holding data whose name resembles a known one
    /// (error: a misspelt header would drop its data) and, once per table, the other columns
    /// nobody reads (one warning listing them, so a typo is noticed without a flood).
    public static func match(_ table: DataTable, specs: [ColumnSpec], ignoring ignored: Set<String> = [],
                             diagnostics: Diagnostics) -> ColumnMapping {
        var lookup: [String: ColumnSpec] = [:]
        for spec in specs {
            for name in spec.foldedNames { lookup[name] = spec }
        }
        var indexByKey: [String: Int] = [:]
        var unitByKey: [String: String] = [:]
        var unused: [(header: String, index: Int)] = []
        for (index, header) in table.headers.enumerated() {
            let name = HeaderName(header)
            let folded = name.key
            guard let spec = lookup[folded] else {
                // An STT/TT column numbers the rows of an export: expected, never a typo.
                if folded.isEmpty || ignored.contains(folded) || ignored.contains(VietnameseFolding.key(header))
                    || ColumnVocabulary.rowNumber.contains(folded) { continue }
                if let known = resembled(folded, specs: specs), table.rows.contains(where: { !$0[index].isEmpty }) {
                    diagnostics.error(.unknownColumn, at: table.location(column: index),
                                      "Cột \"\(header)\" có dữ liệu nhưng không phải tên cột CongKhai đọc; tên gần giống cột \"\(known.label)\". Nếu đây là cột đó, đổi tiêu đề thành \"\(known.label)\"; nếu không, đổi tên cho khác hẳn (dữ liệu của nó sẽ không được đăng).")
                } else {
                    unused.append((header, index))
                }
                continue
            }
            if let first = indexByKey[spec.key] {
                diagnostics.error(.duplicateColumn, at: table.location(column: index),
                                  "Cột \"\(header)\" trùng nghĩa với cột \"\(table.headers[first])\". Xóa hoặc đổi tên một trong hai.")
                continue
            }
            indexByKey[spec.key] = index
            if let unitOf = spec.unit, let unit = name.qualifiers.lazy.compactMap(unitOf).first { unitByKey[spec.key] = unit }
        }
        if let first = unused.first {
            let names = unused.map { "\"\($0.header)\"" }.joined(separator: ", ")
            diagnostics.warning(.unknownColumn, at: table.location(column: first.index),
                                "\(unused.count == 1 ? "Cột" : "Các cột") \(names) không được dùng, sẽ bỏ qua. Kiểm tra chính tả nếu cần đăng các cột này.")
        }
        for spec in specs where spec.required && indexByKey[spec.key] == nil {
            diagnostics.error(.missingColumn, at: table.location(),
                              "Thiếu cột bắt buộc \"\(spec.label)\". Thêm cột này vào hàng tiêu đề.")
        }
        return ColumnMapping(table: table, indexByKey: indexByKey, unitByKey: unitByKey)
    }

    /// The known column an unknown header most likely meant: one that differs by a typo or
    /// two ("Thơi hạn giải quyêt"), or whose name the header extends or shortens ("Phí lệ phí
    /// thu" for "Phí, lệ phí"; a short name such as "Mã" or "Tên" is too common to tell).
    static func resembled(_ key: String, specs: [ColumnSpec]) -> ColumnSpec? {
        guard key.count >= 4 else { return nil }
        for spec in specs {
            for name in spec.foldedNames where name.count >= 4 {
                let words = name.split(separator: "_").count
                if words >= 3 && (key.hasPrefix(name + "_") || name.hasPrefix(key + "_")) { return spec }
                let allowed = max(1, min(key.count, name.count) / 8)
                if abs(key.count - name.count) <= allowed && EditDistance.within(key, name, allowed) { return spec }
            }
        }
        return nil
    }
}
