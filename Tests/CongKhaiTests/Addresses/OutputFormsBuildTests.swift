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

/// Switching the output forms on and off between builds writes what a clean build writes.
@Suite struct OutputFormsBuildTests {
    static let files = ["pages/a.md": "---\ntitle: A\nmenu: 1\n---\n[Trang B](/b/)\n",
                        "pages/b/c.md": "---\ntitle: C\nslug: b\n---\nMột.\n"]

    @Test func incrementalBuildsAcrossFormsMatchCleanBuilds() throws {
        let incremental = try TemporarySite(Self.files)
        for (relative, gzip) in [(false, false), (true, true), (true, false), (false, true), (false, false)] {
            var options = incremental.options()
            options.relativeLinks = relative
            options.precompress = gzip
            _ = try SiteBuilder.build(options, diagnostics: Diagnostics())

            let clean = try TemporarySite(Self.files)
            var cleanOptions = clean.options()
            cleanOptions.relativeLinks = relative
            cleanOptions.precompress = gzip
            _ = try SiteBuilder.build(cleanOptions, diagnostics: Diagnostics())
            let built = treeContents(incremental.output), expected = treeContents(clean.output)
            #expect(built == expected, "relative \(relative), gzip \(gzip)")
            #expect(built.keys.contains { $0.hasSuffix(".gz") } == gzip)
            let page = String(decoding: try #require(built["a/index.html"]), as: UTF8.self)
            #expect(page.contains(relative ? "href=\"../b/index.html\"" : "href=\"/b/\""))
        }
    }

    /// The deployable folder holds the site and, of CongKhai's own, only the copy's record of
    /// which files it wrote (`.congkhai/`, which must travel with the folder): the lock,
    /// manifests, cache and spare copy live in `.public.congkhai/` beside it, also after a rebuild.
    @Test func outputHoldsOnlyTheSite() throws {
        let site = try TemporarySite(Self.files)
        _ = try SiteBuilder.build(site.options(), diagnostics: Diagnostics())
        try site.write("pages/a.md", "---\ntitle: A2\n---\nHai.\n")
        _ = try SiteBuilder.build(site.options(), diagnostics: Diagnostics())
        let (loaded, _) = site.load()
        let expected = Set(SiteBuilder.render(try #require(loaded)).map(\.path))
        #expect(Set(treeContents(site.output).keys) == expected)
        let state = site.root.appendingPathComponent(".public.congkhai")
        #expect(FileManager.default.fileExists(atPath: state.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.output.path).filter { $0.hasPrefix(".") } == [OutputRecord.folderName])
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.output.appendingPathComponent(OutputRecord.folderName).path).sorted()
                == [OutputRecord.copyFile, OutputRecord.pathsFile])
    }
}
