/// The one place where typed views become what Mustache walks: dictionaries keyed by the
/// templates' snake_case names, arrays, strings, integers and booleans.
///
/// Views are plain `Encodable & Sendable` structs with Swift names (`sheetURL`, `jsonLD`);
/// their names reach templates as `sheet_url` and `json_ld` (words split as Foundation's
/// `convertToSnakeCase` splits them). A nil optional leaves its key out, so `{{#key}}` is
/// false for it and the lookup does not climb to an outer value of that name unless the
/// template asks for one.
///
/// Written by hand because no library here encodes to Swift values: Foundation's encoders
/// write bytes (decoding them again would cost more than the page), Yams writes a YAML node.
enum TemplateEncoder {
    static func encode<Value: Encodable>(_ value: Value) -> Any {
        // What the template engine already reads as is: no container, no key conversion.
        if let string = value as? String { return string }
        if let represented = value as? TemplateRepresentable { return represented.templateValue }
        // Tables of names (routes, assets) whose keys are the templates' already.
        if let table = value as? [String: String] { return table }
        let encoder = ValueEncoder()
        do {
            try value.encode(to: encoder)
        } catch {
            // The containers below never throw; only a view's own `encode(to:)` could.
            preconditionFailure("a template view failed to encode: \(error)")
        }
        return encoder.finished
    }

    /// "sheetURL" → "sheet_url", "jsonLD" → "json_ld", "isHome" → "is_home": a word starts at
    /// an upper-case letter after a lower-case one or a digit, or at the last upper-case
    /// letter of a run that a lower-case letter follows ("URLValue" → "url_value").
    static func snakeCase(_ name: String) -> String {
        let bytes = name.utf8
        guard bytes.contains(where: { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) else { return name }
        let characters = Array(bytes)
        func isUpper(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
        func isLower(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        var result: [UInt8] = []
        result.reserveCapacity(characters.count + 4)
        for (index, byte) in characters.enumerated() {
            if isUpper(byte), index > 0 {
                let previous = characters[index - 1]
                let nextIsLower = index + 1 < characters.count && isLower(characters[index + 1])
                if isLower(previous) || isDigit(previous) || (isUpper(previous) && nextIsLower) {
                    result.append(UInt8(ascii: "_"))
                }
            }
            result.append(isUpper(byte) ? byte + 32 : byte)
        }
        return String(decoding: result, as: UTF8.self)
    }
}

/// A value already in the template engine's shape: the site's own data (`data/*.yaml`, whose
/// keys are the webmaster's and are not converted) and values shared by every page, encoded
/// once per build.
protocol TemplateRepresentable: Encodable {
    var templateValue: Any { get }
}

extension TemplateRepresentable {
    /// Only the template encoder reads these, and it takes `templateValue` as it is.
    func encode(to encoder: Encoder) throws {
        guard let encoder = encoder as? ValueEncoder else {
            throw EncodingError.invalidValue(templateValue, .init(codingPath: encoder.codingPath,
                                                                  debugDescription: "only the template encoder reads this value"))
        }
        encoder.set(templateValue)
    }
}

/// Values encoded once and reused: every page's shared part, for instance. Encoding one
/// inside another view merges its fields into that view's object.
struct EncodedFields: TemplateRepresentable, @unchecked Sendable {
    // Safe to share: the encoder builds it from `Sendable` views and nothing mutates it.
    let fields: [String: Any]

    init<Value: Encodable & Sendable>(_ value: Value) {
        fields = TemplateEncoder.encode(value) as? [String: Any] ?? [:]
    }

    var templateValue: Any { fields }

    func encode(to encoder: Encoder) throws {
        guard let encoder = encoder as? ValueEncoder else {
            throw EncodingError.invalidValue(fields, .init(codingPath: encoder.codingPath,
                                                           debugDescription: "only the template encoder reads encoded fields"))
        }
        encoder.object.fields.merge(fields) { _, new in new }
    }
}

// MARK: - The encoder

/// Where one value is written. Keyed containers made from one encoder share one object, so a
/// page's view can write its own keys and its layout's beside them.
final class ValueEncoder: Encoder {
    final class Object {
        var fields: [String: Any] = [:]
        /// Nested containers and super-encoders, finished when the object is.
        var pending: [(key: String, encoder: ValueEncoder)] = []
    }

    final class List {
        var items: [Any] = []
        var pending: [(index: Int, encoder: ValueEncoder)] = []
    }

    private enum Storage {
        case empty
        case object(Object)
        case list(List)
        case single(Any)
    }

    private var storage = Storage.empty
    var codingPath: [CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    var object: Object {
        if case .object(let object) = storage { return object }
        let object = Object()
        storage = .object(object)
        return object
    }

    private var list: List {
        if case .list(let list) = storage { return list }
        let list = List()
        storage = .list(list)
        return list
    }

    var finished: Any {
        switch storage {
        case .empty: return [String: Any]()
        case .single(let value): return value
        case .object(let object):
            for (key, encoder) in object.pending { object.fields[key] = encoder.finished }
            return object.fields
        case .list(let list):
            for (index, encoder) in list.pending { list.items[index] = encoder.finished }
            return list.items
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyedContainer<Key>(object: object))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer { UnkeyedContainer(list: list) }

    func singleValueContainer() -> SingleValueEncodingContainer { SingleContainer(encoder: self) }

    fileprivate func set(_ value: Any) { storage = .single(value) }

    private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let object: Object
        var codingPath: [CodingKey] { [] }

        private func name(_ key: Key) -> String { TemplateEncoder.snakeCase(key.stringValue) }

        mutating func encodeNil(forKey key: Key) {}
        mutating func encode(_ value: Bool, forKey key: Key) { object.fields[name(key)] = value }
        mutating func encode(_ value: String, forKey key: Key) { object.fields[name(key)] = value }
        mutating func encode(_ value: Int, forKey key: Key) { object.fields[name(key)] = value }
        mutating func encode(_ value: Double, forKey key: Key) { object.fields[name(key)] = value }
        // Other numbers as the two the templates know, Int and Double.
        mutating func encode(_ value: Float, forKey key: Key) { object.fields[name(key)] = Double(value) }
        mutating func encode(_ value: Int8, forKey key: Key) { object.fields[name(key)] = Int(value) }
        mutating func encode(_ value: Int16, forKey key: Key) { object.fields[name(key)] = Int(value) }
        mutating func encode(_ value: Int32, forKey key: Key) { object.fields[name(key)] = Int(value) }
        mutating func encode(_ value: Int64, forKey key: Key) { object.fields[name(key)] = Int(value) }
        mutating func encode(_ value: UInt, forKey key: Key) { object.fields[name(key)] = Int(clamping: value) }
        mutating func encode(_ value: UInt8, forKey key: Key) { object.fields[name(key)] = Int(value) }
        mutating func encode(_ value: UInt16, forKey key: Key) { object.fields[name(key)] = Int(value) }
        mutating func encode(_ value: UInt32, forKey key: Key) { object.fields[name(key)] = Int(value) }
        mutating func encode(_ value: UInt64, forKey key: Key) { object.fields[name(key)] = Int(clamping: value) }
        mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) {
            object.fields[name(key)] = TemplateEncoder.encode(value)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                            forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            let nested = ValueEncoder()
            object.pending.append((name(key), nested))
            return nested.container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
            let nested = ValueEncoder()
            object.pending.append((name(key), nested))
            return nested.unkeyedContainer()
        }

        mutating func superEncoder() -> Encoder {
            let nested = ValueEncoder()
            object.pending.append(("super", nested))
            return nested
        }

        mutating func superEncoder(forKey key: Key) -> Encoder {
            let nested = ValueEncoder()
            object.pending.append((name(key), nested))
            return nested
        }
    }

    private struct UnkeyedContainer: UnkeyedEncodingContainer {
        let list: List
        var codingPath: [CodingKey] { [] }
        var count: Int { list.items.count }

        mutating func encodeNil() { list.items.append(Optional<Any>.none as Any) }
        mutating func encode(_ value: Bool) { list.items.append(value) }
        mutating func encode(_ value: String) { list.items.append(value) }
        mutating func encode(_ value: Int) { list.items.append(value) }
        mutating func encode(_ value: Double) { list.items.append(value) }
        mutating func encode(_ value: Float) { list.items.append(Double(value)) }
        mutating func encode(_ value: Int8) { list.items.append(Int(value)) }
        mutating func encode(_ value: Int16) { list.items.append(Int(value)) }
        mutating func encode(_ value: Int32) { list.items.append(Int(value)) }
        mutating func encode(_ value: Int64) { list.items.append(Int(value)) }
        mutating func encode(_ value: UInt) { list.items.append(Int(clamping: value)) }
        mutating func encode(_ value: UInt8) { list.items.append(Int(value)) }
        mutating func encode(_ value: UInt16) { list.items.append(Int(value)) }
        mutating func encode(_ value: UInt32) { list.items.append(Int(value)) }
        mutating func encode(_ value: UInt64) { list.items.append(Int(clamping: value)) }
        mutating func encode<Value: Encodable>(_ value: Value) { list.items.append(TemplateEncoder.encode(value)) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            nestedEncoder().container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer { nestedEncoder().unkeyedContainer() }

        mutating func superEncoder() -> Encoder { nestedEncoder() }

        private func nestedEncoder() -> ValueEncoder {
            let nested = ValueEncoder()
            list.pending.append((list.items.count, nested))
            list.items.append([String: Any]())
            return nested
        }
    }

    private struct SingleContainer: SingleValueEncodingContainer {
        let encoder: ValueEncoder
        var codingPath: [CodingKey] { [] }

        mutating func encodeNil() { encoder.set(Optional<Any>.none as Any) }
        mutating func encode(_ value: Bool) { encoder.set(value) }
        mutating func encode(_ value: String) { encoder.set(value) }
        mutating func encode(_ value: Int) { encoder.set(value) }
        mutating func encode(_ value: Double) { encoder.set(value) }
        mutating func encode(_ value: Float) { encoder.set(Double(value)) }
        mutating func encode(_ value: Int8) { encoder.set(Int(value)) }
        mutating func encode(_ value: Int16) { encoder.set(Int(value)) }
        mutating func encode(_ value: Int32) { encoder.set(Int(value)) }
        mutating func encode(_ value: Int64) { encoder.set(Int(value)) }
        mutating func encode(_ value: UInt) { encoder.set(Int(clamping: value)) }
        mutating func encode(_ value: UInt8) { encoder.set(Int(value)) }
        mutating func encode(_ value: UInt16) { encoder.set(Int(value)) }
        mutating func encode(_ value: UInt32) { encoder.set(Int(value)) }
        mutating func encode(_ value: UInt64) { encoder.set(Int(clamping: value)) }
        mutating func encode<Value: Encodable>(_ value: Value) { encoder.set(TemplateEncoder.encode(value)) }
    }
}
