import CongKhaiCore

/// Cleans the HTML that cmark-gfm writes when a site allows raw HTML, by an allow-list
/// (`HTMLAllowList`): other elements are dropped (their text stays, as text), scripts,
/// frames, objects, forms and the like are dropped with their content, every `on*` and
/// `style` attribute goes, and `href`/`src` keep only http(s), mailto, tel, relative and
/// fragment URLs, read after entity decoding and as a browser strips tabs and controls.
///
/// Hand-written because no Swift HTML parser is available here (SwiftSoup is not in the
/// package mirror, swift-markdown neither). It is a tokenizer, not a tree builder: it keeps
/// the allowed tags balanced (stray end tags dropped, open ones closed at the end) and
/// writes cmark-gfm's own markup back byte for byte, so Markdown without raw HTML renders
/// exactly as with `allow_html: false`. It only runs when `allow_html` is on.
enum HTMLSanitizer {
    static func sanitize(_ html: String) -> String {
        var html = html
        return html.withUTF8 { bytes in
            var writer = Writer(capacity: bytes.count)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "<") {
                    index = markup(bytes, at: index, into: &writer)
                } else if byte == UInt8(ascii: "&") {
                    index = ampersand(bytes, at: index, into: &writer)
                } else {
                    writer.bytes.append(byte)
                    index += 1
                }
            }
            writer.closeAll()
            return String(decoding: writer.bytes, as: UTF8.self)
        }
    }

    /// Output bytes and the allowed elements still open, innermost last.
    private struct Writer {
        var bytes: [UInt8] = []
        var open: [String] = []

        init(capacity: Int) { bytes.reserveCapacity(capacity) }

        mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

        mutating func close(_ name: String) {
            guard let position = open.lastIndex(of: name) else { return }  // stray end tag: dropped
            while open.count > position { append("</\(open.removeLast())>") }
        }

        mutating func closeAll() {
            while let name = open.popLast() { append("</\(name)>") }
        }
    }

    /// Handles what starts with "<" and returns where to go on.
    private static func markup(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, into writer: inout Writer) -> Int {
        if starts(bytes, at: start, with: "<!--") {
            return (find(bytes, "-->", from: start + 4) ?? bytes.count - 3) + 3  // comments go
        }
        if starts(bytes, at: start, with: "<!") || starts(bytes, at: start, with: "<?") {
            return (find(bytes, ">", from: start + 2) ?? bytes.count - 1) + 1  // doctype, CDATA, processing
        }
        guard let tag = HTMLTag.read(bytes, at: start) else {
            writer.append("&lt;")  // a "<" that opens no tag is text
            return start + 1
        }
        if HTMLAllowList.droppedWithContent.contains(tag.name) {
            guard !tag.isEnd, !tag.selfClosing, !HTMLAllowList.void.contains(tag.name) else { return tag.end }
            return endOfElement(tag.name, bytes, from: tag.end)
        }
        guard HTMLAllowList.elements.contains(tag.name) else { return tag.end }  // element goes, text stays
        if tag.isEnd {
            writer.close(tag.name)
        } else if let rebuilt = rebuild(tag) {
            writer.append(rebuilt)
            if !HTMLAllowList.void.contains(tag.name) && !tag.selfClosing { writer.open.append(tag.name) }
        }
        return tag.end
    }

    /// Past the end tag that closes `name`, counting nested ones; the end of input if none.
    private static func endOfElement(_ name: String, _ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var depth = 1
        var index = start
        while let next = bytes.firstIndex(of: UInt8(ascii: "<"), from: index) {
            if let tag = HTMLTag.read(bytes, at: next), tag.name == name {
                depth += tag.isEnd ? -1 : (tag.selfClosing ? 0 : 1)
                if depth == 0 { return tag.end }
                index = tag.end
            } else {
                index = next + 1
            }
        }
        return bytes.count
    }

    /// The tag with only allowed attributes, in their order, quoted with double quotes; cmark's
    /// own tags come back unchanged. Nil when the element itself must go.
    static func rebuild(_ tag: HTMLTag) -> String? {
        if tag.name == "input" {
            // Only the disabled checkbox of a task list.
            let type = tag.attributes.first { $0.name == "type" }?.raw?.lowercased()
            guard type == "checkbox", tag.attributes.contains(where: { $0.name == "disabled" }) else { return nil }
        }
        var text = "<" + tag.name
        var seen: Set<String> = []
        var hasSource = false
        for attribute in tag.attributes where seen.insert(attribute.name).inserted {
            guard HTMLAllowList.allows(attribute.name, on: tag.name) else { continue }
            if let schemes = HTMLAllowList.urlAttributes[attribute.name],
               !isSafeURL(attribute.raw ?? "", allowing: schemes) { continue }
            text += " " + attribute.name
            if attribute.name == "src" { hasSource = true }
            guard let raw = attribute.raw else { continue }
            text += "=\"" + (attribute.doubleQuoted ? raw : raw.replacingQuotes()) + "\""
        }
        // An image without a (safe) source is invalid HTML5 and shows nothing: it goes.
        if tag.name == "img" && !hasSource { return nil }
        return text + (tag.selfClosing ? " />" : ">")
    }

    /// Relative, fragment, or one of `schemes`, after decoding character references.
    static func isSafeURL(_ raw: String, allowing schemes: Set<String>) -> Bool {
        let decoded = HTMLEntities.decode(raw)
        // A reference left undecoded before the path could still spell a scheme: refuse it.
        // So could a control or replacement character a browser might read differently.
        let head = decoded.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if head.unicodeScalars.contains(where: { $0 == "&" || $0 == "\u{FFFD}" || ($0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r") }) {
            return false
        }
        guard let scheme = URLScheme.of(decoded) else { return true }
        return schemes.contains(scheme)
    }

    /// "&" that starts a character reference stays; a bare one becomes "&amp;".
    private static func ampersand(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, into writer: inout Writer) -> Int {
        var index = start + 1
        if index < bytes.count && bytes[index] == UInt8(ascii: "#") { index += 1 }
        let nameStart = index
        while index < bytes.count && index - nameStart < 32
                && (HTMLTag.isASCIILetter(bytes[index]) || (bytes[index] >= 0x30 && bytes[index] <= 0x39)) { index += 1 }
        if index > nameStart && index < bytes.count && bytes[index] == UInt8(ascii: ";") {
            writer.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...index]))
            return index + 1
        }
        writer.append("&amp;")
        return start + 1
    }

    private static func starts(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, with prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let pointer = prefix.utf8Start
        for offset in 0..<count {
            var byte = bytes[index + offset]
            if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
            var expected = pointer[offset]
            if expected >= 0x41 && expected <= 0x5A { expected += 0x20 }
            if byte != expected { return false }
        }
        return true
    }

    private static func find(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: StaticString, from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            if starts(bytes, at: index, with: needle) { return index }
            index += 1
        }
        return nil
    }
}

private extension String {
    /// For a value that was single-quoted or unquoted, written back inside double quotes.
    func replacingQuotes() -> String {
        split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "&quot;")
    }
}
