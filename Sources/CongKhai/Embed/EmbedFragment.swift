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
}
