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

/// Which files of the output are CongKhai's must survive what happens to a project: a copy
/// (`cp -a`, `rsync -a`, a restore from backup, a move to another disk gives every folder a
/// new inode), the loss of the state folder beside the output, a damaged record (issue 26, B5
/// and B6). The webmaster's own files are never taken for CongKhai's, and CongKhai's old pages
/// are still removed when they go.
@Suite struct OutputOwnershipTests {
    static let files: [String: String] = [
        "pages/a.md": "---\ntitle: A\n---\nMột.\n",
        "pages/b.md": "---\ntitle: B\n---\nHai.\n",
    ]

    private func build(_ site: TemporarySite, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        do {
            _ = try SiteBuilder.build(site.options(), diagnostics: Diagnostics())
        } catch {
            Issue.record("build failed: \(error)", sourceLocation: sourceLocation)
        }
    }

    private func exists(_ site: TemporarySite, _ path: String) -> Bool {
        FileManager.default.fileExists(atPath: site.output.appendingPathComponent(path).path)
    }

    /// A built site with the webmaster's verification file in it.
    private func builtSite() throws -> TemporarySite {
        let site = try TemporarySite(Self.files)
        build(site)
        try Data("xác minh".utf8).write(to: site.output.appendingPathComponent("google1234.html"))
        return site
    }

    /// After each way the project can be moved or lose its state: the build works, keeps the
    /// webmaster's file and still removes the page of a deleted source.
    private func expectOwnershipKept(_ site: TemporarySite, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        build(site, sourceLocation: sourceLocation)
        #expect(exists(site, "a/index.html"), sourceLocation: sourceLocation)
        try FileManager.default.removeItem(at: site.content.appendingPathComponent("pages/b.md"))
        build(site, sourceLocation: sourceLocation)
        build(site, sourceLocation: sourceLocation)
        #expect(!exists(site, "b/index.html"), "the deleted page's file stayed", sourceLocation: sourceLocation)
        #expect(exists(site, "a/index.html"), sourceLocation: sourceLocation)
        #expect(FileManager.default.contents(atPath: site.output.appendingPathComponent("google1234.html").path) == Data("xác minh".utf8),
                "the webmaster's file is gone", sourceLocation: sourceLocation)
    }

    /// B5: `cp -a` of the whole project gives new inodes to both copies of the site.
    @Test func copyingTheProjectKeepsTheOutputCongKhais() throws {
        let original = try builtSite()
        let copy = try TemporarySite([:], config: nil)
        try FileManager.default.createDirectory(at: copy.root, withIntermediateDirectories: true)
        let cp = Process()
        cp.executableURL = URL(fileURLWithPath: "/bin/cp")
        cp.arguments = ["-a", original.root.path + "/.", copy.root.path]
        try cp.run()
        cp.waitUntilExit()
        try #require(cp.terminationStatus == 0)
        try expectOwnershipKept(copy)
    }

    /// B5: the state folder beside the output deleted (or not restored from a backup).
    @Test func deletingTheStateFolderKeepsTheOutputCongKhais() throws {
        let site = try builtSite()
        try FileManager.default.removeItem(at: site.root.appendingPathComponent(".public.congkhai"))
        try expectOwnershipKept(site)
    }

    /// B6: a damaged cache record used to make every visible file count as CongKhai's, so the
    /// webmaster's files were deleted two builds later.
    @Test func aDamagedRecordNeverMakesTheWebmastersFilesCongKhais() throws {
        let site = try builtSite()
        let state = site.root.appendingPathComponent(".public.congkhai")
        for name in try FileManager.default.contentsOfDirectory(atPath: state.path) where name.hasPrefix("manifest-") {
            let url = state.appendingPathComponent(name)
            var bytes = try Data(contentsOf: url)
            bytes[bytes.count / 2] ^= 0x20
            try bytes.write(to: url)
        }
        try expectOwnershipKept(site)
    }

    /// The record inside the output damaged as well: CongKhai no longer knows which files it
    /// wrote, so it keeps them all and sets aside (never deletes) those standing where it writes.
    @Test func aDamagedOwnershipRecordKeepsEveryFile() throws {
        let site = try builtSite()
        let record = site.output.appendingPathComponent(OutputRecord.folderName).appendingPathComponent(OutputRecord.pathsFile)
        try Data("hỏng".utf8).write(to: record)
        let report = try SiteBuilder.build(site.options(), diagnostics: Diagnostics())
        #expect(exists(site, "a/index.html"))
        #expect(FileManager.default.contents(atPath: site.output.appendingPathComponent("google1234.html").path) == Data("xác minh".utf8))
        #expect(report.output.discardedCache != nil)
        #expect(!report.output.setAside.isEmpty)
        for path in report.output.setAside { #expect(FileManager.default.fileExists(atPath: path)) }
        // The next build knows its files again.
        let again = try SiteBuilder.build(site.options(), diagnostics: Diagnostics())
        #expect(again.output.setAside.isEmpty)
    }

    /// An output written before copies carried their own record (a manifest named after the
    /// folder's device and inode, of the previous format) is still CongKhai's, and the first
    /// build gives it its record.
    @Test func anOutputOfTheVersionBeforeTheRecordIsStillCongKhais() throws {
        let site = try builtSite()
        let location = try OutputLocation.resolve(output: site.output)
        let record = site.output.appendingPathComponent(OutputRecord.folderName)
        let copy = try #require(OutputRecord.read(copyAt: site.output.path).copy)
        let manifest = try String(contentsOf: OutputManifest.url(forCopy: copy, in: location), encoding: .utf8)
        let identity = try #require(TreeIdentity(path: location.site.path))
        try Data(manifest.replacingOccurrences(of: "congkhai-manifest \(OutputManifest.formatVersion) ", with: "congkhai-manifest 2 ").utf8)
            .write(to: OutputManifest.legacyURL(for: identity, in: location))
        try FileManager.default.removeItem(at: record)
        for name in try FileManager.default.contentsOfDirectory(atPath: location.state.path) where name == "manifest-a" || name == "manifest-b" {
            try FileManager.default.removeItem(at: location.state.appendingPathComponent(name))
        }
        try expectOwnershipKept(site)
        #expect(OutputRecord.read(copyAt: site.output.path).paths != .absent)
    }
}
