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

/// B15 (issue 26): a build killed while it replaced `da-cong-bo.csv` left Foundation's
/// temporary file (`.dat.nosync…`) in the content folder for good. The record is written
/// beside itself under a name CongKhai knows, and whatever a killed build left there is gone
/// after the next one.
@Suite(.serialized) struct PublishedRecordWriteTests {
    @Test func aBuildKilledWhileWritingTheRecordLeavesNoJunkInTheContent() throws {
        let site = try TemporarySite(SampleSite.files)
        guard let shim = CongKhaiProcess.shim(in: site.root) else {
            print("PublishedRecordWriteTests: skipped, no C compiler for the slow-rename shim")
            return
        }
        let before = Set(try FileManager.default.contentsOfDirectory(atPath: site.content.path))
        let log = site.root.appendingPathComponent("hold.log")
        let arguments = ["build", "--quiet", "--source", site.content.path, "--output", site.output.path, "--as-of", "2026-11-21"]
        let killed = try CongKhaiProcess.start(arguments, environment: [
            "LD_PRELOAD": shim.path, "CONGKHAI_SHIM_LOG": log.path, "CONGKHAI_SHIM_HOLD_SUFFIX": PublishedCodes.fileName])
        #expect(CongKhaiProcess.wait(for: "H", in: log, while: killed), "the record was never replaced")
        CongKhaiProcess.kill(killed)

        let next = try CongKhaiProcess.run(arguments)
        #expect(next.status == 0, "\(next.stderr)")
        let after = Set(try FileManager.default.contentsOfDirectory(atPath: site.content.path))
        #expect(after == before.union([PublishedCodes.fileName]), "left in the content folder: \(after.subtracting(before))")
        let record = try String(contentsOf: site.content.appendingPathComponent(PublishedCodes.fileName), encoding: .utf8)
        #expect(record.contains("1.001193"))
    }
}
