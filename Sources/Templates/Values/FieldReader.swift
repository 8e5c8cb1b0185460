/// How one declared name is read from a view in memory, whatever the view's type: the typed
/// closures and offsets a `TemplateFields` declaration makes, with the view's type erased to
/// a pointer. The compiler puts these into the program; rendering calls them with the address
/// of the view (or of the nested value) it is in, never with a name.
@usableFromInline
enum FieldReader: Sendable {
    case text(Access<String>)
    case optionalText(Access<String?>)
    case integer(Access<Int>)
    case optionalInteger(Access<Int?>)
    case real(Access<Double>)
    case optionalReal(Access<Double?>)
    case flag(Access<Bool>)
    case optionalFlag(Access<Bool?>)
    case object(ObjectReader, ViewTableReference)
    case list(ListReader, ElementKind)
    case dynamic(Access<DynamicValue>)
    case keyed(Access<KeyedText>, keySet: String)

    /// The same field of a view stored `offset` bytes into another (a merged part).
    func shifted(by offset: Int) -> FieldReader {
        guard offset != 0 else { return self }
        func shift<Value>(_ access: Access<Value>) -> Access<Value> { access.shifted(by: offset) }
        return switch self {
        case .text(let read): .text(shift(read))
        case .optionalText(let read): .optionalText(shift(read))
        case .integer(let read): .integer(shift(read))
        case .optionalInteger(let read): .optionalInteger(shift(read))
        case .real(let read): .real(shift(read))
        case .optionalReal(let read): .optionalReal(shift(read))
        case .flag(let read): .flag(shift(read))
        case .optionalFlag(let read): .optionalFlag(shift(read))
        case .object(let object, let table): .object(object.shifted(by: offset), table)
        case .list(let list, let element): .list(list.shifted(by: offset), element)
        case .dynamic(let read): .dynamic(shift(read))
        case .keyed(let read, let keySet): .keyed(shift(read), keySet: keySet)
        }
    }

    /// Whether the value may be missing: then the name is looked up further out when it is,
    /// as Mustache looks past a context that lacks a key.
    var mayBeAbsent: Bool {
        switch self {
        case .optionalText, .optionalInteger, .optionalReal, .optionalFlag: true
        case .object(let object, _): object.isOptional
        case .list(let list, _): list.isOptional
        case .text, .integer, .real, .flag, .dynamic, .keyed: false
        }
    }
}

@usableFromInline
typealias Read<Value> = @Sendable (UnsafeRawPointer) -> Value

/// A value in a view: at a fixed offset (a stored property, loaded in place with no call), or
/// through a closure (a computed property, through its key path).
@usableFromInline
enum Access<Value>: Sendable {
    case stored(offset: Int)
    case computed(Read<Value>)

    @inlinable @inline(__always)
    func read(_ base: UnsafeRawPointer) -> Value {
        switch self {
        case .stored(let offset): (base + offset).assumingMemoryBound(to: Value.self).pointee
        case .computed(let read): read(base)
        }
    }

    func shifted(by offset: Int) -> Access<Value> {
        switch self {
        case .stored(let own): .stored(offset: own + offset)
        case .computed(let read): .computed { read($0 + offset) }
        }
    }
}

/// A nested view: in place at a fixed offset (no copy), or reached through a closure that
/// lends the value's address for the time of a body (an optional or computed view).
@usableFromInline
enum ObjectReader: Sendable {
    case stored(offset: Int)
    /// Calls the body with the value's address and returns true, or returns false when the
    /// optional is nil.
    case lent(isOptional: Bool, @Sendable (UnsafeRawPointer, (UnsafeRawPointer) -> Void) -> Bool)

    var isOptional: Bool {
        if case .lent(true, _) = self { return true }
        return false
    }

    func shifted(by offset: Int) -> ObjectReader {
        switch self {
        case .stored(let own): .stored(offset: own + offset)
        case .lent(let isOptional, let lend): .lent(isOptional: isOptional) { lend($0 + offset, $1) }
        }
    }
}

/// A list of views, texts, numbers or dynamic values, read in place.
@usableFromInline
struct ListReader: Sendable {
    let isOptional: Bool
    /// nil when an optional list is nil (the name is then looked up further out).
    let count: @Sendable (UnsafeRawPointer) -> Int?
    /// Calls the body with the address of each item, in order.
    let forEach: @Sendable (UnsafeRawPointer, (UnsafeRawPointer) -> Void) -> Void

    @usableFromInline
    init(isOptional: Bool, count: @escaping @Sendable (UnsafeRawPointer) -> Int?,
         forEach: @escaping @Sendable (UnsafeRawPointer, (UnsafeRawPointer) -> Void) -> Void) {
        self.isOptional = isOptional
        self.count = count
        self.forEach = forEach
    }

    func shifted(by offset: Int) -> ListReader {
        let count = self.count
        let forEach = self.forEach
        return ListReader(isOptional: isOptional, count: { count($0 + offset) }, forEach: { forEach($0 + offset, $1) })
    }
}

/// What a list holds, as far as a section over it is concerned.
@usableFromInline
enum ElementKind: Sendable {
    case view(ViewTableReference)
    case text
    case integer
    case dynamic
}

/// A nested view type's table, made when the compiler first needs it (so a type may contain
/// lists of itself without its table referring to itself while it is being made).
@usableFromInline
struct ViewTableReference: Sendable {
    let id: ObjectIdentifier
    let make: @Sendable () -> ViewTable

    @usableFromInline
    init<View: TemplateView>(_ type: View.Type) {
        id = ObjectIdentifier(type)
        make = { ViewTable(View.self) }
    }

    init(id: ObjectIdentifier, make: @escaping @Sendable () -> ViewTable) {
        self.id = id
        self.make = make
    }
}
