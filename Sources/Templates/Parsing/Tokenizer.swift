/// Splits a template's UTF-8 into text, line ends and tags, applying delimiter changes as it
/// goes (`{{=<% %>=}}`), with the line and column of every tag.
struct Tokenizer {
    struct Tag {
        enum Kind: Equatable {
            case variable
            case unescaped
            case section
            case inverted
            case close
            case comment
            case partial
            case parent
            case block
            case delimiters
        }

        let kind: Kind
        /// Trimmed content; empty for comments and delimiter changes.
        let name: String
        let line: Int
        let column: Int
    }

    enum Token {
        /// Bytes of one line, without its line end.
        case text(Range<Int>)
        /// "\n" or "\r\n".
        case newline(Range<Int>)
        case tag(Tag)
    }

    struct Failure: Error {
        let message: String
        let line: Int
        let column: Int
    }

    private let bytes: [UInt8]
    private var open: [UInt8] = Array("{{".utf8)
    private var close: [UInt8] = Array("}}".utf8)
    private var index = 0
    private var line = 1
    private var lineStart = 0
    /// The last column counted on this line and where: columns are counted on from there, so a
    /// long line of tags costs one pass.
    private var counted = (index: 0, column: 1)
    private(set) var tokens: [Token] = []

    static func tokenize(_ bytes: [UInt8]) throws(Failure) -> [Token] {
        var tokenizer = Tokenizer(bytes: bytes)
        try tokenizer.run()
        return tokenizer.tokens
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private mutating func run() throws(Failure) {
        var textStart = 0
        func flushText(upTo end: Int, into tokens: inout [Token]) {
            if textStart < end { tokens.append(.text(textStart..<end)) }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") || (byte == UInt8(ascii: "\r") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n")) {
                flushText(upTo: index, into: &tokens)
                let end = index + (byte == UInt8(ascii: "\n") ? 1 : 2)
                tokens.append(.newline(index..<end))
                index = end
                line += 1
                lineStart = index
                counted = (index, 1)
                textStart = index
            } else if starts(with: open, at: index) {
                flushText(upTo: index, into: &tokens)
                try readTag()
                textStart = index
            } else {
                index += 1
            }
        }
        flushText(upTo: bytes.count, into: &tokens)
    }

    private mutating func readTag() throws(Failure) {
        let tagLine = line
        let tagColumn = column(of: index)
        let contentStart = index + open.count
        guard contentStart < bytes.count else {
            throw Failure(message: "a tag opened with \(String(decoding: open, as: UTF8.self)) is never closed", line: tagLine, column: tagColumn)
        }
        var start = contentStart
        var terminator = close
        let kind: Tag.Kind
        switch bytes[start] {
        case UInt8(ascii: "{"): kind = .unescaped; start += 1; terminator = Array("}".utf8) + close
        case UInt8(ascii: "&"): kind = .unescaped; start += 1
        case UInt8(ascii: "#"): kind = .section; start += 1
        case UInt8(ascii: "^"): kind = .inverted; start += 1
        case UInt8(ascii: "/"): kind = .close; start += 1
        case UInt8(ascii: "!"): kind = .comment; start += 1
        case UInt8(ascii: ">"): kind = .partial; start += 1
        case UInt8(ascii: "<"): kind = .parent; start += 1
        case UInt8(ascii: "$"): kind = .block; start += 1
        case UInt8(ascii: "="): kind = .delimiters; start += 1; terminator = Array("=".utf8) + close
        default: kind = .variable
        }
        guard let end = find(terminator, from: start) else {
            throw Failure(message: "a tag opened with \(String(decoding: open, as: UTF8.self)) is never closed with \(String(decoding: terminator, as: UTF8.self))",
                          line: tagLine, column: tagColumn)
        }
        let content = bytes[start..<end]
        // A comment may span lines: the lines after it count from its end.
        for position in contentStart..<end where bytes[position] == UInt8(ascii: "\n") {
            line += 1
            lineStart = position + 1
            counted = (lineStart, 1)
        }
        index = end + terminator.count

        switch kind {
        case .comment:
            tokens.append(.tag(Tag(kind: .comment, name: "", line: tagLine, column: tagColumn)))
        case .delimiters:
            let parts = Self.trimmed(content).split(whereSeparator: Self.isWhitespace)
            guard parts.count == 2, !parts.contains(where: { $0.contains(UInt8(ascii: "=")) }) else {
                throw Failure(message: "a delimiter change is written {{=<% %>=}}: two delimiters without spaces or =",
                              line: tagLine, column: tagColumn)
            }
            open = Array(parts[0])
            close = Array(parts[1])
            tokens.append(.tag(Tag(kind: .delimiters, name: "", line: tagLine, column: tagColumn)))
        default:
            let name = Self.trimmed(content)
            guard !name.isEmpty else {
                throw Failure(message: "an empty tag: write a name between the delimiters", line: tagLine, column: tagColumn)
            }
            guard !name.contains(where: Self.isWhitespace) else {
                throw Failure(message: "a name cannot contain spaces: `\(String(decoding: name, as: UTF8.self))`",
                              line: tagLine, column: tagColumn)
            }
            tokens.append(.tag(Tag(kind: kind, name: String(decoding: name, as: UTF8.self), line: tagLine, column: tagColumn)))
        }
    }

    private func starts(with delimiter: [UInt8], at position: Int) -> Bool {
        guard position + delimiter.count <= bytes.count else { return false }
        for offset in 0..<delimiter.count where bytes[position + offset] != delimiter[offset] { return false }
        return true
    }

    private func find(_ delimiter: [UInt8], from position: Int) -> Int? {
        var candidate = position
        while candidate + delimiter.count <= bytes.count {
            if starts(with: delimiter, at: candidate) { return candidate }
            candidate += 1
        }
        return nil
    }

    /// Characters from the line's start, counting each UTF-8 sequence once.
    private mutating func column(of position: Int) -> Int {
        var count = counted.column
        for byte in bytes[counted.index..<position] where byte & 0xC0 != 0x80 { count += 1 }
        counted = (position, count)
        return count
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    private static func trimmed(_ content: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var slice = content
        while let first = slice.first, isWhitespace(first) { slice = slice.dropFirst() }
        while let last = slice.last, isWhitespace(last) { slice = slice.dropLast() }
        return slice
    }
}
