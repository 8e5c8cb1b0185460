/// Makes cmark-gfm's output fit for a portal's article editor, which keeps neither classes,
/// ids, `data-*` and `aria-*` attributes nor form controls reliably, and where in-page links
/// would point at anchors the article does not have:
/// - `class`, `id`, `align`, `data-*`, `aria-*` go (a column's alignment becomes a style);
/// - task-list checkboxes become ☐ and ☑;
/// - footnote references keep their number without the link, the list of footnotes becomes
///   a `<div>` and its "↩" back links go;
/// - tables get the fragment's borders inline.
enum EmbedAttributes {
    static func strip(_ html: String) -> String {
        var result = ""
        var rest = html[...]
        // What to do at the next `</a>`: nothing, drop the tag only, or drop what it enclosed too.
        enum Anchor { case kept, unwrapped, skipped }
        var anchor = Anchor.kept
        while let open = rest.firstIndex(of: "<") {
            if anchor != .skipped { result += rest[..<open] }
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let tag = rest[open...close]
            rest = rest[rest.index(after: close)...]
            if tag == "</a>" {
                if anchor == .kept { result += tag }
                anchor = .kept
                continue
            }
            if anchor == .skipped { continue }
            if tag.hasPrefix("<a ") && tag.contains(" href=\"#") {
                anchor = tag.contains("data-footnote-backref") ? .skipped : .unwrapped
                continue
            }
            if tag.hasPrefix("<section") { result += "<div>"; continue }
            if tag == "</section>" { result += "</div>"; continue }
            result += cleanTag(tag)
        }
        result += rest
        return result
    }

    private static func cleanTag(_ tag: Substring) -> String {
        if tag.hasPrefix("<input") { return tag.contains("checked") ? "☑" : "☐" }
        guard !tag.hasPrefix("</") else { return String(tag) }
        let name = tag.dropFirst().prefix { $0.isLetter || $0.isNumber }
        var kept: [String] = []
        var align: String?
        for (attribute, value) in attributes(of: tag.dropFirst(1 + name.count).dropLast()) {
            if attribute == "align" { align = value; continue }
            if attribute == "class" || attribute == "id" || attribute.hasPrefix("data-") || attribute.hasPrefix("aria-") { continue }
            kept.append(value.map { "\(attribute)=\"\($0)\"" } ?? attribute)
        }
        var style: String? = switch name {
        case "table": EmbedStyle.table
        case "th": EmbedStyle.headerCell
        case "td": EmbedStyle.cell
        default: nil
        }
        if let align, ["left", "center", "right"].contains(align) {
            style = style?.replacingOccurrences(of: "text-align:left", with: "text-align:\(align)")
        }
        if let style { kept.append("style=\"\(style)\"") }
        // Void elements lose cmark's XHTML-style " />": HTML5 does not need it and editors
        // write them without it.
        return "<" + ([String(name)] + kept).joined(separator: " ") + ">"
    }

    /// `name="value"` and bare `name` attributes in order, as cmark-gfm writes them (double quotes).
    private static func attributes(of text: Substring) -> [(String, String?)] {
        var result: [(String, String?)] = []
        var rest = text
        while true {
            rest = rest.drop { $0.isWhitespace || $0 == "/" }
            guard !rest.isEmpty else { break }
            let name = rest.prefix { $0 != "=" && !$0.isWhitespace && $0 != "/" }
            rest = rest.dropFirst(name.count)
            guard rest.first == "=" else {
                result.append((String(name), nil))
                continue
            }
            rest = rest.dropFirst()
            if rest.first == "\"" {
                rest = rest.dropFirst()
                let value = rest.prefix { $0 != "\"" }
                rest = rest.dropFirst(value.count + 1)
                result.append((String(name), String(value)))
            } else {
                let value = rest.prefix { !$0.isWhitespace }
                rest = rest.dropFirst(value.count)
                result.append((String(name), String(value)))
            }
        }
        return result
    }
}
