/// Makes cmark-gfm's output fit for a portal's article editor, which keeps neither classes,
/// ids, `data-*` and `aria-*` attributes nor form controls reliably, and where in-page links
/// would point at anchors the article does not have:
/// - `class`, `id`, `align`, `data-*`, `aria-*` go (a column's alignment becomes a style);
/// - task-list checkboxes become ☐ and ☑;
/// - footnote references keep their number without the link, the list of footnotes becomes
///   a `<div>` and its "↩" back links go;
/// - tables get the fragment's borders inline.
///
/// It runs on every Markdown section of every fragment, so it scans UTF-8 bytes rather than
/// `Character`s (grapheme breaking was most of its time): every character of the markup it
/// looks for is ASCII, and in UTF-8 an ASCII byte never occurs inside a multi-byte
/// character, so text in any language passes through as opaque bytes. Its input is
/// cmark-gfm's markup (or `HTMLSanitizer`'s, which writes the same form): ASCII element and
/// attribute names, values in double quotes, ASCII whitespace between attributes.
enum EmbedAttributes {
    typealias Bytes = UnsafeBufferPointer<UInt8>

    static func strip(_ html: String) -> String {
        var html = html
        return html.withUTF8 { bytes in
            // Mostly copied through; tables grow by their inline styles.
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + bytes.count / 4)
            // What to do at the next `</a>`: nothing, drop the tag only, or drop what it enclosed too.
            enum Anchor { case kept, unwrapped, skipped }
            var anchor = Anchor.kept
            var index = 0
            while let open = bytes.firstIndex(of: UInt8(ascii: "<"), from: index),
                  let close = bytes.firstIndex(of: UInt8(ascii: ">"), from: open + 1) {
                if anchor != .skipped { result.append(contentsOf: Bytes(rebasing: bytes[index..<open])) }
                let tag = Bytes(rebasing: bytes[open...close])
                index = close + 1
                if tag.equals("</a>") {
                    if anchor == .kept { result.append(contentsOf: tag) }
                    anchor = .kept
                    continue
                }
                if anchor == .skipped { continue }
                if tag.starts(with: "<a ") && tag.contains(" href=\"#") {
                    anchor = tag.contains("data-footnote-backref") ? .skipped : .unwrapped
                    continue
                }
                if tag.starts(with: "<section") { result.append(literal: "<div>"); continue }
                if tag.equals("</section>") { result.append(literal: "</div>"); continue }
                cleanTag(tag, into: &result)
            }
            // The text after the last tag, and a `<` that no `>` closes, stay as they are.
            result.append(contentsOf: Bytes(rebasing: bytes[index...]))
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// `tag`, from its `<` to its `>`, without the attributes an editor drops.
    private static func cleanTag(_ tag: Bytes, into result: inout [UInt8]) {
        if tag.starts(with: "<input") { result.append(literal: tag.contains("checked") ? "☑" : "☐"); return }
        guard !tag.starts(with: "</") else { result.append(contentsOf: tag); return }
        var nameEnd = 1
        while nameEnd < tag.count && tag[nameEnd].isASCIILetterOrDigit { nameEnd += 1 }
        let name = Bytes(rebasing: tag[1..<nameEnd])
        // Written as it is read: `<`, the name, then each kept attribute after a space (the
        // name may be empty, as in `<!--`, and the space is still written).
        result.append(UInt8(ascii: "<"))
        result.append(contentsOf: name)
        var align: Bytes?
        forEachAttribute(in: Bytes(rebasing: tag[nameEnd..<(tag.count - 1)])) { attribute, value in
            if attribute.equals("align") { align = value; return }
            if attribute.equals("class") || attribute.equals("id")
                || attribute.starts(with: "data-") || attribute.starts(with: "aria-") { return }
            result.append(UInt8(ascii: " "))
            result.append(contentsOf: attribute)
            if let value {
                result.append(literal: "=\"")
                result.append(contentsOf: value)
                result.append(UInt8(ascii: "\""))
            }
        }
        if let style = style(of: name, align: align) {
            // A table keeps its border where an editor strips every style (`EmbedStyle`).
            if name.equals("table") { result.append(literal: " border=\"1\"") }
            result.append(literal: " style=\"")
            result.append(contentsOf: style.utf8)
            result.append(UInt8(ascii: "\""))
        }
        // Void elements lose cmark's XHTML-style " />": HTML5 does not need it and editors
        // write them without it.
        result.append(UInt8(ascii: ">"))
    }

    /// The fragment's border style of a table or cell, with the column's alignment (cmark
    /// writes it as `align`) in place of the style's left alignment.
    private static func style(of name: Bytes, align: Bytes?) -> String? {
        let element: Int
        if name.equals("table") { element = 0 }
        else if name.equals("th") { element = 1 }
        else if name.equals("td") { element = 2 }
        else { return nil }
        let alignment = align.flatMap { align in alignments.firstIndex { align.elementsEqual($0.utf8) } } ?? 0
        return alignedStyles[element][alignment]
    }

    private static let alignments = ["left", "center", "right"]
    /// Each style with each alignment, made once rather than for every cell.
    private static let alignedStyles = [EmbedStyle.table, EmbedStyle.headerCell, EmbedStyle.cell].map { style in
        alignments.map { style.replacingOccurrences(of: "text-align:left", with: "text-align:\($0)") }
    }

    /// `name="value"` and bare `name` attributes of `text` in order, as cmark-gfm writes them
    /// (double quotes), with `/` taken as a space. Also reads unquoted values (up to the next
    /// whitespace), and a value whose closing quote is missing runs to the end.
    private static func forEachAttribute(in text: Bytes, _ body: (_ name: Bytes, _ value: Bytes?) -> Void) {
        var index = 0
        while true {
            while index < text.count && (text[index].isASCIIWhitespace || text[index] == UInt8(ascii: "/")) { index += 1 }
            guard index < text.count else { return }
            let nameStart = index
            while index < text.count && text[index] != UInt8(ascii: "=") && !text[index].isASCIIWhitespace
                    && text[index] != UInt8(ascii: "/") { index += 1 }
            let name = Bytes(rebasing: text[nameStart..<index])
            guard index < text.count && text[index] == UInt8(ascii: "=") else {
                body(name, nil)
                continue
            }
            index += 1
            if index < text.count && text[index] == UInt8(ascii: "\"") {
                let valueStart = index + 1
                let valueEnd = text.firstIndex(of: UInt8(ascii: "\""), from: valueStart) ?? text.count
                body(name, Bytes(rebasing: text[valueStart..<valueEnd]))
                index = min(valueEnd + 1, text.count)
            } else {
                let valueStart = index
                while index < text.count && !text[index].isASCIIWhitespace { index += 1 }
                body(name, Bytes(rebasing: text[valueStart..<index]))
            }
        }
    }
}

private extension Array<UInt8> {
    mutating func append(literal: StaticString) {
        literal.withUTF8Buffer { append(contentsOf: $0) }
    }
}

private extension UInt8 {
    var isASCIILetterOrDigit: Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(self | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self)
    }

    /// The ASCII characters `Character.isWhitespace` accepts: space, tab, LF, VT, FF, CR.
    var isASCIIWhitespace: Bool {
        self == UInt8(ascii: " ") || (0x09...0x0D).contains(self)
    }
}
