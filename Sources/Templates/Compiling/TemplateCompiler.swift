/// Compiles a theme's templates once per build into programs bound to the views they render.
///
/// ```swift
/// var compiler = TemplateCompiler(sources: sources, keySets: [assets])
/// let detail = compiler.compile("procedure", for: ProcedurePage.self)
/// let list = compiler.compile("procedure-list", for: ProcedureListPage.self)
/// guard compiler.errors.isEmpty, let detail, let list else { report(compiler.errors); return }
/// let html: [UInt8] = detail.render(page)
/// ```
///
/// Every file is parsed once, however many templates use it. Each `compile` resolves the
/// template's partials and parents, binds each name to a reader of the view type (or to a
/// lookup in dynamic data where the context is `DynamicValue`), and collects every error it
/// finds — a name no view declares, a missing partial, a section over a text — with its file,
/// line and column, before returning nil. Compile everything a build needs, then read
/// `errors` once: they are all there, in the order found, without duplicates.
public struct TemplateCompiler {
    public struct Options: Sendable {
        public enum MissingPartial: Sendable {
            /// A located error, like any other missing template (CongKhai's choice).
            case error
            /// Renders nothing, as the specification's "Failed Lookup" test expects.
            case renderNothing
        }

        public var missingPartial: MissingPartial
        /// swift-mustache writes the whitespace before a standalone partial even when the
        /// partial renders nothing (a line of spaces where the specification leaves nothing);
        /// on, the compiled output keeps that, byte for byte.
        public var keepsIndentationOfEmptyPartials: Bool
        /// How deeply partials and parents may nest before it counts as endless recursion.
        public var maximumDepth: Int

        public init(missingPartial: MissingPartial = .error, keepsIndentationOfEmptyPartials: Bool = false, maximumDepth: Int = 64) {
            self.missingPartial = missingPartial
            self.keepsIndentationOfEmptyPartials = keepsIndentationOfEmptyPartials
            self.maximumDepth = maximumDepth
        }
    }

    let sources: TemplateSources
    let keySets: [String: TemplateKeySet]
    let options: Options
    private var parsed: [String: ParsedTemplate] = [:]
    private var unparsable: Set<String> = []
    private var tables: [ObjectIdentifier: ViewTable] = [:]
    /// One error per place and name: a partial used in several contexts has one mistake.
    private var reported: Set<String> = []
    /// Every error found so far, in the order found.
    public private(set) var errors: [TemplateError] = []

    // The program being compiled.
    var program = ProgramBuilder()
    var units: [UnitKey: Int] = [:]
    /// Per unit, the first instruction a literal may be merged into: none before the end of
    /// the last section (its body's literals must stay in its body).
    var mergeFloors: [Int] = []
    private var shapeIDs: [StaticShape: Int32] = [:]

    public init(sources: TemplateSources, keySets: [TemplateKeySet] = [], options: Options = Options()) {
        self.sources = sources
        self.keySets = Dictionary(keySets.map { ($0.name, $0) }, uniquingKeysWith: { _, last in last })
        self.options = options
    }

    /// Parses every file, so a syntax error in a template nothing compiles yet is reported too.
    public mutating func checkSyntax() {
        for name in sources.names { _ = template(named: name) }
    }

    /// The template `name` compiled for values of `View`, or nil when it has errors (then in
    /// `errors`).
    public mutating func compile<View: TemplateView>(_ name: String, for type: View.Type) -> CompiledTemplate<View>? {
        compile(name, root: .view(table(for: ViewTableReference(type)).id))
    }

    /// The template `name` compiled for dynamic data (the specification's tests; a page of the
    /// webmaster's own data alone).
    public mutating func compile(_ name: String, for type: DynamicValue.Type) -> CompiledTemplate<DynamicValue>? {
        compile(name, root: .dynamic)
    }

    private mutating func compile<Root>(_ name: String, root: StaticShape) -> CompiledTemplate<Root>? {
        let errorCount = errors.count
        program = ProgramBuilder()
        units = [:]
        mergeFloors = []
        guard let template = template(named: name) else {
            if sources.file(named: name) == nil { report(TemplateError(.missingTemplate(name), at: nil)) }
            return nil
        }
        let scope = Scope(stack: StaticStack(root: root), indentation: Indentation(), blocks: [:], file: template.file, unit: 0, depth: 0)
        if compileUnit(template, scope) == nil { preconditionFailure("the first unit cannot be a recursion") }
        guard errors.count == errorCount else { return nil }
        return CompiledTemplate(name: name, program: program.linked(), rootShape: shapeID(root))
    }

    // MARK: - Shared by the compiling code

    /// The parsed file, or nil when there is none or it does not parse (reported once).
    mutating func template(named name: String) -> ParsedTemplate? {
        if let template = parsed[name] { return template }
        guard !unparsable.contains(name), let file = sources.file(named: name) else { return nil }
        switch Parser.parse(file) {
        case .success(let template):
            parsed[name] = template
            return template
        case .failure(let error):
            unparsable.insert(name)
            report(error)
            return nil
        }
    }

    mutating func table(for reference: ViewTableReference) -> ViewTable {
        if let table = tables[reference.id] { return table }
        let table = reference.make()
        tables[reference.id] = table
        return table
    }

    func table(id: ObjectIdentifier) -> ViewTable {
        guard let table = tables[id] else { preconditionFailure("a view on the stack always has its table") }
        return table
    }

    mutating func shapeID(_ shape: StaticShape) -> Int32 {
        if let id = shapeIDs[shape] { return id }
        let id = Int32(shapeIDs.count)
        shapeIDs[shape] = id
        return id
    }

    mutating func report(_ error: TemplateError) {
        let place = error.location.map(\.description) ?? ""
        guard reported.insert("\(place) \(error.name ?? error.message)").inserted else { return }
        errors.append(error)
    }
}

/// Where the compiler is: the static context stack, the indentation source lines get, the
/// block contents a parent was given, the file (for locations) and the unit being written.
struct Scope {
    var stack: StaticStack
    var indentation: Indentation
    var blocks: [String: BlockDefinition]
    var file: String
    var unit: Int
    var depth: Int
    /// Units entered since the last section: calling one of them again would never end.
    var unconditional: Set<Int> = []

    func location(_ position: SourcePosition) -> TemplateLocation {
        TemplateLocation(file: file, line: position.line, column: position.column)
    }
}

/// What each source line starts with: `add`, then its own leading whitespace without `strip`
/// (the indentation a block's content was written with).
struct Indentation: Hashable {
    var add: [UInt8] = []
    var strip: [UInt8] = []

    func line(_ whitespace: [UInt8]) -> [UInt8] {
        add + whitespace.removingPrefix(strip)
    }
}

/// A partial compiled for one context: the same file used with another stack, indentation or
/// set of blocks is another unit.
struct UnitKey: Hashable {
    let template: String
    let stack: StaticStack
    let indentation: [UInt8]
    let blocks: [String: BlockIdentity]
}

struct BlockIdentity: Hashable {
    let file: String
    let line: Int
    let column: Int
}

extension Array where Element == UInt8 {
    func removingPrefix(_ prefix: [UInt8]) -> [UInt8] {
        guard !prefix.isEmpty else { return self }
        var count = 0
        while count < prefix.count, count < self.count, self[count] == prefix[count] { count += 1 }
        return Array(self[count...])
    }
}
