/// The columns a feature reads from a table, each with the Vietnamese label webmasters use
/// and the other spellings seen in real exports. Headers match after folding case and
/// diacritics, so "Mã TTHC", "MÃ TTHC", "ma_tthc" and "Ma thu tuc" are one column.
public struct ColumnSpec: Sendable {
    public let key: String
    public let label: String
    public let aliases: [String]
    public let required: Bool
    /// The header may carry a parenthesised qualifier after its name, "Thời hạn giải quyết
    /// (ngày làm việc)", which the column's reader reads itself (the time limit's unit).
    public let qualified: Bool

    public init(_ key: String, label: String, aliases: [String] = [], required: Bool = false, qualified: Bool = false) {
        self.key = key
        self.label = label
        self.aliases = aliases
        self.required = required
        self.qualified = qualified
    }

    var foldedNames: Set<String> {
        Set(([key, label] + aliases).map { VietnameseFolding.key($0) })
    }
}

/// Where each known column sits in one table.
public struct ColumnMapping: Sendable {
    public let table: DataTable
    private let indexByKey: [String: Int]

    init(table: DataTable, indexByKey: [String: Int]) {
        self.table = table
        self.indexByKey = indexByKey
    }

    public func has(_ key: String) -> Bool { indexByKey[key] != nil }
    public func column(_ key: String) -> Int? { indexByKey[key] }

    /// The trimmed cell, or nil when the column is absent or the cell empty.
    public func value(_ key: String, in row: DataTable.Row) -> String? {
        guard let index = indexByKey[key] else { return nil }
        let value = row[index]
        return value.isEmpty ? nil : value
    }

    public func location(_ key: String, in row: DataTable.Row) -> SourceLocation {
        table.location(row: row, column: indexByKey[key])
    }

    /// Matches headers to specs and reports missing required columns (error), the same
    /// column given twice (error) and columns nobody reads (warning, so a typo is noticed).
    public static func match(_ table: DataTable, specs: [ColumnSpec], ignoring ignored: Set<String> = [],
                             diagnostics: Diagnostics) -> ColumnMapping {
        var lookup: [String: String] = [:]
        var qualifiedLookup: [String: String] = [:]
        for spec in specs {
            for name in spec.foldedNames {
                lookup[name] = spec.key
                if spec.qualified { qualifiedLookup[name] = spec.key }
            }
        }
        var indexByKey: [String: Int] = [:]
        for (index, header) in table.headers.enumerated() {
            let folded = VietnameseFolding.key(header)
            guard let key = lookup[folded] ?? Self.withoutQualifier(header).flatMap({ qualifiedLookup[VietnameseFolding.key($0)] }) else {
                // An STT/TT column numbers the rows of an export: expected, never a typo.
                if !folded.isEmpty && !ignored.contains(folded) && !KnownColumnNames.rowNumber.contains(folded) {
                    diagnostics.warning(.unknownColumn, at: table.location(column: index),
                                        "Cột \"\(header)\" không được dùng, sẽ bỏ qua. Kiểm tra chính tả nếu cột này cần thiết.")
                }
                continue
            }
            if let first = indexByKey[key] {
                diagnostics.error(.duplicateColumn, at: table.location(column: index),
                                  "Cột \"\(header)\" trùng nghĩa với cột \"\(table.headers[first])\". Xóa hoặc đổi tên một trong hai.")
                continue
            }
            indexByKey[key] = index
        }
        for spec in specs where spec.required && indexByKey[spec.key] == nil {
            diagnostics.error(.missingColumn, at: table.location(),
                              "Thiếu cột bắt buộc \"\(spec.label)\". Thêm cột này vào hàng tiêu đề.")
        }
        return ColumnMapping(table: table, indexByKey: indexByKey)
    }

    /// "Thời hạn giải quyết (ngày làm việc)" → "Thời hạn giải quyết"; nil without a qualifier.
    static func withoutQualifier(_ header: String) -> String? {
        guard header.hasSuffix(")"), let open = header.lastIndex(of: "("), open > header.startIndex else { return nil }
        return String(header[..<open])
    }
}
