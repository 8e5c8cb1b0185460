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
#if canImport(Glibc)
import Glibc
#endif

/// The writer never deletes a file it did not write, and never writes where the webmaster's
/// own files are (issue 13, findings 1, 2 and 6).
@Suite struct OutputSafetyTests {
    static let files = SampleSite.files

    private func build(_ site: TemporarySite, output: URL) throws(SiteBuilder.BuildError) -> BuildReport {
        var options = site.options()
        options.output = output
        return try SiteBuilder.build(options, diagnostics: Diagnostics())
    }

    private func expectRefused(_ site: TemporarySite, output: URL, saying words: String,
                               sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let before = treeContents(site.root)
        do {
            _ = try build(site, output: output)
            Issue.record("the build wrote into \(output.path)", sourceLocation: sourceLocation)
        } catch {
            #expect(error.description.contains(words), "\(error)", sourceLocation: sourceLocation)
        }
        #expect(treeContents(site.root) == before, "files changed", sourceLocation: sourceLocation)
    }

    @Test func refusesTheContentFolderTheProjectFolderAndFoldersInsideThem() throws {
        let site = try TemporarySite(Self.files)
        expectRefused(site, output: site.content, saying: "là thư mục nội dung")
        expectRefused(site, output: site.root, saying: "chứa thư mục nội dung")
        expectRefused(site, output: site.content.appendingPathComponent("public"), saying: "nằm trong thư mục nội dung")
        expectRefused(site, output: site.content.appendingPathComponent("data"), saying: "nằm trong thư mục nội dung")
        // The same folders reached through a symbolic link or with "..".
        let link = site.root.appendingPathComponent("lien-ket")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: site.content)
        expectRefused(site, output: link, saying: "là thư mục nội dung")
        expectRefused(site, output: site.content.appendingPathComponent("data/.."), saying: "là thư mục nội dung")
    }

    @Test func refusesTheThemeFolder() throws {
        var files = Self.files
        files["site.yaml"] = TemporarySite.minimalConfig + "\ntheme: rieng\n"
        let site = try TemporarySite(files)
        let theme = site.root.appendingPathComponent("Themes/rieng")
        try FileManager.default.createDirectory(at: theme, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Repository.root.appendingPathComponent("Themes/default/templates"),
                                         to: theme.appendingPathComponent("templates"))
        try FileManager.default.copyItem(at: Repository.root.appendingPathComponent("Themes/default/assets"),
                                         to: theme.appendingPathComponent("assets"))
        expectRefused(site, output: theme, saying: "là thư mục giao diện")
        expectRefused(site, output: theme.appendingPathComponent("assets"), saying: "nằm trong thư mục giao diện")
        expectRefused(site, output: site.root.appendingPathComponent("Themes"), saying: "chứa thư mục giao diện")
    }

    @Test func refusesAFolderHoldingFilesItDidNotWrite() throws {
        let site = try TemporarySite(Self.files)
        let docs = site.root.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        try Data("báo cáo".utf8).write(to: docs.appendingPathComponent("report.docx"))
        expectRefused(site, output: docs, saying: "report.docx")
        #expect(FileManager.default.contents(atPath: docs.appendingPathComponent("report.docx").path) == Data("báo cáo".utf8))
    }

    @Test func takesAnEmptyFolderAndKeepsItsHiddenFiles() throws {
        let site = try TemporarySite(Self.files)
        try FileManager.default.createDirectory(at: site.output, withIntermediateDirectories: true)
        try Data().write(to: site.output.appendingPathComponent(".gitkeep"))
        _ = try build(site, output: site.output)
        _ = try build(site, output: site.output)
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent(".gitkeep").path))
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("index.html").path))
    }

    @Test func filesTheWebmasterAddedSurviveEveryKindOfBuild() throws {
        let site = try TemporarySite(Self.files)
        _ = try build(site, output: site.output)
        let added = ["google1234.html": "xác minh", "tai-lieu/bao-cao.pdf": "PDF", "thu-tuc-hanh-chinh/ghi-chu.txt": "ghi chú"]
        for (path, text) in added {
            let url = site.output.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try site.write("pages/moi.md", "---\ntitle: Trang mới\n---\nMới.")
        _ = try build(site, output: site.output)  // incremental
        try FileManager.default.removeItem(at: site.content.appendingPathComponent("pages/moi.md"))
        // A newer CongKhai does not trust the manifest, but still knows which files it lists.
        let manifest = try String(contentsOf: try site.servedManifest(), encoding: .utf8)
        try Data(manifest.replacingOccurrences(of: "congkhai-manifest \(OutputManifest.formatVersion) ", with: "congkhai-manifest \(OutputManifest.formatVersion) other-").utf8)
            .write(to: try site.servedManifest())
        #expect(try build(site, output: site.output).output.discardedCache != nil)
        _ = try build(site, output: site.output)
        for (path, text) in added {
            #expect(FileManager.default.contents(atPath: site.output.appendingPathComponent(path).path) == Data(text.utf8), "\(path)")
        }
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("moi/index.html").path))
    }

    @Test func aFileTheWebmasterAddedWhereAPageMustGoStopsTheBuild() throws {
        let site = try TemporarySite(Self.files)
        _ = try build(site, output: site.output)
        let theirs = site.output.appendingPathComponent("lien-he/index.html")
        try FileManager.default.createDirectory(at: theirs.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("của tôi".utf8).write(to: theirs)
        let before = treeContents(site.output)
        try site.write("pages/lien-he.md", "---\ntitle: Liên hệ\n---\nĐiện thoại.")
        #expect { try build(site, output: site.output) } throws: { error in
            "\(error)".contains("lien-he") && "\(error)".contains("không do CongKhai tạo")
        }
        #expect(treeContents(site.output) == before)
    }

    @Test func anOutputWrittenByAnEarlierVersionIsTakenOver() throws {
        let site = try TemporarySite(Self.files)
        let old = site.output
        for (path, text) in ["index.html": "cũ", "thu-tuc-hanh-chinh/index.html": "cũ", ".gitkeep": ""] {
            let url = old.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try Data("congkhai-cache 1 0.6.0\nindex.html\t1\t2\t3\nthu-tuc-hanh-chinh/index.html\t1\t2\t3\nend 2 0\n".utf8)
            .write(to: old.appendingPathComponent(".congkhai-cache"))
        _ = try build(site, output: old)
        let built = treeContents(old)
        #expect(built[".congkhai-cache"] == nil)
        #expect(built[".gitkeep"] == Data())
        #expect(built["index.html"] != Data("cũ".utf8))
    }

    /// Finding 2: a file changed behind the writer's back with its size and modification time
    /// restored (as a concurrent build of an earlier version did) is still noticed.
    @Test func aFileChangedInPlaceWithItsTimeRestoredIsRepaired() throws {
        let site = try TemporarySite(Self.files)
        _ = try build(site, output: site.output)
        let page = site.output.appendingPathComponent("thu-tuc-hanh-chinh/1.004884/index.html").path
        let good = try #require(FileManager.default.contents(atPath: page))
        let status = try #require(FileStatus(path: page))
        var bad = good
        bad.replaceSubrange(0..<9, with: Data("<!-- x -->".utf8.prefix(9)))
        let handle = try #require(FileHandle(forWritingAtPath: page))
        try handle.write(contentsOf: bad)
        try handle.close()
        var times = [timespec(tv_sec: Int(status.modifiedNanoseconds / 1_000_000_000), tv_nsec: Int(status.modifiedNanoseconds % 1_000_000_000)),
                     timespec(tv_sec: Int(status.modifiedNanoseconds / 1_000_000_000), tv_nsec: Int(status.modifiedNanoseconds % 1_000_000_000))]
        #expect(utimensat(AT_FDCWD, page, &times, 0) == 0)
        #expect(FileStatus(path: page)?.size == status.size && FileStatus(path: page)?.modifiedNanoseconds == status.modifiedNanoseconds)

        let again = try build(site, output: site.output).output
        #expect(again.written == 1)
        #expect(FileManager.default.contents(atPath: page) == good)
    }

    /// Finding 6: a symbolic link inside the output (planted by someone, or by a sync tool) is
    /// never written or deleted through.
    @Test func aSymbolicLinkInTheOutputIsNeverWrittenThrough() throws {
        let site = try TemporarySite(Self.files)
        _ = try build(site, output: site.output)
        let elsewhere = site.root.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere.appendingPathComponent("1.004884"), withIntermediateDirectories: true)
        try Data("không được xóa".utf8).write(to: elsewhere.appendingPathComponent("1.004884/index.html"))
        let folder = site.output.appendingPathComponent("thu-tuc-hanh-chinh")
        try FileManager.default.moveItem(at: folder, to: site.root.appendingPathComponent("moved-away"))
        try FileManager.default.createSymbolicLink(at: folder, withDestinationURL: elsewhere)
        try site.write("data/thu-tuc.csv", SampleSite.catalog.replacingOccurrences(of: "Đăng ký kết hôn", with: "Đăng ký kết hôn mới"))
        #expect { try build(site, output: site.output) } throws: { "\($0)".contains("thu-tuc-hanh-chinh") }
        #expect(treeContents(elsewhere) == ["1.004884/index.html": Data("không được xóa".utf8)])
        // Once the link is gone the site is built again, complete.
        try FileManager.default.removeItem(at: folder)
        _ = try build(site, output: site.output)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("1.004884/index.html").path))
        #expect(treeContents(elsewhere) == ["1.004884/index.html": Data("không được xóa".utf8)])
    }

    /// Finding 6, the reading side: content is read only from inside the content folder.
    @Test func linksLeavingTheContentFolderAreNeitherReadNorPublished() throws {
        let site = try TemporarySite(Self.files)
        let secret = site.root.appendingPathComponent("bi-mat.txt")
        try Data("mật khẩu".utf8).write(to: secret)
        try FileManager.default.createDirectory(at: site.content.appendingPathComponent("static"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: site.content.appendingPathComponent("static/passwd"), withDestinationURL: secret)
        try FileManager.default.createSymbolicLink(at: site.content.appendingPathComponent("pages/ngoai.md"), withDestinationURL: secret)
        try FileManager.default.createSymbolicLink(at: site.content.appendingPathComponent("static/etc"),
                                                   withDestinationURL: URL(fileURLWithPath: "/etc"))
        // A link to a file inside the content folder is fine.
        try FileManager.default.createSymbolicLink(at: site.content.appendingPathComponent("static/mau.txt"),
                                                   withDestinationURL: site.content.appendingPathComponent("static/files/mau-don.txt"))
        let (_, diagnostics) = site.load()
        #expect(diagnostics.errors.map(\.location.file) == ["pages/ngoai.md", "static/etc", "static/passwd"])
        #expect(diagnostics.codes(.error) == ["CK150", "CK150", "CK150"])
        #expect(throws: SiteBuilder.BuildError.self) { try build(site, output: site.output) }

        for link in ["pages/ngoai.md", "static/etc", "static/passwd"] {
            try FileManager.default.removeItem(at: site.content.appendingPathComponent(link))
        }
        try FileManager.default.createSymbolicLink(at: site.content.appendingPathComponent("site.yaml.real"),
                                                   withDestinationURL: site.content.appendingPathComponent("site.yaml"))
        _ = try build(site, output: site.output)
        #expect(FileManager.default.contents(atPath: site.output.appendingPathComponent("mau.txt").path) == Data("Mẫu đơn".utf8))

        try FileManager.default.removeItem(at: site.content.appendingPathComponent("site.yaml"))
        try FileManager.default.createSymbolicLink(at: site.content.appendingPathComponent("site.yaml"), withDestinationURL: secret)
        let (loaded, outside) = site.load()
        #expect(loaded == nil)
        #expect(outside.codes(.error) == ["CK150"])
    }
}
