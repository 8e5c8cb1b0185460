import Mustache

/// The HTML escaping of `{{value}}`, as swift-mustache does it (`< > & " '`), on UTF-8 bytes
/// (`HTMLEscape`).
///
/// swift-mustache escapes Character by Character through a dictionary, which was a third of
/// the time of rendering a page. Its documented extension point, a content type registered
/// by name and selected with the `{{% CONTENT_TYPE: … }}` pragma, lets every template use
/// this one instead; `Theme` puts the pragma in front of each template (partials reset the
/// content type, so each needs its own). The output is byte for byte the same.
struct HTMLContentType: MustacheContentType {
    static let name = "CONGKHAI_HTML"
    /// On a line of its own, which Mustache removes whole (a standalone tag), so the
    /// template's whitespace is untouched; error line numbers are one more than the file's.
    static let pragma = "{{% CONTENT_TYPE: \(name) }}\n"

    private static let registration: Void = { MustacheContentTypes.register(HTMLContentType(), named: name) }()

    static func registerOnce() { _ = registration }

    /// `HTMLEscape.attribute` escapes the same five characters with the same entities.
    func escapeText(_ text: String) -> String {
        HTMLEscape.attribute(text)
    }
}
