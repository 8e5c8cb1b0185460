/// How much one sitemap file may hold. The sitemaps.org protocol allows 50,000 URLs and
/// 50 MiB (uncompressed) per file; search engines ignore a file beyond either. Tests pass
/// small limits so they need not build 50,001 pages.
public struct SitemapLimits: Sendable, Hashable {
    public var urls: Int
    public var bytes: Int

    public init(urls: Int, bytes: Int = SitemapLimits.protocolMaximum.bytes) {
        self.urls = max(urls, 1)
        self.bytes = bytes
    }

    public static let protocolMaximum = SitemapLimits(urls: 50_000, bytes: 52_428_800)
}
