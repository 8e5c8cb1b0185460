import CongKhaiCore
import Foundation
import Templates

/// The sitemap's output files as render jobs: `sitemap.xml` alone while the site fits in
/// one file, otherwise `sitemap.xml` as an index over `sitemap-1.xml`, `sitemap-2.xml`….
///
/// Their contents depend only on the list of page folders, the base URL (a shared input)
/// and the limits, so the jobs key on exactly those: pages that appear or disappear
/// from any source (a static `index.html` too) re-render the sitemap, and nothing else does.
package enum SitemapJobs {
    package static func jobs(site: Site, context: TemplateContext, sitePaths: [String], limits: SitemapLimits) -> [RenderJob] {
        let config = site.config
        func location(_ path: String) -> String { config.baseURL?.absolute(path) ?? config.rootPath + path }

        let locations = sitePaths.sorted().map(location)
        // Parts are sized by the default form of an entry (`SitemapWriter.entry`), which is
        // what the built-in template writes.
        let parts = SitemapWriter.split(locations.map(SitemapWriter.entry), limits: limits).map { locations[$0.indices] }
        var fingerprint = FNV1a()
        fingerprint.combine("sitemap")
        for location in locations { fingerprint.combine(location) }
        fingerprint.combine("\(limits.urls) \(limits.bytes)")
        let dependency = RenderJob.Dependency.input(fingerprint.value)
        @Sendable func render(_ template: PageTemplate<SitemapView>, _ view: SitemapView) -> Data {
            context.render(template, title: "", sitePath: Routes.sitemap, layout: view)
        }

        guard parts.count > 1 else {
            let only = Array(parts.first ?? [])
            return [RenderJob(path: Routes.sitemap, dependency: dependency) { render(MachineTemplates.sitemap, SitemapView(urls: only)) }]
        }
        let names = parts.indices.map { Routes.sitemapPart($0 + 1) }
        let index = names.map(location)
        var jobs = [RenderJob(path: Routes.sitemap, dependency: dependency) { render(MachineTemplates.sitemapIndex, SitemapView(sitemaps: index)) }]
        for (name, part) in zip(names, parts) {
            let urls = Array(part)
            jobs.append(RenderJob(path: name, dependency: dependency) { render(MachineTemplates.sitemap, SitemapView(urls: urls)) })
        }
        return jobs
    }
}

/// The `sitemap` layout lists `urls`, the `sitemap-index` layout `sitemaps`: absolute
/// addresses when the site has a `base_url`.
struct SitemapView: Sendable {
    var urls: [String]?
    var sitemaps: [String]?
}

/// The `robots` layout: robots.txt names the sitemap.
package struct RobotsView: Sendable {
    let sitemapURL: String

    package init(sitemapURL: String) {
        self.sitemapURL = sitemapURL
    }
}

// MARK: - Template fields

extension SitemapView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("urls", \.urls),
        .field("sitemaps", \.sitemaps),
    ]
}

extension RobotsView: TemplateView {
    package static let templateFields: TemplateFields<Self> = [
        .field("sitemap_url", \.sitemapURL),
    ]
}
