/// Where in a template file something is: line and column from 1, the column counted in
/// characters (Unicode scalars), as an editor shows it.
public struct TemplateLocation: Hashable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// A template that cannot be compiled, and where. The compiler reports every one it finds in
/// a pass, never a partial page; the kinds are structured so a caller can phrase them in its
/// users' language (CongKhai turns them into CK diagnostics in Vietnamese).
public struct TemplateError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Hashable, Sendable {
        /// A tag that does not parse: unclosed, empty, a bad delimiter change.
        case syntax(String)
        /// `{{#name}}` (or `{{^name}}`, `{{$name}}`, `{{<name}}`) never closed.
        case unclosedSection(String)
        /// `{{/name}}` where `expected` is open (nil: nothing is open).
        case unexpectedClose(String, expected: String?)
        /// Inside `{{<parent}}…{{/parent}}` only `{{$block}}` definitions and comments belong.
        case misplacedInParent(String)
        /// A name no view on the context stack declares; `suggestion` is the closest declared one.
        case unknownName(String, in: [String], suggestion: String?)
        /// `{{assets.x}}` where the key set has no `x`.
        case unknownKey(String, keySet: String, suggestion: String?)
        /// A view declares a keyed field whose key set the compiler was not given.
        case missingKeySet(String)
        /// `{{a.b}}` where `a` is a text, a number, a yes/no or a list.
        case notAnObject(String, is: String)
        /// `{{name}}` where `name` is a view or a list: only a section can open it.
        case notPrintable(String, is: String)
        /// `{{#name}}` over a value that is always there and always shown (a text, a number).
        case notASection(String, is: String)
        /// A template the program asked for, or a parent, that no file provides.
        case missingTemplate(String)
        /// `{{>name}}` that no file provides.
        case missingPartial(String)
        /// Partials or parents that include themselves without end.
        case recursion(String)
    }

    public let kind: Kind
    /// nil only for a missing template asked for by the program itself.
    public let location: TemplateLocation?

    public init(_ kind: Kind, at location: TemplateLocation?) {
        self.kind = kind
        self.location = location
    }

    public var description: String {
        let place = location.map { "\($0): " } ?? ""
        return place + message
    }

    /// In English, for developers; callers facing users phrase `kind` themselves.
    public var message: String {
        switch kind {
        case .syntax(let problem):
            return problem
        case .unclosedSection(let name):
            return "{{\(name)}} is never closed"
        case .unexpectedClose(let name, let expected):
            return expected.map { "{{/\(name)}} closes nothing open here: {{\($0)}} is" } ?? "{{/\(name)}} closes nothing"
        case .misplacedInParent(let tag):
            return "\(tag) inside {{<parent}}…{{/parent}}: only {{$block}} definitions belong there"
        case .unknownName(let name, let views, let suggestion):
            let seen = views.isEmpty ? "" : " (looked in \(views.joined(separator: ", ")))"
            return "no view declares `\(name)`\(seen)" + (suggestion.map { "; did you mean `\($0)`?" } ?? "")
        case .unknownKey(let key, let keySet, let suggestion):
            return "`\(keySet)` has no `\(key)`" + (suggestion.map { "; did you mean `\($0)`?" } ?? "")
        case .missingKeySet(let name):
            return "no key set `\(name)` was given to the compiler"
        case .notAnObject(let name, let kind):
            return "`\(name)` is \(kind) and has no names under it"
        case .notPrintable(let name, let kind):
            return "`\(name)` is \(kind): open it with {{#\(name)}}…{{/\(name)}}"
        case .notASection(let name, let kind):
            return "`\(name)` is \(kind), always shown: a section needs a list, a yes/no, an optional value or a view"
        case .missingTemplate(let name):
            return "no template `\(name)`"
        case .missingPartial(let name):
            return "no partial `\(name)`"
        case .recursion(let name):
            return "`\(name)` includes itself without end"
        }
    }

    /// The name the error is about, when it is about one.
    public var name: String? {
        switch kind {
        case .unclosedSection(let name), .unexpectedClose(let name, _), .unknownName(let name, _, _),
             .unknownKey(let name, _, _), .missingKeySet(let name), .notAnObject(let name, _),
             .notPrintable(let name, _), .notASection(let name, _), .missingTemplate(let name),
             .missingPartial(let name), .recursion(let name):
            return name
        case .syntax, .misplacedInParent:
            return nil
        }
    }

    /// The closest declared name or key, when there is one near enough.
    public var suggestion: String? {
        switch kind {
        case .unknownName(_, _, let suggestion), .unknownKey(_, _, let suggestion): suggestion
        default: nil
        }
    }
}
