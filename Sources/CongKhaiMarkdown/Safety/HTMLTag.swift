/// One start or end tag read from HTML text the way the HTML5 tokenizer reads it, so that
/// the sanitizer sees the same attributes a browser would: `<a href=x"onclick=y>` and
/// `<a href="x"onclick="y">` both carry an onclick.
struct HTMLTag {
    struct Attribute {
        var name: String
        /// The value as written, without its quotes; nil when the attribute has no "=".
        var raw: String?
        var doubleQuoted: Bool
    }

    var name: String
    var isEnd: Bool
    var attributes: [Attribute]
    var selfClosing: Bool
    /// Index just past the closing ">".
    var end: Int

    /// Reads a tag starting at `start` (the "<"); nil when the text there is not a tag, in
    /// which case the "<" is ordinary text.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> HTMLTag? {
        var index = start + 1
        var isEnd = false
        if index < bytes.count && bytes[index] == UInt8(ascii: "/") { isEnd = true; index += 1 }
        guard index < bytes.count, isASCIILetter(bytes[index]) else { return nil }
        let nameStart = index
        while index < bytes.count && !isSpace(bytes[index]) && bytes[index] != UInt8(ascii: "/") && bytes[index] != UInt8(ascii: ">") {
            index += 1
        }
        let name = lowercased(bytes, nameStart..<index)
        var attributes: [Attribute] = []
        var selfClosing = false
        while index < bytes.count {
            let byte = bytes[index]
            if isSpace(byte) { index += 1; continue }
            if byte == UInt8(ascii: ">") {
                return HTMLTag(name: name, isEnd: isEnd, attributes: attributes, selfClosing: selfClosing, end: index + 1)
            }
            if byte == UInt8(ascii: "/") { selfClosing = true; index += 1; continue }
            selfClosing = false
            // Attribute name: up to space, "/", ">" or "=" (a leading "=" belongs to the name).
            let attributeStart = index
            index += 1
            while index < bytes.count && !isSpace(bytes[index]) && bytes[index] != UInt8(ascii: "/")
                    && bytes[index] != UInt8(ascii: ">") && bytes[index] != UInt8(ascii: "=") { index += 1 }
            let attributeName = lowercased(bytes, attributeStart..<index)
            var look = index
            while look < bytes.count && isSpace(bytes[look]) { look += 1 }
            guard look < bytes.count, bytes[look] == UInt8(ascii: "=") else {
                attributes.append(Attribute(name: attributeName, raw: nil, doubleQuoted: false))
                continue
            }
            index = look + 1
            while index < bytes.count && isSpace(bytes[index]) { index += 1 }
            guard index < bytes.count else { return nil }
            let quote = bytes[index]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                let valueStart = index + 1
                index = valueStart
                while index < bytes.count && bytes[index] != quote { index += 1 }
                guard index < bytes.count else { return nil }
                attributes.append(Attribute(name: attributeName, raw: string(bytes, valueStart..<index),
                                            doubleQuoted: quote == UInt8(ascii: "\"")))
                index += 1
            } else {
                let valueStart = index
                while index < bytes.count && !isSpace(bytes[index]) && bytes[index] != UInt8(ascii: ">") { index += 1 }
                attributes.append(Attribute(name: attributeName, raw: string(bytes, valueStart..<index), doubleQuoted: false))
            }
        }
        return nil  // never closed: not a tag a browser would finish either
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    private static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    private static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: bytes[range].map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }
}
