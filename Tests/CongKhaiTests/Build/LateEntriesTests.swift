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

/// The writer's view of the output is the files as they are at the switch, not as they were
/// when it first scanned them (issue 26, B2, B10, B17, B27): a file the webmaster drops,
/// replaces or deletes in the served folder while a build runs ends up as they left it.
///
/// The webmaster's action happens inside a render job, which runs after the writer scanned
/// the served copy and before it switched, so each case is exact rather than a race.
@Suite struct LateEntriesTests {
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("congkhai-late-\(UUID().uuidString)/public")

    private func remove() { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }

    /// Writes `files`; `during` runs once while the new copy is being prepared.
    @discardableResult
    private func write(_ files: [String: String], during: (@Sendable () -> Void)? = nil) throws -> OutputWriter.Summary {
        let location = try OutputLocation.resolve(output: output)
        let hooked = files.keys.min()!
        let jobs = files.keys.sorted().map { path in
            RenderJob(path: path) {
                if path == hooked { during?() }
                return Data(files[path]!.utf8)
            }
        }
        return try OutputWriter.write(jobs, keys: jobs.map { FNV1a.hash(Data(files[$0.path]!.utf8)) }, to: location)
    }

    private func file(_ path: String) -> String? {
        FileManager.default.contents(atPath: output.appendingPathComponent(path).path).map { String(decoding: $0, as: UTF8.self) }
    }

    private func put(_ path: String, _ text: String) {
        let url = output.appendingPathComponent(path)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(text.utf8).write(to: url)
    }

    /// B2: a file dropped into the output after the scan used to land in the copy that becomes
    /// the spare one, and the next build deleted it for good.
    @Test func aFileDroppedDuringABuildIsServedAndSurvivesLaterBuilds() throws {
        defer { remove() }
        try write(["index.html": "v1", "thong-bao/index.html": "tb1"])
        let output = output
        try write(["index.html": "v2", "thong-bao/index.html": "tb2"]) {
            try? Data("kết quả".utf8).write(to: output.appendingPathComponent("ket-qua.pdf"))
            try? Data("ảnh".utf8).write(to: output.appendingPathComponent("thong-bao/anh.jpg"))
        }
        #expect(file("ket-qua.pdf") == "kết quả")
        #expect(file("thong-bao/anh.jpg") == "ảnh")
        try write(["index.html": "v3", "thong-bao/index.html": "tb3"])
        try write(["index.html": "v4", "thong-bao/index.html": "tb4"])
        #expect(file("ket-qua.pdf") == "kết quả")
        #expect(file("thong-bao/anh.jpg") == "ảnh")
        #expect(file("index.html") == "v4")
    }

    /// A file whose path was resolved just before the exchange and written just after lands in
    /// the copy that has just stopped being served, after the writer looked at it: the next
    /// build finds it there before cleaning that copy, and serves it.
    @Test func aFileLandingInTheOldCopyAfterTheSwitchIsServedByTheNextBuild() throws {
        defer { remove() }
        try write(["index.html": "v1", "thong-bao/index.html": "tb1"])
        try write(["index.html": "v2", "thong-bao/index.html": "tb2"])
        let spare = try OutputLocation.resolve(output: output).spare
        try Data("muộn".utf8).write(to: spare.appendingPathComponent("thong-bao/muon.pdf"))
        try Data("cũ".utf8).write(to: spare.appendingPathComponent("index.html.bak"))
        try write(["index.html": "v3", "thong-bao/index.html": "tb3"])
        #expect(file("thong-bao/muon.pdf") == "muộn")
        #expect(file("index.html.bak") == "cũ")
        try write(["index.html": "v4", "thong-bao/index.html": "tb4"])
        #expect(file("thong-bao/muon.pdf") == "muộn")
    }

    /// What a build killed half-way wrote into the spare copy (found by the attack run: its
    /// pages were taken for the webmaster's late files and blocked the next build) is never
    /// recovered: a build removes the copy's manifest before writing into it.
    @Test func aKilledBuildsHalfWrittenSpareIsNotTakenForTheWebmasters() throws {
        defer { remove() }
        try write(["index.html": "v1"])
        try write(["index.html": "v2"])
        let location = try OutputLocation.resolve(output: output)
        let copy = try #require(OutputRecord.read(copyAt: location.spare.path).copy)
        unlink(OutputManifest.url(forCopy: copy, in: location).path)
        try FileManager.default.createDirectory(at: location.spare.appendingPathComponent("moi"), withIntermediateDirectories: true)
        try Data("trang mới".utf8).write(to: location.spare.appendingPathComponent("moi/index.html"))
        let summary = try write(["index.html": "v3", "moi/index.html": "trang mới"])
        #expect(summary.setAside.isEmpty)
        #expect(file("moi/index.html") == "trang mới")
    }

    /// A carried file the webmaster replaces (an editor saves to a new file and renames it over
    /// the old) while the build runs is served in its new form, not the one scanned.
    @Test func aCarriedFileReplacedDuringABuildIsServedAsReplaced() throws {
        defer { remove() }
        try write(["index.html": "v1"])
        put("google1234.html", "cũ")
        let output = output
        try write(["index.html": "v2"]) {
            let fresh = output.appendingPathComponent(".google1234.html.tmp")
            try? Data("mới".utf8).write(to: fresh)
            rename(fresh.path, output.appendingPathComponent("google1234.html").path)
        }
        #expect(file("google1234.html") == "mới")
        try write(["index.html": "v3"])
        #expect(file("google1234.html") == "mới")
    }

    /// A carried file deleted while the build runs stays deleted.
    @Test func aCarriedFileDeletedDuringABuildStaysDeleted() throws {
        defer { remove() }
        try write(["index.html": "v1"])
        put("cu.pdf", "cũ")
        let output = output
        try write(["index.html": "v2"]) { unlink(output.appendingPathComponent("cu.pdf").path) }
        #expect(file("cu.pdf") == nil)
    }

    /// B27: a foreign file that vanishes between the scan and the carry (git's lock files in a
    /// `.git` folder inside the output) no longer fails the build.
    @Test func aForeignFileThatVanishesDuringABuildDoesNotFailIt() throws {
        defer { remove() }
        try write(["index.html": "v1"])
        put(".git/gc.log.lock", "")
        put(".git/HEAD", "ref: refs/heads/main")
        let output = output
        try write(["index.html": "v2"]) { unlink(output.appendingPathComponent(".git/gc.log.lock").path) }
        #expect(file("index.html") == "v2")
        #expect(file(".git/HEAD") == "ref: refs/heads/main")
        #expect(file(".git/gc.log.lock") == nil)
    }

    /// A file dropped exactly where the new site writes a page cannot be served there: it is set
    /// aside beside the output and the summary says where, never deleted.
    @Test func aFileDroppedWhereTheNewSiteWritesIsSetAsideNotDeleted() throws {
        defer { remove() }
        try write(["index.html": "v1"])
        let output = output
        let summary = try write(["index.html": "v2", "moi/index.html": "trang mới"]) {
            try? FileManager.default.createDirectory(at: output.appendingPathComponent("moi"), withIntermediateDirectories: true)
            try? Data("của tôi".utf8).write(to: output.appendingPathComponent("moi/index.html"))
        }
        #expect(file("moi/index.html") == "trang mới")
        let kept = try #require(summary.setAside.first)
        #expect(FileManager.default.contents(atPath: kept) == Data("của tôi".utf8))
        #expect(!kept.hasPrefix(output.path + "/"))
    }

    /// B10: when a notice goes, a file the webmaster put in its folder stays (in a folder
    /// CongKhai now makes for it) instead of blocking every build with a misleading message.
    @Test func removingAPageWhoseFolderHoldsAWebmasterFileKeepsTheFile() throws {
        defer { remove() }
        try write(["index.html": "v1", "thong-bao/a/index.html": "a", "thong-bao/index.html": "ds"])
        put("thong-bao/a/anh.jpg", "ảnh")
        try write(["index.html": "v2", "thong-bao/index.html": "ds2"])
        #expect(file("thong-bao/a/anh.jpg") == "ảnh")
        #expect(file("thong-bao/a/index.html") == nil)
        try write(["index.html": "v3", "thong-bao/index.html": "ds3"])
        #expect(file("thong-bao/a/anh.jpg") == "ảnh")
    }

    /// B17: a carried folder keeps its mode (a private `.ssh`-like folder stays 0700), also
    /// one that is read-only, whose files are carried all the same.
    @Test func carriedFoldersKeepTheirModes() throws {
        defer { remove() }
        try write(["index.html": "v1"])
        put(".rieng/khoa.txt", "bí mật")
        put("chi-doc/tep.txt", "chỉ đọc")
        chmod(output.appendingPathComponent(".rieng").path, 0o700)
        chmod(output.appendingPathComponent("chi-doc").path, 0o555)
        defer { chmod(output.appendingPathComponent("chi-doc").path, 0o755) }
        try write(["index.html": "v2"])
        try write(["index.html": "v3"])
        #expect(mode(".rieng") == 0o700)
        #expect(mode("chi-doc") == 0o555)
        #expect(file("chi-doc/tep.txt") == "chỉ đọc")
        #expect(file(".rieng/khoa.txt") == "bí mật")
    }

    private func mode(_ path: String) -> mode_t {
        var status = stat()
        lstat(output.appendingPathComponent(path).path, &status)
        return status.st_mode & 0o7777
    }

    /// Found by the attack run: a file the webmaster deletes or replaces in the served folder in
    /// the instant after the switch (before the old copy is looked at) must not come back from
    /// the old copy. Only what changed in the old copy since the scan is applied, never over a
    /// later change in the served copy.
    @Test func changesInTheServedCopyAfterTheSwitchAreNotUndone() throws {
        defer { remove() }
        let root = output.deletingLastPathComponent()
        let old = root.appendingPathComponent("old").path, current = root.appendingPathComponent("current").path
        try FileManager.default.createDirectory(atPath: old, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: current, withIntermediateDirectories: true)
        var carried: [String: UInt64] = [:]
        for name in ["xoa.pdf", "doi.pdf", "cu-doi.pdf", "giu.pdf"] {
            try Data("cũ \(name)".utf8).write(to: URL(fileURLWithPath: old + "/" + name))
            link(old + "/" + name, current + "/" + name)
            carried[name] = try #require(FileStatus(entryAt: old + "/" + name)).inode
        }
        let scanned = TreeScan(root: old)
        // In the served copy, after the switch: one deleted, one replaced.
        unlink(current + "/xoa.pdf")
        try Data("mới doi.pdf".utf8).write(to: URL(fileURLWithPath: current + "/doi.pdf.tmp"))
        rename(current + "/doi.pdf.tmp", current + "/doi.pdf")
        // In the old copy, before the look: one replaced, one new.
        try Data("mới cu-doi.pdf".utf8).write(to: URL(fileURLWithPath: old + "/cu-doi.pdf.tmp"))
        rename(old + "/cu-doi.pdf.tmp", old + "/cu-doi.pdf")
        try Data("thả".utf8).write(to: URL(fileURLWithPath: old + "/tha.pdf"))
        let plan = CarryPlan(ownership: Ownership(written: [], folders: [""]), carried: Array(carried.keys), inTheWay: [])
        let location = try OutputLocation.resolve(output: output)
        LateEntries.apply(old: old, current: current, scanned: scanned, since: 0, plan: plan, carried: carried,
                          written: OutputManifest(), setAside: SetAside(location))
        func text(_ name: String) -> String? { FileManager.default.contents(atPath: current + "/" + name).map { String(decoding: $0, as: UTF8.self) } }
        #expect(text("xoa.pdf") == nil, "a file deleted from the served copy came back")
        #expect(text("doi.pdf") == "mới doi.pdf", "a replacement in the served copy was undone")
        #expect(text("cu-doi.pdf") == "mới cu-doi.pdf")
        #expect(text("tha.pdf") == "thả")
        #expect(text("giu.pdf") == "cũ giu.pdf")
    }
}
