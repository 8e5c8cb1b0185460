import Foundation
import Testing
@testable import CongKhai
@testable import CongKhaiCore
@testable import CongKhaiEncoding
@testable import CongKhaiFamilies
@testable import CongKhaiInput
@testable import CongKhaiMarkdown
@testable import CongKhaiSite
import CongKhaiTestSupport

/// The page-family registry (issue 14): what the families declare is what the pipeline does.
@Suite struct PageFamilyRegistryTests {
    /// A theme of its own beside the content: the default theme's files without `drop`.
    private func site(withThemeLacking drop: String, files: [String: String] = SampleSite.files) throws -> TemporarySite {
        let config = TemporarySite.minimalConfig + "\ntheme: rieng\n"
        let site = try TemporarySite(files, config: config)
        let source = try #require(ThemeLocator.builtinHome()).appendingPathComponent("Themes/default")
        let theme = site.root.appendingPathComponent("Themes/rieng")
        try FileManager.default.createDirectory(at: theme.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: source, to: theme)
        try FileManager.default.removeItem(at: theme.appendingPathComponent("templates/\(drop).mustache"))
        return site
    }

    @Test func aThemeWithoutALayoutAFamilyNeedsIsAnErrorAndNothingIsWritten() throws {
        let site = try site(withThemeLacking: "poster-single")
        let diagnostics = Diagnostics()
        #expect(throws: SiteBuilder.BuildError.self) { try SiteBuilder.build(site.options(), diagnostics: diagnostics) }
        let missing = diagnostics.errors.filter { $0.code == .themeLayoutMissing }
        #expect(missing.count == 1)
        #expect(missing.first?.message.contains("\"poster-single\"") == true)
        #expect(missing.first?.message.contains("catalog") == true)
        #expect(missing.first?.location.file == "theme:rieng/templates/poster-single.mustache")
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }

    /// A layout is needed only by a family that has something to publish.
    @Test func aLayoutNoOutputUsesMayBeMissing() throws {
        var files = SampleSite.files
        files["data/thu-tuc.csv"] = nil
        files["data/thu-tuc/1.001193.md"] = nil
        let site = try site(withThemeLacking: "poster-single", files: files)
        let diagnostics = Diagnostics()
        _ = try SiteBuilder.build(site.options(), diagnostics: diagnostics)
        #expect(!diagnostics.all.contains { $0.code == .themeLayoutMissing })
    }

    /// The sitemap, the feed and robots.txt are built-in templates: a theme of the site's own
    /// need not carry them, and the site may override them like any layout.
    @Test func machineFilesAreBuiltInTemplatesASiteMayOverride() throws {
        var files = SampleSite.files
        files["theme/templates/robots.mustache"] = "User-agent: *\nDisallow: /nhung/\nSitemap: {{{sitemap_url}}}\n"
        let site = try site(withThemeLacking: "feed", files: files)
        for name in ["sitemap", "sitemap-index", "robots"] {
            try FileManager.default.removeItem(at: site.root.appendingPathComponent("Themes/rieng/templates/\(name).mustache"))
        }
        let diagnostics = Diagnostics()
        _ = try SiteBuilder.build(site.options(), diagnostics: diagnostics)
        #expect(diagnostics.errors.isEmpty, "\(diagnostics.errors)")
        let robots = try String(contentsOf: site.output.appendingPathComponent("robots.txt"), encoding: .utf8)
        #expect(robots == "User-agent: *\nDisallow: /nhung/\nSitemap: https://thunghiem.example.vn/sitemap.xml\n")
        let feed = try String(contentsOf: site.output.appendingPathComponent("feed.xml"), encoding: .utf8)
        #expect(feed.hasPrefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\""))
        #expect(feed.contains("<title>Thông báo A</title>"))
    }

    @Test func theSitemapListsPagesButNotPrintSheetsOrTools() throws {
        let (loaded, _) = ExampleSite.load()
        let site = try #require(loaded)
        let files = Dictionary(uniqueKeysWithValues: SiteBuilder.render(site).map { ($0.path, $0.contents) })
        let sitemap = String(decoding: try #require(files["sitemap.xml"]), as: UTF8.self)
        #expect(files["niem-yet/1.001193/index.html"] != nil && files["phan-anh-kien-nghi/in/index.html"] != nil)
        #expect(!sitemap.contains("/niem-yet/") && !sitemap.contains("/phan-anh-kien-nghi/in/") && !sitemap.contains("/nhung/"))
        #expect(sitemap.contains("/thu-tuc-hanh-chinh/1.001193/</loc>") && sitemap.contains("/phan-anh-kien-nghi/</loc>"))
        // Every other page is there: the sitemap is what the families say, not a path pattern.
        let listed = SiteBuilder.plan(site).filter(\.inSitemap).count
        #expect(sitemap.components(separatedBy: "<loc>").count - 1 == listed)
    }

    /// A family that writes under a folder must reserve it, or a webmaster's page could take
    /// the same address; the webmaster's own pages and static files are the exceptions.
    @Test func everyFolderAFamilyWritesIsReservedFromPages() throws {
        let (loaded, _) = ExampleSite.load()
        let site = try #require(loaded)
        let own = Set(site.pages.map(\.sitePath))
        let statics = Set(StaticFiles.jobs(site: site).map(\.path))
        for job in SiteBuilder.plan(site) where !statics.contains(job.path) && !own.contains(job.sitePath) {
            guard let slash = job.path.firstIndex(of: "/") else { continue }  // a file at the root
            #expect(site.families.reservedRoots.contains(String(job.path[..<slash])), "\(job.path)")
        }
    }

    @Test func aPageMayNotTakeAFamilysFolder() throws {
        for root in ["thu-tuc-hanh-chinh", "niem-yet", "nhung", "quyet-dinh-cong-bo"] {
            let site = try TemporarySite(["pages/\(root).md": "---\ntitle: Trùng\n---\nA"])
            let diagnostics = Diagnostics()
            _ = SiteBuilder.check(site.options(), diagnostics: diagnostics)
            #expect(diagnostics.errors.contains { $0.code == .duplicateOutputPath }, "\(root)")
        }
    }

    /// No URL root is spelled in the default theme: templates take it from `routes`.
    @Test func theDefaultThemeSpellsNoURLRootItself() throws {
        let templates = try #require(ThemeLocator.builtinHome()).appendingPathComponent("Themes/default/templates")
        let files = try #require(FileManager.default.enumerator(atPath: templates.path)).compactMap { $0 as? String }
            .filter { $0.hasSuffix(".mustache") }
        #expect(files.count > 10)
        for file in files {
            let text = try String(contentsOf: templates.appendingPathComponent(file), encoding: .utf8)
            #expect(text.firstMatch(of: /\{\{root\}\}[a-z]/) == nil, "\(file) spells a URL root; use {{routes.…}}")
        }
        let values = FamilyRegistry.standard.templateRoutes
        #expect(values["catalog"] == "thu-tuc-hanh-chinh/" && values["feed"] == "feed.xml" && values["embeds"] == "nhung/")
    }

    @Test func theMenuAndHomeCardsKeepTheirDeclaredOrder() throws {
        let (loaded, _) = ExampleSite.load()
        let site = try #require(loaded)
        let menu = site.families.menu(for: site)
        #expect(menu.first?.sitePath == Routes.home)
        #expect(menu.map(\.weight) == menu.map(\.weight).sorted())
        let cards = site.families.homeCards(for: site)
        #expect(cards.prefix(2).map(\.sitePath) == [CatalogRoutes.list, CatalogRoutes.posters])
        #expect(cards.map(\.weight) == cards.map(\.weight).sorted())
    }
}
