import Foundation
import Templates

/// The specification's test data, read from its JSON as dynamic values: integers stay
/// integers (85 prints "85"), other numbers are doubles (1.210 prints "1.21").
extension DynamicValue: Decodable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? container.decode(Int.self) {
            self = .int(number)
        } else if let number = try? container.decode(Double.self) {
            self = .double(number)
        } else if let text = try? container.decode(String.self) {
            self = .string(text)
        } else if let items = try? container.decode([DynamicValue].self) {
            self = .list(items)
        } else {
            self = .map(try container.decode([String: DynamicValue].self))
        }
    }
}
