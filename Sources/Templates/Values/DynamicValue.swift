/// A value whose shape is known only when it is read: the webmaster's own `data/*.yaml` and
/// the Mustache specification's test data. Names under a dynamic value are looked up when the
/// page is rendered, by the specification's context-stack rules; everything else a template
/// sees is a typed view, bound when the template is compiled.
public enum DynamicValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case list([DynamicValue])
    case map([String: DynamicValue])

    /// Whether a section shows its content for this value: `null`, `false` and an empty list
    /// do not; any other value does, an empty string and zero included (as Mustache engines
    /// for typed languages do; a loader that wants "" to hide a section writes `null`).
    var isTruthy: Bool {
        switch self {
        case .null: false
        case .bool(let flag): flag
        case .list(let items): !items.isEmpty
        case .int, .double, .string, .map: true
        }
    }
}
