import CongKhaiCore

/// What raw HTML may keep when a site turns `allow_html` on: the elements and attributes a
/// commune's pages need (and everything cmark-gfm itself writes, so Markdown renders the same
/// with the option on or off), and nothing that runs code, loads other documents or changes
/// where links or forms go.
enum HTMLAllowList {
    static let elements: Set<String> = [
        "p", "br", "a", "strong", "em", "b", "i", "u", "s", "sub", "sup", "ul", "ol", "li", "dl", "dt", "dd",
        "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "h1", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "pre", "code", "img", "figure", "figcaption", "hr", "span", "div", "abbr", "small", "mark",
        "del", "ins", "details", "summary", "input",
        // cmark-gfm wraps footnotes in <section class="footnotes" data-footnotes>.
        "section",
    ]

    /// Elements without content or end tag (all of HTML's, allowed or not).
    static let void: Set<String> = [
        "br", "hr", "img", "input", "area", "base", "col", "embed", "link", "meta", "param", "source", "track", "wbr", "keygen",
    ]

    /// Dropped together with everything inside them: their content is code, another document,
    /// or a control that could post the visitor's data somewhere.
    static let droppedWithContent: Set<String> = [
        "script", "style", "iframe", "object", "embed", "form", "base", "meta", "link", "template", "noscript",
        "frame", "frameset", "applet", "svg", "math", "textarea", "select", "title", "xmp", "noembed", "noframes",
        "plaintext", "audio", "video", "canvas",
    ]

    /// Allowed on every allowed element.
    static let globalAttributes: Set<String> = ["title", "lang", "class", "id"]

    static let attributes: [String: Set<String>] = [
        // aria-label and data-footnote-*: cmark-gfm's footnote links.
        "a": ["href", "aria-label", "data-footnote-ref", "data-footnote-backref", "data-footnote-backref-idx"],
        "img": ["src", "alt", "width", "height"],
        // align: cmark-gfm's table column alignment.
        "td": ["colspan", "rowspan", "scope", "align"],
        "th": ["colspan", "rowspan", "scope", "align"],
        "ol": ["start", "reversed"],
        "pre": ["lang"],
        "details": ["open"],
        "section": ["data-footnotes"],
        "input": ["type", "checked", "disabled", "aria-label"],
    ]

    /// Attributes holding a URL, and the schemes each accepts besides relative URLs.
    static let urlAttributes: [String: Set<String>] = [
        "href": URLScheme.links,
        "src": URLScheme.web,
    ]

    static func allows(_ attribute: String, on element: String) -> Bool {
        globalAttributes.contains(attribute) || attributes[element]?.contains(attribute) == true
    }
}
