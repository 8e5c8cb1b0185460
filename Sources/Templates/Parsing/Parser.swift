/// Builds a template's node tree from its tokens, line by line, deciding which tags stand
/// alone on their line (the line then leaves nothing in the output) and which whitespace
/// becomes indentation, by the Mustache specification's rules:
///
/// - a section, inverted section, closing tag, comment, partial or delimiter change alone on
///   its line (only whitespace around it) is standalone: the whole line goes, and a standalone
///   partial indents every line of its content by the whitespace it stood after;
/// - `{{<parent}}` at the start of a line (after whitespace only) takes that whitespace as the
///   parent's indentation; its `{{/parent}}` removes the rest of its line when the opening did;
/// - inside a parent, `{{$block}}` followed only by a line end swallows it, and the
///   indentation of the block's first line is removed from each of its lines;
/// - where a block is expanded, a `{{$block}}…{{/block}}` pair alone on its line, or an opening
///   tag alone on its line, indents each line of whatever content fills it.
struct Parser {
    private enum Expansion {
        case standalone(tagWhitespace: [UInt8])
        case pair(tagWhitespace: [UInt8])
        case inline
    }

    private enum Container {
        case root
        case section(TemplateName, inverted: Bool, at: SourcePosition)
        case parent(String, indentation: [UInt8]?, leftClear: Bool, openLine: Int, blocks: [BlockDefinition], at: SourcePosition)
        case definition(String, standaloneOpen: Bool, at: SourcePosition)
        case expansion(String, Expansion, at: SourcePosition)

        var name: String {
            switch self {
            case .root: ""
            case .section(let name, _, _): name.text
            case .parent(let name, _, _, _, _, _), .definition(let name, _, _), .expansion(let name, _, _): name
            }
        }

        var opening: String {
            switch self {
            case .root: ""
            case .section(let name, let inverted, _): (inverted ? "^" : "#") + name.text
            case .parent(let name, _, _, _, _, _): "<" + name
            case .definition(let name, _, _), .expansion(let name, _, _): "$" + name
            }
        }

        var position: SourcePosition {
            switch self {
            case .root: SourcePosition(line: 1, column: 1)
            case .section(_, _, let at), .parent(_, _, _, _, _, let at), .definition(_, _, let at), .expansion(_, _, let at): at
            }
        }
    }

    private struct Failure: Error {
        let kind: TemplateError.Kind
        let position: SourcePosition
    }

    /// Sections, parents and blocks open at once: far beyond any theme, and low enough that
    /// compiling (which descends once per level) cannot exhaust the stack on a hostile file.
    static let maximumNesting = 100

    private let bytes: [UInt8]
    private let tokens: [Tokenizer.Token]
    private let file: String
    private var stack: [(container: Container, nodes: [TemplateNode])] = [(.root, [])]

    // The line being read.
    private var lineNumber = 1
    private var lineTokens: Range<Int> = 0..<0
    /// Its leading whitespace, not yet written (it may be indentation, or vanish).
    private var pending: [UInt8] = []
    /// Whether its `lineStart` was written (or its start was taken by a tag).
    private var marked = false
    /// Whether a standalone tag removed the rest of it.
    private var skipRest = false

    static func parse(_ source: TemplateSources.File) -> Result<ParsedTemplate, TemplateError> {
        let bytes = Array(source.text.utf8)
        do {
            let tokens = try Tokenizer.tokenize(bytes)
            var parser = Parser(bytes: bytes, tokens: tokens, file: source.displayPath)
            try parser.run()
            return .success(ParsedTemplate(name: source.name, file: source.displayPath, nodes: parser.stack[0].nodes))
        } catch let failure as Tokenizer.Failure {
            return .failure(TemplateError(.syntax(failure.message),
                                          at: TemplateLocation(file: source.displayPath, line: failure.line, column: failure.column)))
        } catch let failure as Failure {
            return .failure(TemplateError(failure.kind, at: TemplateLocation(file: source.displayPath, line: failure.position.line,
                                                                              column: failure.position.column)))
        } catch {
            preconditionFailure("unexpected parse error \(error)")
        }
    }

    private init(bytes: [UInt8], tokens: [Tokenizer.Token], file: String) {
        self.bytes = bytes
        self.tokens = tokens
        self.file = file
    }

    private mutating func run() throws {
        var start = 0
        while start < tokens.count {
            var end = start
            while end < tokens.count {
                if case .newline = tokens[end] { end += 1; break }
                end += 1
            }
            lineTokens = start..<end
            pending = []
            marked = false
            skipRest = false
            for index in lineTokens where !skipRest { try read(index) }
            if case .newline = tokens[end - 1] { lineNumber += 1 }
            start = end
        }
        if stack.count > 1, let open = stack.last {
            throw Failure(kind: .unclosedSection(open.container.opening), position: open.container.position)
        }
    }

    // MARK: - One token

    private mutating func read(_ index: Int) throws {
        switch tokens[index] {
        case .text(let range):
            if index == lineTokens.lowerBound {
                // The line's leading whitespace waits: it may be indentation, or vanish.
                var split = range.lowerBound
                while split < range.upperBound, bytes[split] == UInt8(ascii: " ") || bytes[split] == UInt8(ascii: "\t") { split += 1 }
                pending = Array(bytes[range.lowerBound..<split])
                if split < range.upperBound { write(.text(Array(bytes[split..<range.upperBound]))) }
            } else {
                write(.text(Array(bytes[range])))
            }
        case .newline(let range):
            write(.text(Array(bytes[range])))
        case .tag(let tag):
            try read(tag, at: index)
        }
    }

    private mutating func read(_ tag: Tokenizer.Tag, at index: Int) throws {
        let position = SourcePosition(line: tag.line, column: tag.column)
        if [.section, .inverted, .parent, .block].contains(tag.kind), stack.count > Self.maximumNesting {
            throw Failure(kind: .syntax("sections nested more than \(Self.maximumNesting) deep"), position: position)
        }
        let inParent = isInParent
        let leftClear = isLeftClear(index)
        let rightClear = isRightClear(index)
        switch tag.kind {
        case .variable, .unescaped:
            guard !inParent else { throw Failure(kind: .misplacedInParent("{{\(tag.name)}}"), position: position) }
            write(.variable(try name(tag, at: position), escaped: tag.kind == .variable, at: position))

        case .comment, .delimiters:
            if leftClear && rightClear { standalone() } else { markLine() }

        case .section, .inverted:
            guard !inParent else { throw Failure(kind: .misplacedInParent("{{#\(tag.name)}}"), position: position) }
            let name = try name(tag, at: position)
            if leftClear && rightClear { standalone() } else { markLine() }
            stack.append((.section(name, inverted: tag.kind == .inverted, at: position), []))

        case .partial:
            guard !inParent else { throw Failure(kind: .misplacedInParent("{{>\(tag.name)}}"), position: position) }
            if leftClear && rightClear {
                let indentation = pending
                standalone()
                append(.partial(tag.name, indentation: indentation, at: position))
            } else {
                write(.partial(tag.name, indentation: nil, at: position))
            }

        case .parent:
            guard !inParent else { throw Failure(kind: .misplacedInParent("{{<\(tag.name)}}"), position: position) }
            var indentation: [UInt8]?
            if leftClear {
                indentation = pending
                pending = []
                marked = true
            } else {
                markLine()
            }
            stack.append((.parent(tag.name, indentation: indentation, leftClear: leftClear, openLine: lineNumber, blocks: [], at: position), []))
            // What follows on the line is inside the parent, where only blocks count.
            if rightClear { skipRest = true }

        case .block:
            if inParent {
                if rightClear { skipRest = true } else { marked = true }
                stack.append((.definition(tag.name, standaloneOpen: rightClear, at: position), []))
            } else if leftClear && rightClear {
                let whitespace = pending
                standalone()
                stack.append((.expansion(tag.name, .standalone(tagWhitespace: whitespace), at: position), []))
            } else if leftClear && closesRightClear(after: index) {
                let whitespace = pending
                pending = []
                marked = true
                stack.append((.expansion(tag.name, .pair(tagWhitespace: whitespace), at: position), []))
            } else {
                markLine()
                stack.append((.expansion(tag.name, .inline, at: position), []))
            }

        case .close:
            try close(tag, at: index, position: position, leftClear: leftClear, rightClear: rightClear)
        }
    }

    private mutating func close(_ tag: Tokenizer.Tag, at index: Int, position: SourcePosition, leftClear: Bool, rightClear: Bool) throws {
        guard stack.count > 1, let open = stack.last else {
            throw Failure(kind: .unexpectedClose(tag.name, expected: nil), position: position)
        }
        guard open.container.name == tag.name else {
            throw Failure(kind: .unexpectedClose(tag.name, expected: open.container.opening), position: position)
        }
        switch open.container {
        case .root:
            preconditionFailure("the root is never closed")

        case .section(let name, let inverted, let at):
            if leftClear && rightClear { standalone() } else { markLine() }
            let body = stack.removeLast().nodes
            append(.section(name, inverted: inverted, body: body, at: at))

        case .definition(let name, let standaloneOpen, let at):
            // Whitespace before the closing tag on its own line is not content.
            if leftClear {
                pending = []
                marked = true
            }
            let body = stack.removeLast().nodes
            let definition = BlockDefinition(name: name, intrinsic: standaloneOpen ? Self.leadingIndentation(body) ?? [] : [],
                                             body: body, file: file, position: at)
            guard case .parent(let parent, let indentation, let parentLeftClear, let openLine, var blocks, let at) = stack[stack.count - 1].container else {
                preconditionFailure("a block definition is always inside a parent")
            }
            blocks.append(definition)
            stack[stack.count - 1].container = .parent(parent, indentation: indentation, leftClear: parentLeftClear, openLine: openLine,
                                                       blocks: blocks, at: at)

        case .expansion(let name, let expansion, let at):
            if leftClear && rightClear { standalone() } else { markLine() }
            let body = stack.removeLast().nodes
            let indentation: [UInt8]?
            var intrinsic: [UInt8] = []
            switch expansion {
            case .standalone(let whitespace):
                // The default content's own indentation, when it has a first line.
                intrinsic = Self.leadingIndentation(body) ?? []
                indentation = Self.leadingIndentation(body) ?? whitespace
            case .pair(let whitespace):
                indentation = whitespace
            case .inline:
                indentation = nil
            }
            append(.block(name, indentation: indentation, intrinsic: intrinsic, body: body, at: at))

        case .parent(let name, let indentation, let openLeftClear, let openLine, let blocks, let at):
            // Everything between the tags is the parent's: the closing tag is as clear on its
            // left as the opening was when both are on one line.
            let clear = openLine == lineNumber ? openLeftClear : isLeftClearInParent(index)
            if clear && rightClear { skipRest = true }
            stack.removeLast()
            append(.parent(name, indentation: indentation, blocks: blocks, at: at))
            marked = true
        }
    }

    // MARK: - Writing nodes

    private var isInParent: Bool {
        if case .parent = stack[stack.count - 1].container { return true }
        return false
    }

    /// Content of the line: its `lineStart` first if not yet written. Text between a parent's
    /// tags (outside its blocks) is not content and is dropped.
    private mutating func write(_ node: TemplateNode) {
        guard !isInParent else { return }
        markLine()
        append(node)
    }

    private mutating func markLine() {
        guard !marked, !isInParent else { return }
        marked = true
        append(.lineStart(pending))
        pending = []
    }

    private mutating func append(_ node: TemplateNode) {
        stack[stack.count - 1].nodes.append(node)
    }

    private mutating func standalone() {
        pending = []
        marked = true
        skipRest = true
    }

    // MARK: - Clearances

    private func isWhitespaceText(_ index: Int) -> Bool {
        guard case .text(let range) = tokens[index] else { return false }
        return bytes[range].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }

    private func isLeftClear(_ index: Int) -> Bool {
        (lineTokens.lowerBound..<index).allSatisfy(isWhitespaceText)
    }

    private func isRightClear(_ index: Int) -> Bool {
        for next in (index + 1)..<lineTokens.upperBound {
            if case .newline = tokens[next] { return true }
            if !isWhitespaceText(next) { return false }
        }
        return true
    }

    /// Before a parent's closing tag on a line of its own: only whitespace and the tags of its
    /// blocks.
    private func isLeftClearInParent(_ index: Int) -> Bool {
        (lineTokens.lowerBound..<index).allSatisfy { position in
            if case .tag = tokens[position] { return true }
            return isWhitespaceText(position)
        }
    }

    /// Whether the tag closing the block opened at `index` is on the same line with only
    /// whitespace after it.
    private func closesRightClear(after index: Int) -> Bool {
        var depth = 0
        for next in (index + 1)..<lineTokens.upperBound {
            guard case .tag(let tag) = tokens[next] else { continue }
            switch tag.kind {
            case .section, .inverted, .parent, .block: depth += 1
            case .close:
                if depth == 0 { return isRightClear(next) }
                depth -= 1
            default: break
            }
        }
        return false
    }

    private static func leadingIndentation(_ nodes: [TemplateNode]) -> [UInt8]? {
        if case .lineStart(let whitespace) = nodes.first { return whitespace }
        return nil
    }

    private func name(_ tag: Tokenizer.Tag, at position: SourcePosition) throws -> TemplateName {
        guard let name = TemplateName(tag.name) else {
            throw Failure(kind: .syntax("a malformed name `\(tag.name)`: names are separated by single dots"), position: position)
        }
        return name
    }
}
