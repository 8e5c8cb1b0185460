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

@Suite struct OutputWriterTests {
    private func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("congkhai-out-\(UUID().uuidString)")
    }

    @Test(arguments: ["../x.html", "a/../../x.html", "/etc/passwd", "a//b.html", "a\\b.html", ".hidden/x", "a/./b"])
    func refusesPathsThatCouldEscape(_ path: String) throws {
        let output = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        #expect(!OutputWriter.isSafe(path))
        #expect(throws: OutputWriter.WriteError.self) {
            try OutputWriter.write([OutputFile(path: "ok.html", text: "ok"), OutputFile(path: path, text: "x")], to: output)
        }
        // Nothing was written, not even the safe file.
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("ok.html").path))
    }

    @Test func replacesTheSiteAndKeepsHiddenEntries() throws {
        let output = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data().write(to: output.appendingPathComponent(".gitkeep"))
        try OutputWriter.write([OutputFile(path: "old/index.html", text: "old")], to: output)
        try OutputWriter.write([OutputFile(path: "new/index.html", text: "new")], to: output)
        #expect(Set(treeContents(output).keys) == [".gitkeep", "new/index.html"])
    }

    @Test func failureMidwayLeavesThePreviousSiteUntouched() throws {
        let output = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let previous = [OutputFile(path: "index.html", text: "trang cũ"), OutputFile(path: "a/index.html", text: "a cũ")]
        try OutputWriter.write(previous, to: output)
        let before = treeContents(output)

        // The third file needs "b/index.html" to be a folder, but the second made it a file:
        // the write fails after two files were already staged.
        let failing = [
            OutputFile(path: "index.html", text: "trang mới"),
            OutputFile(path: "b/index.html", text: "b mới"),
            OutputFile(path: "b/index.html/c.html", text: "không ghi được"),
        ]
        #expect(throws: OutputWriter.WriteError.self) { try OutputWriter.write(failing, to: output) }
        #expect(treeContents(output) == before)
    }
}

@Suite struct SiteBuilderTests {
    static let files: [String: String] = [
        "pages/gioi-thieu.md": "---\ntitle: Giới thiệu\nmenu: 1\n---\nXem [thủ tục](/thu-tuc-hanh-chinh/).",
        "notices/a.md": "---\ntitle: Thông báo A\ndate: 02/11/2026\n---\nNội dung ~~cũ~~ mới.",
        "data/thu-tuc.csv": "Mã TTHC,Tên thủ tục,Lĩnh vực,Thời hạn giải quyết,Phí\n1.001193,Đăng ký khai sinh,Hộ tịch,1 ngày,Miễn phí\n",
    ]

    @Test func twoBuildsOfTheSameInputAreByteIdentical() throws {
        let site = try TemporarySite(Self.files)
        _ = try SiteBuilder.build(site.options(), diagnostics: Diagnostics())
        let first = treeContents(site.output)
        _ = try SiteBuilder.build(site.options(), diagnostics: Diagnostics())
        let second = treeContents(site.output)
        #expect(first.count > 10)
        #expect(first == second)
    }

    @Test func failedBuildLeavesThePreviousOutputAsItWas() throws {
        let site = try TemporarySite(Self.files)
        _ = try SiteBuilder.build(site.options(), diagnostics: Diagnostics())
        let before = treeContents(site.output)
        try site.write("data/thu-tuc.csv", "Mã TTHC,Tên thủ tục,Lĩnh vực\n9.9,Sai,Hộ tịch\n")
        try site.write("pages/moi.md", "---\ntitle: Trang mới\n---\nMới.")
        #expect(throws: SiteBuilder.BuildError.self) { try SiteBuilder.build(site.options(), diagnostics: Diagnostics()) }
        #expect(treeContents(site.output) == before)
    }

    @Test func writesTheFilesEverySiteNeeds() throws {
        let files = try TemporarySite(Self.files).render()
        for path in ["index.html", "404.html", "feed.xml", "sitemap.xml", "robots.txt", "gioi-thieu/index.html",
                     "thong-bao/index.html", "thong-bao/a/index.html", "thu-tuc-hanh-chinh/index.html"] {
            #expect(files[path] != nil, "\(path)")
        }
        #expect(files.keys.contains { $0.hasPrefix("assets/style.") && $0.hasSuffix(".css") })
        let feed = try #require(files["feed.xml"])
        #expect(feed.contains("<updated>2026-11-02T00:00:00+07:00</updated>"))
        #expect(feed.contains("&lt;del&gt;cũ&lt;/del&gt;"))
        #expect(try #require(files["sitemap.xml"]).contains("<loc>https://thunghiem.example.vn/gioi-thieu/</loc>"))
    }

    @Test func linksWorkUnderASubPath() throws {
        let site = try TemporarySite(Self.files)
        let diagnostics = Diagnostics()
        let loaded = try #require(SiteLoader.load(site.options(baseURL: "https://tinh.example.vn/xa/thu-nghiem/"), diagnostics: diagnostics))
        let files = Dictionary(uniqueKeysWithValues: SiteBuilder.render(loaded).map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) })
        let page = try #require(files["gioi-thieu/index.html"])
        #expect(page.contains("href=\"/xa/thu-nghiem/thu-tuc-hanh-chinh/\""))  // Markdown link
        #expect(page.contains("<link rel=\"stylesheet\" href=\"/xa/thu-nghiem/assets/style."))
        // No link may point at the domain root.
        let rootLinks = page.components(separatedBy: "href=\"/").dropFirst().filter { !$0.hasPrefix("xa/thu-nghiem/") }
        #expect(rootLinks.isEmpty, "\(rootLinks.map { $0.prefix(40) })")
        #expect(try #require(files["niem-yet/index.html"]).contains("data-qr=\"https://tinh.example.vn/xa/thu-nghiem/thu-tuc-hanh-chinh/1.001193/\""))
    }

    @Test func siteOverridesTemplatesAndAssetsByName() throws {
        var files = Self.files
        files["theme/templates/404.mustache"] = "<p>riêng của xã</p>"
        files["theme/assets/style.css"] = "body{color:red}"
        let output = try TemporarySite(files).render()
        #expect(output["404.html"] == "<p>riêng của xã</p>")
        let css = try #require(output.first { $0.key.hasPrefix("assets/style.") }?.value)
        #expect(css == "body{color:red}")
    }

    @Test func pagesCannotTakeGeneratedAddresses() throws {
        var files = Self.files
        files["pages/tthc.md"] = "---\ntitle: X\nslug: thu-tuc-hanh-chinh\n---\n"
        files["pages/gioi-thieu-2.md"] = "---\ntitle: Y\nslug: gioi-thieu\n---\n"
        let (_, diagnostics) = try TemporarySite(files).load()
        #expect(diagnostics.codes(.error) == ["CK024", "CK024"])
    }
}
