/// One piece of HTML for the webmaster to paste into an article of the province portal.
struct EmbedFragment: Sendable {
    enum Group: String, Sendable {
        case procedure
        case fieldList
        case feedback
        case apologies
    }

    let group: Group
    /// Unique within the site; used as the element id of its code box.
    let id: String
    let title: String
    /// Self-contained: inline styles, absolute URLs, no script, style or SVG.
    let html: String
    /// What the article is about on the site, to say which page it mirrors.
    let pageURL: String

    /// The fragment alone, as a file (`.htm`: a piece of a page, not a document to validate
    /// or link to). One file per fragment lets `package` say exactly which to paste again.
    var filePath: String { Self.filePath(id: id) }
    static func filePath(id: String) -> String { Routes.embedFragment(id) }
}
