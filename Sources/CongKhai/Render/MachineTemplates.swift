/// The files for machines, made from what the page families declare through templates a site
/// may override: the sitemap (or its index and parts), robots.txt and the Atom feed.
enum MachineTemplates {
    static let feed = PageTemplate<FeedLayout>("feed")
    static let robots = PageTemplate<RobotsView>("robots")
    static let sitemap = PageTemplate<SitemapView>("sitemap")
    static let sitemapIndex = PageTemplate<SitemapView>("sitemap-index")

    static let all = [feed.requirement, robots.requirement, sitemap.requirement, sitemapIndex.requirement]
}
