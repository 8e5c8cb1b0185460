import Foundation

/// The sitemap's output files as render jobs: `sitemap.xml` alone while the site fits in
/// one file, otherwise `sitemap.xml` as an index over `sitemap-1.xml`, `sitemap-2.xml`….
///
/// Their contents depend only on the list of page folders, the base URL (a shared input)
/// and the limits, so the jobs key on exactly those: pages that appear or disappear
/// from any source (a static `index.html` too) re-render the sitemap, and nothing else does.
enum SitemapJobs {
    static func jobs(site: Site, sitePaths: [String], limits: SitemapLimits) -> [RenderJob] {
        let config = site.config
        func location(_ path: String) -> String { config.baseURL?.absolute(path) ?? config.rootPath + path }

        let entries = sitePaths.sorted().map { SitemapWriter.entry(location($0)) }
        let parts = SitemapWriter.split(entries, limits: limits)
        var fingerprint = FNV1a()
        fingerprint.combine("sitemap")
        for entry in entries { fingerprint.combine(entry) }
        fingerprint.combine("\(limits.urls) \(limits.bytes)")
        let dependency = RenderJob.Dependency.input(fingerprint.value)

        guard parts.count > 1 else {
            let only = parts.first ?? []
            return [RenderJob(path: "sitemap.xml", dependency: dependency) { Data(SitemapWriter.urlset(only).utf8) }]
        }
        let names = parts.indices.map { "sitemap-\($0 + 1).xml" }
        let index = names.map(location)
        var jobs = [RenderJob(path: "sitemap.xml", dependency: dependency) { Data(SitemapWriter.index(index).utf8) }]
        for (name, part) in zip(names, parts) {
            jobs.append(RenderJob(path: name, dependency: dependency) { Data(SitemapWriter.urlset(part).utf8) })
        }
        return jobs
    }
}
