import CongKhaiInput
import Templates

extension DynamicValue {
    /// The webmaster's data as templates read it (`{{#data.lanh_dao}}…`). An empty text is no
    /// value: a key holding one is left out, so a name looks further out and a section over it
    /// is not shown, as for any value the webmaster left empty.
    init(_ value: DataValue) {
        switch value {
        case .string(let text): self = text.isEmpty ? .null : .string(text)
        case .int(let number): self = .int(number)
        case .double(let number): self = .double(number)
        case .bool(let flag): self = .bool(flag)
        case .list(let items): self = .list(items.map(DynamicValue.init))
        case .map(let entries):
            self = .map(entries.compactMapValues { entry in
                if case .string("") = entry { return nil }
                return DynamicValue(entry)
            })
        }
    }
}
