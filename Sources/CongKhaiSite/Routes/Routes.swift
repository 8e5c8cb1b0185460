/// The addresses of the site's own files, spelled once; each page family spells its own in
/// its folder (`CatalogRoutes`, `NoticeRoutes`…) and gives templates its fixed ones
/// (`PageFamily.templateRoutes`).
///
/// Site paths are relative to the site's root and end in "/" for a page's folder
/// ("thu-tuc-hanh-chinh/1.001193/"). Templates see the fixed ones as `routes.*` (root-relative
/// URLs), so a URL root is never written twice and moving one is a one-line change.
public enum Routes {
    public static let home = ""
    public static let notFound = "404.html"
    public static let assets = "assets/"
    public static let feed = "feed.xml"
    public static let sitemap = "sitemap.xml"
    public static func sitemapPart(_ number: Int) -> String { "sitemap-\(number).xml" }
    public static let robots = "robots.txt"

    /// The site's own routes templates see (`{{routes.feed}}`).
    static let templateRoutes = ["home": home, "feed": feed, "sitemap": sitemap]
}
