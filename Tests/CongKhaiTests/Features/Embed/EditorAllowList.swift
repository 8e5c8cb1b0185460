import Foundation
import CongKhaiTestSupport

/// What a portal's article editor keeps of pasted HTML: CKEditor 4's default Advanced Content
/// Filter as measured on Debian's CKEditor 4.19.1 (`EditorRoundTripTests` runs the real editor;
/// this model runs everywhere, without a browser, and gives byte-exact answers). Common block and
/// inline elements, tables, links and images with their usual attributes; `style` kept on `div`,
/// `span`, `a`, `img` and `table`, only a few cell properties on `th`/`td`, and none on headings,
/// paragraphs and lists (the editor drops them); no `script`, `style`, `svg`, `iframe`, `form`,
/// no `class`/`id`, no event handlers, and links only to http(s), mailto and tel.
///
/// `filter` returns the HTML as the editor would save it, so a test can check that a
/// fragment comes out of it unchanged.
enum EditorAllowList {
    static let elements: [String: Set<String>] = [
        "div": ["style"], "p": [], "span": ["style"], "br": [], "hr": [],
        "h2": [], "h3": [], "h4": [],
        "strong": [], "em": [], "b": [], "i": [], "u": [], "s": [], "sub": [], "sup": [], "small": [], "code": [], "pre": ["style"],
        "ul": [], "ol": ["start"], "li": [], "blockquote": [],
        "table": ["style", "border", "cellpadding", "cellspacing", "summary"], "caption": ["style"],
        "thead": [], "tbody": [], "tfoot": [], "tr": ["style"],
        "th": ["style", "scope", "colspan", "rowspan"], "td": ["style", "colspan", "rowspan"],
        "a": ["href", "style", "title", "target"], "img": ["src", "alt", "width", "height", "style", "title"],
    ]
    static let dropWithContent: Set<String> = ["script", "style", "svg", "iframe", "object", "embed", "form", "template", "noscript", "math"]
    /// The only cell properties the default filter keeps (table tools' cell properties).
    static let cellStyleProperties: Set<String> = ["background-color", "border-color", "text-align", "vertical-align", "width",
                                                   "height", "white-space"]
    static let styleProperties: Set<String> = [
        "color", "background-color", "font-family", "font-size", "font-weight", "font-style", "line-height",
        "text-align", "text-decoration", "vertical-align", "width", "max-width", "height",
        "margin", "margin-top", "margin-bottom", "margin-left", "margin-right",
        "padding", "padding-top", "padding-bottom", "padding-left", "padding-right",
        "border", "border-top", "border-bottom", "border-left", "border-right", "border-collapse", "border-spacing",
    ]

    struct Loss: CustomStringConvertible {
        let what: String
        var description: String { what }
    }

    /// The filtered HTML and what was removed.
    static func filter(_ html: String) -> (html: String, losses: [Loss]) {
        var output = ""
        var losses: [Loss] = []
        var rest = html[...]
        var skipping: String?
        while let open = rest.firstIndex(of: "<") {
            if skipping == nil { output += rest[..<open] }
            guard let close = rest[open...].firstIndex(of: ">") else {
                losses.append(Loss(what: "unclosed tag"))
                break
            }
            let tag = String(rest[rest.index(after: open)..<close])
            rest = rest[rest.index(after: close)...]
            if tag.hasPrefix("!--") { losses.append(Loss(what: "comment")); continue }
            let isEnd = tag.hasPrefix("/")
            let body = isEnd ? String(tag.dropFirst()) : tag
            let name = String(body.prefix { !$0.isWhitespace && $0 != "/" }).lowercased()
            if let skipped = skipping {
                if isEnd && name == skipped { skipping = nil }
                continue
            }
            if dropWithContent.contains(name) {
                losses.append(Loss(what: "<\(name)> and its content"))
                if !isEnd { skipping = name }
                continue
            }
            guard let allowed = elements[name] else {
                losses.append(Loss(what: "<\(name)>"))
                continue
            }
            if isEnd { output += "</\(name)>"; continue }
            var kept: [String] = []
            for (attribute, value) in attributes(of: body) {
                guard allowed.contains(attribute) else {
                    losses.append(Loss(what: "\(name) \(attribute)"))
                    continue
                }
                if attribute == "href" || attribute == "src" {
                    let lower = value.lowercased()
                    let fine = lower.hasPrefix("https://") || lower.hasPrefix("http://")
                        || (attribute == "href" && (lower.hasPrefix("mailto:") || lower.hasPrefix("tel:")))
                    if !fine { losses.append(Loss(what: "\(name) \(attribute)=\(value)")); continue }
                }
                if attribute == "style" {
                    let (style, dropped) = filterStyle(value, cell: name == "th" || name == "td")
                    losses += dropped.map { Loss(what: "\(name) style \($0)") }
                    kept.append("style=\"\(style)\"")
                    continue
                }
                kept.append("\(attribute)=\"\(value)\"")
            }
            output += "<" + ([name] + kept).joined(separator: " ") + ">"
        }
        if skipping == nil { output += rest }
        return (output, losses)
    }

    /// `name="value"` pairs in order; values are kept as written (entities and all).
    static func attributes(of tag: String) -> [(String, String)] {
        var result: [(String, String)] = []
        var rest = tag.drop { !$0.isWhitespace }[...]
        while true {
            rest = rest.drop { $0.isWhitespace || $0 == "/" }
            guard !rest.isEmpty else { break }
            let name = String(rest.prefix { $0 != "=" && !$0.isWhitespace && $0 != "/" }).lowercased()
            rest = rest.dropFirst(name.count)
            guard rest.first == "=" else { result.append((name, "")); continue }
            rest = rest.dropFirst()
            if rest.first == "\"" {
                rest = rest.dropFirst()
                let value = String(rest.prefix { $0 != "\"" })
                rest = rest.dropFirst(value.count + 1)
                result.append((name, value))
            } else {
                let value = String(rest.prefix { !$0.isWhitespace })
                rest = rest.dropFirst(value.count)
                result.append((name, value))
            }
        }
        return result
    }

    static func filterStyle(_ style: String, cell: Bool = false) -> (String, [String]) {
        var kept: [String] = []
        var dropped: [String] = []
        for declaration in style.split(separator: ";") {
            let property = declaration.prefix { $0 != ":" }.trimmingCharacters(in: .whitespaces).lowercased()
            if (cell ? cellStyleProperties : styleProperties).contains(property) { kept.append(String(declaration)) } else { dropped.append(property) }
        }
        return (kept.joined(separator: ";"), dropped)
    }
}
