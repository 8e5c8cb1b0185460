/// The type of the value at the end of a name, as the compiler sees it: what it may do with it
/// (show it, open a section over it) and, for a view, the names under it.
enum ValueKind {
    case text
    case integer
    case real
    case flag
    case object(ViewTableReference)
    case list(ElementKind)
    case dynamic
    case keyed(String)

    init(_ reader: FieldReader) {
        switch reader {
        case .text, .optionalText: self = .text
        case .integer, .optionalInteger: self = .integer
        case .real, .optionalReal: self = .real
        case .flag, .optionalFlag: self = .flag
        case .object(_, let table): self = .object(table)
        case .list(_, let element): self = .list(element)
        case .dynamic: self = .dynamic
        case .keyed(_, let keySet): self = .keyed(keySet)
        }
    }

    /// For messages: "a text", "a list".
    var description: String {
        switch self {
        case .text: "a text"
        case .integer, .real: "a number"
        case .flag: "a yes/no"
        case .object: "a view"
        case .list: "a list"
        case .dynamic: "data"
        case .keyed(let keySet): "the table `\(keySet)`"
        }
    }

    var isPrintable: Bool {
        switch self {
        case .text, .integer, .real, .flag, .dynamic: true
        case .object, .list, .keyed: false
        }
    }
}
