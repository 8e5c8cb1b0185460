import Foundation

/// One piece of HTML for the webmaster to paste into an article of the province portal. The
/// family whose content it shows offers it (`PageFamily.portalFragments`); the embeds family
/// writes it as a file of its own and lists it on `/nhung/` with its code to copy.
struct PortalFragment: Sendable {
    /// Unique within the site: the name of its file and the id of its code box.
    let id: String
    /// Its heading, in words: `/nhung/` and the package report name it by this.
    let title: String
    /// The site's page it mirrors, absolute.
    let pageURL: String
    /// What it is made from: the key of its file.
    let dependency: RenderJob.Dependency
    /// Its HTML, rendered when a job needs it (through a fragment template of the theme).
    let html: @Sendable () -> [UInt8]

    /// The fragment alone, as a file (`.htm`: a piece of a page, not a document to validate
    /// or link to). One file per fragment lets `package` say exactly which to paste again.
    var filePath: String { FragmentRoutes.file(id) }
}

/// What one family offers on `/nhung/`: groups of fragments on the main page (in `order`,
/// lowest first), pages of their own for long lists (each field's procedures), and the PNG
/// images the fragments show (QR codes: an editor keeps no inline SVG).
struct PortalFragments: Sendable {
    struct Group: Sendable {
        let title: String
        let order: Int
        let fragments: [PortalFragment]
    }

    /// A page of fragments under `/nhung/`, linked from the main page with its count.
    struct Page: Sendable {
        let title: String
        let sitePath: String
        let dependency: RenderJob.Dependency
        let fragments: [PortalFragment]
    }

    var groups: [Group] = []
    var pages: [Page] = []
    var images: [RenderJob] = []

    static let none = PortalFragments()
}

extension Site {
    /// The address fragments are written against, when the site publishes them (`embeds`, on
    /// by default, and a `base_url`: a fragment is read on the portal's host).
    var fragmentBaseURL: BaseURL? { config.embeds ? config.baseURL : nil }
}
