import CongKhaiCore
import Yams

/// A value from a data file, kept typed and `Sendable` until a template needs it.
public indirect enum DataValue: Sendable, Equatable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case list([DataValue])
    case map([String: DataValue])

    init(_ node: Node) {
        switch node {
        case .scalar(let scalar):
            switch Tag.Name(rawValue: node.tag.description) {
            case .bool: self = .bool(node.bool ?? false)
            case .int: self = node.int.map(DataValue.int) ?? .string(scalar.string)
            case .float: self = node.float.map(DataValue.double) ?? .string(scalar.string)
            case .null: self = .string("")
            default: self = .string(scalar.string)
            }
        case .sequence(let sequence):
            self = .list(sequence.map(DataValue.init))
        case .mapping(let mapping):
            var entries: [String: DataValue] = [:]
            for (key, value) in mapping {
                if let name = key.string { entries[name] = DataValue(value) }
            }
            self = .map(entries)
        case .alias:
            self = .string("")
        }
    }

    /// A CSV table as a list of rows; each cell is reachable by its header as written and by
    /// its folded key ("Họ và tên" → `ho_va_ten`), which is what a template can spell.
    init(_ table: DataTable) {
        let keys = table.headers.map { VietnameseFolding.key($0) }
        self = .list(table.rows.map { row in
            var entries: [String: DataValue] = [:]
            for (index, header) in table.headers.enumerated() {
                entries[header] = .string(row[index])
                if !keys[index].isEmpty { entries[keys[index]] = .string(row[index]) }
            }
            return .map(entries)
        })
    }
}
