/// A view type's table of names: for each name a template may use, where its value is.
///
/// ```swift
/// static let templateFields: TemplateFields<Self> = [
///     .field("time_limit", \.timeLimit),   // String: `{{time_limit}}`
///     .field("online", \.online),          // an optional view: `{{#online}}{{label}}{{/online}}`
///     .field("key_facts", \.keyFacts),     // a list of views
///     .merge(\.summary),                   // a part whose names are this view's own
/// ]
/// ```
///
/// A name is written as templates spell it (snake_case), once, here. The value's type picks
/// what the compiler allows: a text or a number is shown, a list, a yes/no, an optional or a
/// view can open a section. Stored properties are read in place at their offset; a computed
/// property works too, through its key path (slower: keep them for what is rarely shown).
public struct TemplateFields<View: TemplateView>: Sendable, ExpressibleByArrayLiteral {
    @usableFromInline let declarations: [Declaration]

    public init(_ declarations: [Declaration]) {
        self.declarations = declarations
    }

    public init(arrayLiteral declarations: Declaration...) {
        self.declarations = declarations
    }

    /// One name (`field`, `keyed`) or a merged part (`merge`).
    public struct Declaration: Sendable {
        @usableFromInline
        enum Content: Sendable {
            case field(String, FieldReader)
            /// A stored view whose names are the enclosing view's own, at this offset.
            case merge(offset: Int, ViewTableReference)
        }

        @usableFromInline let content: Content

        @usableFromInline
        init(_ content: Content) {
            self.content = content
        }
    }
}

// MARK: - Scalars

extension TemplateFields.Declaration {
    @inlinable public static func field(_ name: String, _ path: KeyPath<View, String> & Sendable) -> Self {
        Self(.field(name, .text(reader(path))))
    }

    @inlinable public static func field(_ name: String, _ path: KeyPath<View, String?> & Sendable) -> Self {
        Self(.field(name, .optionalText(reader(path))))
    }

    @inlinable public static func field(_ name: String, _ path: KeyPath<View, Int> & Sendable) -> Self {
        Self(.field(name, .integer(reader(path))))
    }

    @inlinable public static func field(_ name: String, _ path: KeyPath<View, Int?> & Sendable) -> Self {
        Self(.field(name, .optionalInteger(reader(path))))
    }

    @inlinable public static func field(_ name: String, _ path: KeyPath<View, Double> & Sendable) -> Self {
        Self(.field(name, .real(reader(path))))
    }

    @inlinable public static func field(_ name: String, _ path: KeyPath<View, Double?> & Sendable) -> Self {
        Self(.field(name, .optionalReal(reader(path))))
    }

    @inlinable public static func field(_ name: String, _ path: KeyPath<View, Bool> & Sendable) -> Self {
        Self(.field(name, .flag(reader(path))))
    }

    @inlinable public static func field(_ name: String, _ path: KeyPath<View, Bool?> & Sendable) -> Self {
        Self(.field(name, .optionalFlag(reader(path))))
    }

    /// The webmaster's own data: names under it are looked up when rendering.
    @inlinable public static func field(_ name: String, _ path: KeyPath<View, DynamicValue> & Sendable) -> Self {
        Self(.field(name, .dynamic(reader(path))))
    }

    /// Texts named by the key set the compiler is given under `keys` (`{{assets.style_css}}`).
    @inlinable public static func keyed(_ name: String, _ path: KeyPath<View, KeyedText> & Sendable, keys: String) -> Self {
        Self(.field(name, .keyed(reader(path), keySet: keys)))
    }
}

// MARK: - Views and lists

extension TemplateFields.Declaration {
    @inlinable public static func field<Part: TemplateView>(_ name: String, _ path: KeyPath<View, Part> & Sendable) -> Self {
        let object: ObjectReader
        if let offset = MemoryLayout<View>.offset(of: path) {
            object = .stored(offset: offset)
        } else {
            object = .lent(isOptional: false) { base, body in
                withUnsafePointer(to: base.assumingMemoryBound(to: View.self).pointee[keyPath: path]) { body(UnsafeRawPointer($0)) }
                return true
            }
        }
        return Self(.field(name, .object(object, ViewTableReference(Part.self))))
    }

    @inlinable public static func field<Part: TemplateView>(_ name: String, _ path: KeyPath<View, Part?> & Sendable) -> Self {
        let access = reader(path)
        return Self(.field(name, .object(.lent(isOptional: true) { base, body in
            guard let part = access.read(base) else { return false }
            withUnsafePointer(to: part) { body(UnsafeRawPointer($0)) }
            return true
        }, ViewTableReference(Part.self))))
    }

    @inlinable public static func field<Item: TemplateView>(_ name: String, _ path: KeyPath<View, [Item]> & Sendable) -> Self {
        Self(.field(name, .list(list(reader(path)), .view(ViewTableReference(Item.self)))))
    }

    @inlinable public static func field<Item: TemplateView>(_ name: String, _ path: KeyPath<View, [Item]?> & Sendable) -> Self {
        Self(.field(name, .list(optionalList(reader(path)), .view(ViewTableReference(Item.self)))))
    }

    /// `{{#names}}{{.}}{{/names}}`.
    @inlinable public static func field(_ name: String, _ path: KeyPath<View, [String]> & Sendable) -> Self {
        Self(.field(name, .list(list(reader(path)), .text)))
    }

    @inlinable public static func field(_ name: String, _ path: KeyPath<View, [String]?> & Sendable) -> Self {
        Self(.field(name, .list(optionalList(reader(path)), .text)))
    }

    @inlinable public static func field(_ name: String, _ path: KeyPath<View, [Int]> & Sendable) -> Self {
        Self(.field(name, .list(list(reader(path)), .integer)))
    }

    @inlinable public static func field(_ name: String, _ path: KeyPath<View, [DynamicValue]> & Sendable) -> Self {
        Self(.field(name, .list(list(reader(path)), .dynamic)))
    }

    /// A stored part whose names are this view's own, as if declared here (a page's shared
    /// values, a summary inside a detail view). Its names must not repeat this view's.
    @inlinable public static func merge<Part: TemplateView>(_ path: KeyPath<View, Part> & Sendable) -> Self {
        guard let offset = MemoryLayout<View>.offset(of: path) else {
            preconditionFailure("\(View.self): a merged part must be a stored property (\(path))")
        }
        return Self(.merge(offset: offset, ViewTableReference(Part.self)))
    }
}

// MARK: - Readers

extension TemplateFields.Declaration {
    /// In place at the property's offset when it is stored (one load), else through the key
    /// path.
    @inlinable static func reader<Value>(_ path: KeyPath<View, Value> & Sendable) -> Access<Value> {
        if let offset = MemoryLayout<View>.offset(of: path) { return .stored(offset: offset) }
        return .computed { $0.assumingMemoryBound(to: View.self).pointee[keyPath: path] }
    }

    @inlinable static func list<Item>(_ access: Access<[Item]>) -> ListReader {
        ListReader(isOptional: false, count: { access.read($0).count }, forEach: { base, body in
            access.read(base).withUnsafeBufferPointer { items in
                guard let first = items.baseAddress else { return }
                for index in 0..<items.count { body(UnsafeRawPointer(first + index)) }
            }
        })
    }

    @inlinable static func optionalList<Item>(_ access: Access<[Item]?>) -> ListReader {
        ListReader(isOptional: true, count: { access.read($0)?.count }, forEach: { base, body in
            access.read(base)?.withUnsafeBufferPointer { items in
                guard let first = items.baseAddress else { return }
                for index in 0..<items.count { body(UnsafeRawPointer(first + index)) }
            }
        })
    }
}

// MARK: - The flattened table the compiler binds against

/// A view type's names with their readers, merged parts flattened in: made by the compiler
/// from `templateFields`, used only while compiling.
final class ViewTable: Sendable {
    let typeName: String
    let id: ObjectIdentifier
    let fields: [String: FieldReader]
    /// In declaration order, for messages and suggestions.
    let names: [String]

    init<View: TemplateView>(_ type: View.Type) {
        typeName = String(describing: type)
        id = ObjectIdentifier(type)
        var fields: [String: FieldReader] = [:]
        var names: [String] = []
        func add(_ name: String, _ reader: FieldReader) {
            precondition(fields[name] == nil, "\(type) declares the template name `\(name)` twice (a merged part repeats it)")
            fields[name] = reader
            names.append(name)
        }
        for declaration in View.templateFields.declarations {
            switch declaration.content {
            case .field(let name, let reader):
                add(name, reader)
            case .merge(let offset, let part):
                let table = part.make()
                for name in table.names { add(name, table.fields[name]!.shifted(by: offset)) }
            }
        }
        self.fields = fields
        self.names = names
    }
}
