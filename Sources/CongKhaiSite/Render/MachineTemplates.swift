/// The files for machines, made from what the page families declare through templates a site
/// may override: the sitemap (or its index and parts), robots.txt and the Atom feed.
package enum MachineTemplates {
    package static let feed = PageTemplate<FeedLayout>("feed")
    package static let robots = PageTemplate<RobotsView>("robots")
    static let sitemap = PageTemplate<SitemapView>("sitemap")
    static let sitemapIndex = PageTemplate<SitemapView>("sitemap-index")

    package static let all = [feed.requirement, robots.requirement, sitemap.requirement, sitemapIndex.requirement]
}
