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

/// Folders whose permissions stop the build's own reads and writes, met by a `congkhai`
/// process without root's power to ignore them (issue 26, B8 and B18).
@Suite struct UnprivilegedBuildTests {
    private func build(_ site: TemporarySite) throws -> CongKhaiExecutable.Result {
        try CongKhaiProcess.run(["build", "--source", site.content.path, "--output", site.output.path, "--as-of", "2026-11-21"],
                                unprivileged: true)
    }

    /// B8: an unreadable folder of the content used to be skipped in silence, its pages removed
    /// from the site with exit status 0. It is an error naming the folder, and the site stays.
    @Test(arguments: ["pages", "notices", "data/thu-tuc", "static/files"])
    func anUnreadableContentFolderIsAnErrorNotAnEmptyFolder(folder: String) throws {
        let site = try TemporarySite(SampleSite.files)
        let first = try build(site)
        try #require(first.status == 0, "\(first.stderr)")
        let before = treeContents(site.output)
        let locked = site.content.appendingPathComponent(folder).path
        chmod(locked, 0o000)
        defer { chmod(locked, 0o755) }
        let result = try build(site)
        #expect(result.status != 0, "an unreadable \(folder)/ was skipped")
        #expect(result.stderr.contains("\(folder)") && result.stderr.contains("CK001"), "\(result.stderr)")
        #expect(treeContents(site.output) == before)
    }

    /// B18: a sub-folder of the output made read-only (by the webmaster, a backup tool) used to
    /// jam the spare copy for good once it came back from being served: every later build failed.
    @Test func aReadOnlyFolderOfTheOutputNeverJamsLaterBuilds() throws {
        let site = try TemporarySite(SampleSite.files)
        try #require(try build(site).status == 0)
        let folder = site.output.appendingPathComponent("thu-tuc-hanh-chinh").path
        chmod(folder, 0o555)
        chmod(site.output.appendingPathComponent("thong-bao").path, 0o000)
        for (step, name) in ["Một", "Hai", "Ba"].enumerated() {
            try site.write("pages/gioi-thieu.md", "---\ntitle: Giới thiệu \(name)\nmenu: 1\n---\nXem thủ tục.")
            try site.write("data/thu-tuc/1.001193.md", "## Trình tự thực hiện\n\n- Bước \(step): nộp hồ sơ.\n")
            let result = try build(site)
            #expect(result.status == 0, "build \(step + 2): \(result.stderr)")
        }
        let page = try String(contentsOf: site.output.appendingPathComponent("gioi-thieu/index.html"), encoding: .utf8)
        #expect(page.contains("Giới thiệu Ba"))
    }
}
