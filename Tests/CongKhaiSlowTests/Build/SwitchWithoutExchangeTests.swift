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

/// On a file system that cannot exchange two folders in one call (NFS, SMB, exFAT, FUSE) the
/// switch takes two renames, and a build killed between them leaves the served site aside in
/// the state folder (issue 26, B14). No file system call can close that gap; what must hold is
/// that the next `congkhai` run puts the whole site back before anything else, even when the
/// content it is given has errors and nothing new can be built.
@Suite(.serialized) struct SwitchWithoutExchangeTests {
    @Test func aBuildKilledBetweenTheTwoRenamesLeavesTheSiteToTheNextRun() throws {
        let versions = try CrashConsistencyTests.Versions()
        guard let shim = CongKhaiProcess.shim(in: versions.root) else {
            print("SwitchWithoutExchangeTests: skipped, no C compiler for the slow-rename shim")
            return
        }
        let first = try versions.start(0, executable: try #require(CongKhaiExecutable.url))
        first.waitUntilExit()
        #expect(versions.served() == 0)

        // The second build's first rename puts the served copy aside; it is killed right there.
        let log = versions.root.appendingPathComponent("aside.log")
        let killed = try CongKhaiProcess.start(
            ["build", "--quiet", "--source", versions.versions[1].content.path, "--output", versions.output.path, "--as-of", "2026-11-21"],
            environment: ["LD_PRELOAD": shim.path, "CONGKHAI_SHIM_LOG": log.path, "CONGKHAI_SHIM_NO_EXCHANGE": "1",
                          "CONGKHAI_SHIM_HOLD_AFTER_SUFFIX": "/previous"])
        #expect(CongKhaiProcess.wait(for: "A", in: log, while: killed), "the build never reached its switch")
        CongKhaiProcess.kill(killed)
        #expect(!FileManager.default.fileExists(atPath: versions.output.path), "the gap the test aims at")

        // Content with an error: nothing new is built, but the site that was served comes back.
        let broken = try TemporarySite(["pages/x.md": "---\ntitle: [\n---\n"])
        let failed = try CongKhaiProcess.run(["build", "--source", broken.content.path, "--output", versions.output.path,
                                              "--as-of", "2026-11-21"])
        #expect(failed.status != 0)
        #expect(versions.served() == 0, "the served site was not put back")

        // And a good build afterwards switches as usual.
        let next = try versions.start(1, executable: try #require(CongKhaiExecutable.url), slow: nil)
        next.waitUntilExit()
        #expect(versions.served() == 1)
    }
}
