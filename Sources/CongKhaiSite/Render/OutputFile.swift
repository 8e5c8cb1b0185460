import Foundation

/// One file of the built site, relative to the output folder ("thu-tuc-hanh-chinh/index.html").
public struct OutputFile: Sendable, Equatable {
    public let path: String
    public let contents: Data

    public init(path: String, contents: Data) {
        self.path = path
        self.contents = contents
    }

    public init(path: String, text: String) {
        self.init(path: path, contents: Data(text.utf8))
    }
}

/// A file to produce in the render phase. Jobs are independent, so they run in parallel.
public struct RenderJob: Sendable {
    /// What the file is made from besides the inputs every page shares (theme, site.yaml,
    /// menu, data files, the as-of date). An incremental build renders a job again only when
    /// the fingerprint of its dependency changed, so a job must not name a narrower one than
    /// it reads: the byte-identity tests of incremental builds check this.
    public enum Dependency: Sendable, Hashable {
        /// Only the shared inputs (theme assets, robots.txt).
        case shared
        /// One input besides the shared ones, by its fingerprint: a procedure's
        /// `sourceFingerprint`, a file of `static/`, the sitemap's list of URLs.
        case input(UInt64)
        /// What the families' lists show of every row (`PageFamily.listingKey`: every procedure's
        /// cells): lists, posters, the search index.
        case listings
        /// Everything: pages, notices, the catalog, the register.
        case site
    }

    public let path: String
    public let dependency: Dependency
    /// Whether the sitemap lists the page (the folder of an `index.html`). Print sheets for
    /// the desk and the webmaster's tools are pages, but not for search engines.
    public let inSitemap: Bool
    public let render: @Sendable () -> Data

    public init(path: String, dependency: Dependency = .site, inSitemap: Bool = false,
                render: @escaping @Sendable () -> Data) {
        self.path = path
        self.dependency = dependency
        self.inSitemap = inSitemap
        self.render = render
    }

    /// A page: `index.html` in the folder of its site path, in the sitemap unless it says not.
    package static func html(_ sitePath: String, dependency: Dependency = .site, inSitemap: Bool = true,
                     _ make: @escaping @Sendable () -> Data) -> RenderJob {
        RenderJob(path: sitePath + "index.html", dependency: dependency, inSitemap: inSitemap, render: make)
    }

    /// The page's folder as the sitemap lists it ("thu-tuc-hanh-chinh/1.001193/").
    package var sitePath: String { String(path.dropLast("index.html".count)) }
}
