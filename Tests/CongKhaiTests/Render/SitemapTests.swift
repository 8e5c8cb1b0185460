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

/// A site with more URLs than one sitemap file may hold gets a sitemap index over parts;
/// a smaller one keeps its single `sitemap.xml` (the snapshot tests pin its bytes).
@Suite struct SitemapTests {
    private static let limit = SitemapLimits(urls: 3)

    private func options(_ site: TemporarySite, limits: SitemapLimits = SitemapTests.limit) -> BuildOptions {
        var options = site.options()
        options.sitemapLimits = limits
        return options
    }

    private func text(_ site: TemporarySite, _ path: String) throws -> String {
        try String(contentsOf: site.output.appendingPathComponent(path), encoding: .utf8)
    }

    private func locations(_ xml: String) -> [String] {
        xml.matches(of: /<loc>([^<]*)<\/loc>/).map { String($0.1) }
    }

    @Test func splitsByURLCountAndByBytes() {
        let entries = (1...7).map { SitemapWriter.entry("https://x.vn/\($0)/") }
        #expect(SitemapWriter.split(entries, limits: SitemapLimits(urls: 3)).map(\.count) == [3, 3, 1])
        #expect(SitemapWriter.split(entries, limits: SitemapLimits(urls: 7)).map(\.count) == [7])
        #expect(SitemapWriter.split([], limits: SitemapLimits(urls: 3)).map(\.count) == [0])
        // Room for the XML frame and two entries, not three.
        let frame = SitemapWriter.urlset([String]()).utf8.count
        let bytes = SitemapWriter.split(entries, limits: SitemapLimits(urls: 100, bytes: frame + 2 * entries[0].utf8.count))
        #expect(bytes.map(\.count) == [2, 2, 2, 1])
        for part in bytes { #expect(SitemapWriter.urlset(part).utf8.count <= frame + 2 * entries[0].utf8.count) }
    }

    /// The size model writes each entry as the built-in template does, quotes included, so
    /// that a part never holds more bytes than the model counted.
    @Test func theSizeModelWritesWhatTheTemplateWrites() throws {
        var files = SampleSite.files
        files["static/bao-cao-'quy'-\"1\"/index.html"] = "<!DOCTYPE html><title>x</title>"
        let site = try TemporarySite(files)
        _ = try SiteBuilder.build(site.options(), diagnostics: Diagnostics())
        let written = try text(site, "sitemap.xml")
        #expect(written.contains("bao-cao-&#39;quy&#39;-&quot;1&quot;/"))
        let modelled = SitemapWriter.urlset(locations(written).map { location in
            SitemapWriter.entry(location.replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
                .replacingOccurrences(of: "&amp;", with: "&"))
        })
        #expect(modelled == written)
    }

    /// Under the limit the file is what it always was: one `<urlset>` of every page folder.
    @Test func aSiteUnderTheLimitKeepsItsSingleSitemapByteForByte() throws {
        let site = try TemporarySite(SampleSite.files)
        _ = try SiteBuilder.build(site.options(), diagnostics: Diagnostics())
        // Every page folder but the webmaster's /nhung/ tools and the A4 sheets for the desk.
        let printed = ["nhung/", "niem-yet/", "phan-anh-kien-nghi/in/"]
        let folders = treeContents(site.output).keys.filter { path in
            (path == "index.html" || path.hasSuffix("/index.html")) && !printed.contains { path.hasPrefix($0) }
        }
            .map { String($0.dropLast("index.html".count)) }.sorted()
        let expected = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
            + folders.map { "<url><loc>https://thunghiem.example.vn/\($0)</loc></url>\n" }.joined() + "</urlset>\n"
        #expect(try text(site, "sitemap.xml") == expected)
        #expect(!treeContents(site.output).keys.contains { $0.hasPrefix("sitemap-") })
    }

    @Test func aSiteOverTheLimitGetsAnIndexOverPartsHoldingEveryURLOnce() throws {
        let site = try TemporarySite(SampleSite.files)
        var whole = site.options()
        whole.output = site.root.appendingPathComponent("whole")
        _ = try SiteBuilder.build(whole, diagnostics: Diagnostics())
        let single = try String(contentsOf: whole.output.appendingPathComponent("sitemap.xml"), encoding: .utf8)
        #expect(single.contains("<urlset"))
        #expect(!FileManager.default.fileExists(atPath: whole.output.appendingPathComponent("sitemap-1.xml").path))
        let every = locations(single)
        #expect(every.count > 6)

        _ = try SiteBuilder.build(options(site), diagnostics: Diagnostics())
        let index = try text(site, "sitemap.xml")
        #expect(index.hasPrefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"))
        let partCount = (every.count + 2) / 3
        #expect(locations(index) == (1...partCount).map { "https://thunghiem.example.vn/sitemap-\($0).xml" })
        var joined: [String] = []
        for number in 1...partCount {
            let part = try text(site, "sitemap-\(number).xml")
            #expect(part.contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"))
            #expect(locations(part).count <= 3)
            joined += locations(part)
        }
        #expect(joined == every, "the parts hold every URL once, in order")
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("sitemap-\(partCount + 1).xml").path))
        #expect(try text(site, "robots.txt").contains("Sitemap: https://thunghiem.example.vn/sitemap.xml\n"))
    }

    /// The sitemap's parts follow the pages that appear and disappear, including a static
    /// `index.html`, and incremental builds end byte for byte where clean builds do.
    @Test func incrementalBuildsKeepThePartsExact() throws {
        let site = try TemporarySite(SampleSite.files)
        func buildAndCompare(_ limits: SitemapLimits, _ step: String,
                             sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
            _ = try SiteBuilder.build(options(site, limits: limits), diagnostics: Diagnostics())
            var clean = options(site, limits: limits)
            clean.output = site.root.appendingPathComponent("clean-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: clean.output) }
            _ = try SiteBuilder.build(clean, diagnostics: Diagnostics())
            let built = treeContents(site.output)
            let expected = treeContents(clean.output)
            #expect(Set(built.keys) == Set(expected.keys), "\(step): file lists differ", sourceLocation: sourceLocation)
            let differing = expected.keys.filter { built[$0] != nil && built[$0] != expected[$0] }.sorted()
            #expect(differing.isEmpty, "\(step): \(differing) differ", sourceLocation: sourceLocation)
        }
        try buildAndCompare(Self.limit, "first build")
        for number in 1...4 {
            try site.write("pages/trang-\(number).md", "---\ntitle: Trang \(number)\n---\nNội dung.")
        }
        try buildAndCompare(Self.limit, "more pages, more parts")
        try site.write("static/tai-lieu/index.html", "<!DOCTYPE html><title>Tài liệu</title>")
        try buildAndCompare(Self.limit, "a static index.html")
        let parts = treeContents(site.output).filter { $0.key.hasPrefix("sitemap-") }.values
        #expect(parts.contains { String(decoding: $0, as: UTF8.self).contains("<loc>https://thunghiem.example.vn/tai-lieu/</loc>") })
        for number in 1...4 {
            try FileManager.default.removeItem(at: site.content.appendingPathComponent("pages/trang-\(number).md"))
        }
        try buildAndCompare(Self.limit, "fewer pages, fewer parts")
        try buildAndCompare(.protocolMaximum, "back to one file")
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("sitemap-1.xml").path))
        try buildAndCompare(Self.limit, "and split again")
    }
}
