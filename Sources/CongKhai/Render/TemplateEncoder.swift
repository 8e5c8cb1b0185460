/// The one place where typed views become what Mustache walks: dictionaries keyed by the
/// templates' snake_case names, arrays, strings, integers and booleans.
///
/// Views are plain `Encodable & Sendable` structs with Swift names (`sheetURL`, `jsonLD`);
/// their names reach templates as `sheet_url` and `json_ld` (words split as Foundation's
/// `convertToSnakeCase` splits them). A nil optional leaves its key out, never an empty
/// string (which Mustache shows as true). A missing name is then looked up in the outer
/// values, as Mustache does: a template that must not find an outer one uses a dotted name
/// (`{{#replacement.url}}`).
///
/// Written by hand because no library here encodes to Swift values: Foundation's encoders
/// write bytes (decoding them again would cost more than the page), Yams writes a YAML node.
enum TemplateEncoder {
    static func encode<Value: Encodable>(_ value: Value) -> Any {
        encodeIfPresent(value) ?? [String: Any]()
    }

    /// The value, or nil for an explicit nil (an optional written with `encode` rather than
    /// `encodeIfPresent`, or a nil in a list): left out like any other nil.
    static func encodeIfPresent<Value: Encodable>(_ value: Value) -> Any? {
        // A string, the commonest value in a list, needs no encoder. (No other cast here: a
        // conformance check per value costs more than encoding it.)
        if Value.self == String.self { return unsafeBitCast(value, to: String.self) }
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
        var name = name
        return name.withUTF8 { bytes in
            func isUpper(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
            func isLower(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
            func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
            guard bytes.contains(where: isUpper) else { return String(decoding: bytes, as: UTF8.self) }
            func startsWord(_ index: Int) -> Bool {
                guard index > 0, isUpper(bytes[index]) else { return false }
                let previous = bytes[index - 1]
                let nextIsLower = index + 1 < bytes.count && isLower(bytes[index + 1])
                return isLower(previous) || isDigit(previous) || (isUpper(previous) && nextIsLower)
            }
            let underscores = bytes.indices.reduce(0) { $0 + (startsWord($1) ? 1 : 0) }
            // Written in place at its exact length: no buffer besides the string's own, and
            // none at all for a name of up to 15 bytes.
            return String(unsafeUninitializedCapacity: bytes.count + underscores) { result in
                var count = 0
                for index in bytes.indices {
                    let byte = bytes[index]
                    if startsWord(index) {
                        result[count] = UInt8(ascii: "_")
                        count += 1
                    }
                    result[count] = isUpper(byte) ? byte + 32 : byte
                    count += 1
                }
                return count
            }
        }
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

/// A table whose keys are the templates' names already (routes, assets): not converted.
struct NameTable: TemplateRepresentable, Sendable {
    let names: [String: String]

    var templateValue: Any { names }
}

/// Values encoded once and reused: every page's shared part, for instance. Encoding one
/// inside another view merges its fields into that view's object.
struct EncodedFields: Encodable, @unchecked Sendable {
    // Safe to share: the encoder builds it from `Sendable` views and nothing mutates it.
    let fields: [String: Any]

    init<Value: Encodable & Sendable>(_ value: Value) {
        guard let fields = TemplateEncoder.encode(value) as? [String: Any] else {
            preconditionFailure("\(Value.self) is not a view with names: only those can be shared fields")
        }
        self.fields = fields
    }

    func encode(to encoder: Encoder) throws {
        guard let encoder = encoder as? ValueEncoder else {
            throw EncodingError.invalidValue(fields, .init(codingPath: encoder.codingPath,
                                                           debugDescription: "only the template encoder reads encoded fields"))
        }
        encoder.merge(fields)
    }
}

// MARK: - The encoder

/// Where one value is written. Keyed containers made from one encoder share one object, so a
/// page's view can write its own keys and its layout's beside them.
final class ValueEncoder: Encoder {
    private enum Kind {
        case empty
        case object
        case list
        case single(Any)
        /// An explicit nil: the value is left out.
        case null
    }

    // One encoder is one value: an object's fields or a list's items live here, with no
    // further allocation (a view's page encodes hundreds of them).
    private var kind = Kind.empty
    fileprivate var fields: [String: Any] = [:]
    fileprivate var items: [Any] = []
    /// Nested containers and super-encoders, finished when this value is.
    fileprivate var pendingFields: [(key: String, encoder: ValueEncoder)] = []
    fileprivate var pendingItems: [(index: Int, encoder: ValueEncoder)] = []

    var codingPath: [CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// The value written, or nil when it was an explicit nil.
    var finished: Any? {
        switch kind {
        case .empty: return [String: Any]()
        case .null: return nil
        case .single(let value): return value
        case .object:
            for (key, encoder) in pendingFields { fields[key] = encoder.finished }
            return fields
        case .list:
            for (index, encoder) in pendingItems.reversed() {
                if let value = encoder.finished { items[index] = value } else { items.remove(at: index) }
            }
            return items
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object = kind {} else {
            precondition(isUnwritten, "a template value is either an object or a list, not both")
            kind = .object
            // Room for a view's usual dozen names at once, instead of growing (and rehashing)
            // five times on the way there.
            fields.reserveCapacity(12)
        }
        return KeyedEncodingContainer(KeyedContainer<Key>(encoder: self))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        if case .list = kind {} else {
            precondition(isUnwritten, "a template value is either an object or a list, not both")
            kind = .list
        }
        return UnkeyedContainer(encoder: self)
    }

    func singleValueContainer() -> SingleValueEncodingContainer { SingleContainer(encoder: self) }

    private var isUnwritten: Bool {
        if case .empty = kind { return true }
        if case .object = kind { return fields.isEmpty && pendingFields.isEmpty }
        return false
    }

    fileprivate func set(_ value: Any) { kind = .single(value) }
    fileprivate func setNull() { kind = .null }

    /// A direct write wins over a nested container made earlier for the same name, as every
    /// later write wins over an earlier one.
    fileprivate func write(_ value: Any?, named name: String) {
        if !pendingFields.isEmpty { pendingFields.removeAll { $0.key == name } }
        fields[name] = value
    }

    /// Fields encoded elsewhere, written into this object (later ones win).
    fileprivate func merge(_ encoded: [String: Any]) {
        if case .object = kind {} else {
            precondition(isUnwritten, "a template value is either an object or a list, not both")
            kind = .object
        }
        if !pendingFields.isEmpty { pendingFields.removeAll { encoded[$0.key] != nil } }
        if fields.isEmpty {
            fields = encoded
        } else {
            fields.merge(encoded) { _, new in new }
        }
    }

    private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let encoder: ValueEncoder
        var codingPath: [CodingKey] { [] }

        private func name(_ key: Key) -> String { TemplateEncoder.snakeCase(key.stringValue) }

        mutating func encodeNil(forKey key: Key) {}
        mutating func encode(_ value: Bool, forKey key: Key) { encoder.write(value, named: name(key)) }
        mutating func encode(_ value: String, forKey key: Key) { encoder.write(value, named: name(key)) }
        mutating func encode(_ value: Int, forKey key: Key) { encoder.write(value, named: name(key)) }
        mutating func encode(_ value: Double, forKey key: Key) { encoder.write(value, named: name(key)) }
        // Other numbers as the two the templates know, Int and Double.
        mutating func encode(_ value: Float, forKey key: Key) { encoder.write(Double(value), named: name(key)) }
        mutating func encode(_ value: Int8, forKey key: Key) { encoder.write(Int(value), named: name(key)) }
        mutating func encode(_ value: Int16, forKey key: Key) { encoder.write(Int(value), named: name(key)) }
        mutating func encode(_ value: Int32, forKey key: Key) { encoder.write(Int(value), named: name(key)) }
        mutating func encode(_ value: Int64, forKey key: Key) { encoder.write(Int(value), named: name(key)) }
        mutating func encode(_ value: UInt, forKey key: Key) { encoder.write(Int(clamping: value), named: name(key)) }
        mutating func encode(_ value: UInt8, forKey key: Key) { encoder.write(Int(value), named: name(key)) }
        mutating func encode(_ value: UInt16, forKey key: Key) { encoder.write(Int(value), named: name(key)) }
        mutating func encode(_ value: UInt32, forKey key: Key) { encoder.write(Int(value), named: name(key)) }
        mutating func encode(_ value: UInt64, forKey key: Key) { encoder.write(Int(clamping: value), named: name(key)) }
        mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) {
            encoder.write(TemplateEncoder.encodeIfPresent(value), named: name(key))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                            forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            let nested = ValueEncoder()
            encoder.pendingFields.append((name(key), nested))
            return nested.container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
            let nested = ValueEncoder()
            encoder.pendingFields.append((name(key), nested))
            return nested.unkeyedContainer()
        }

        mutating func superEncoder() -> Encoder {
            let nested = ValueEncoder()
            encoder.pendingFields.append(("super", nested))
            return nested
        }

        mutating func superEncoder(forKey key: Key) -> Encoder {
            let nested = ValueEncoder()
            encoder.pendingFields.append((name(key), nested))
            return nested
        }
    }

    private struct UnkeyedContainer: UnkeyedEncodingContainer {
        let encoder: ValueEncoder
        var codingPath: [CodingKey] { [] }
        var count: Int { encoder.items.count }

        // A nil in a list is left out: Mustache would show it as the text "nil".
        mutating func encodeNil() {}
        mutating func encode(_ value: Bool) { encoder.items.append(value) }
        mutating func encode(_ value: String) { encoder.items.append(value) }
        mutating func encode(_ value: Int) { encoder.items.append(value) }
        mutating func encode(_ value: Double) { encoder.items.append(value) }
        mutating func encode(_ value: Float) { encoder.items.append(Double(value)) }
        mutating func encode(_ value: Int8) { encoder.items.append(Int(value)) }
        mutating func encode(_ value: Int16) { encoder.items.append(Int(value)) }
        mutating func encode(_ value: Int32) { encoder.items.append(Int(value)) }
        mutating func encode(_ value: Int64) { encoder.items.append(Int(value)) }
        mutating func encode(_ value: UInt) { encoder.items.append(Int(clamping: value)) }
        mutating func encode(_ value: UInt8) { encoder.items.append(Int(value)) }
        mutating func encode(_ value: UInt16) { encoder.items.append(Int(value)) }
        mutating func encode(_ value: UInt32) { encoder.items.append(Int(value)) }
        mutating func encode(_ value: UInt64) { encoder.items.append(Int(clamping: value)) }
        mutating func encode<Value: Encodable>(_ value: Value) {
            if let value = TemplateEncoder.encodeIfPresent(value) { encoder.items.append(value) }
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            nestedEncoder().container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer { nestedEncoder().unkeyedContainer() }

        mutating func superEncoder() -> Encoder { nestedEncoder() }

        private func nestedEncoder() -> ValueEncoder {
            let nested = ValueEncoder()
            encoder.pendingItems.append((encoder.items.count, nested))
            encoder.items.append([String: Any]())
            return nested
        }
    }

    private struct SingleContainer: SingleValueEncodingContainer {
        let encoder: ValueEncoder
        var codingPath: [CodingKey] { [] }

        mutating func encodeNil() { encoder.setNull() }
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
        mutating func encode<Value: Encodable>(_ value: Value) {
            if let value = TemplateEncoder.encodeIfPresent(value) { encoder.set(value) } else { encoder.setNull() }
        }
    }
}
