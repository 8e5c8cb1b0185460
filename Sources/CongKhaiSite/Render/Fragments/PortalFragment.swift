import CongKhaiCore
import Foundation

/// One piece of HTML for the webmaster to paste into an article of the province portal. The
/// family whose content it shows offers it (`PageFamily.portalFragments`); the embeds family
/// writes it as a file of its own and lists it on `/nhung/` with its code to copy.
package struct PortalFragment: Sendable {
    /// Unique within the site: the name of its file and the id of its code box.
    package let id: String
    /// Its heading, in words: `/nhung/` and the package report name it by this.
    package let title: String
    /// The site's page it mirrors, absolute.
    package let pageURL: String
    /// What it is made from: the key of its file.
    package let dependency: RenderJob.Dependency
    /// Its HTML, rendered when a job needs it (through a fragment template of the theme).
    package let html: @Sendable () -> [UInt8]

    package init(id: String, title: String, pageURL: String, dependency: RenderJob.Dependency, html: @escaping @Sendable () -> [UInt8]) {
        self.id = id
        self.title = title
        self.pageURL = pageURL
        self.dependency = dependency
        self.html = html
    }

    /// The fragment alone, as a file (`.htm`: a piece of a page, not a document to validate
    /// or link to). One file per fragment lets `package` say exactly which to paste again.
    package var filePath: String { FragmentRoutes.file(id) }
}

/// What one family offers on `/nhung/`: groups of fragments on the main page (in `order`,
/// lowest first), pages of their own for long lists (each field's procedures), and the PNG
/// images the fragments show (QR codes: an editor keeps no inline SVG).
package struct PortalFragments: Sendable {
    package struct Group: Sendable {
        package let title: String
        package let order: Int
        package let fragments: [PortalFragment]

        package init(title: String, order: Int, fragments: [PortalFragment]) {
            self.title = title
            self.order = order
            self.fragments = fragments
        }
    }

    /// A page of fragments under `/nhung/`, linked from the main page with its count.
    package struct Page: Sendable {
        package let title: String
        package let sitePath: String
        package let dependency: RenderJob.Dependency
        package let fragments: [PortalFragment]

        package init(title: String, sitePath: String, dependency: RenderJob.Dependency, fragments: [PortalFragment]) {
            self.title = title
            self.sitePath = sitePath
            self.dependency = dependency
            self.fragments = fragments
        }
    }

    package var groups: [Group] = []
    package var pages: [Page] = []
    package var images: [RenderJob] = []

    package init(groups: [Group] = [], pages: [Page] = [], images: [RenderJob] = []) {
        self.groups = groups
        self.pages = pages
        self.images = images
    }

    package static let none = PortalFragments()
}

extension Site {
    /// The address fragments are written against, when the site publishes them (`embeds`, on
    /// by default, and a `base_url`: a fragment is read on the portal's host).
    package var fragmentBaseURL: BaseURL? { config.embeds ? config.baseURL : nil }
}
