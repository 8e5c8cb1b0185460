/// `sitemap.xml` and `robots.txt`.
enum SitemapWriter {
    /// `sitePaths` are page folders ("", "gioi-thieu/") in output order.
    static func sitemap(site: Site, sitePaths: [String]) -> String {
        let config = site.config
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in sitePaths.sorted() {
            let location = config.baseURL?.absolute(path) ?? config.rootPath + path
            xml += "<url><loc>\(HTMLEscape.text(location))</loc></url>\n"
        }
        return xml + "</urlset>\n"
    }

    static func robots(site: Site) -> String {
        let sitemap = site.config.baseURL?.absolute("sitemap.xml") ?? site.config.rootPath + "sitemap.xml"
        return "User-agent: *\nAllow: /\nSitemap: \(sitemap)\n"
    }
}
