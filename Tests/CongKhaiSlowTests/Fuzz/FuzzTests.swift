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

/// The fuzzing harness of issue 13: every loader's real input, mutated with a fixed seed,
/// must never crash, hang, report an error without a line or in English, or pass `check`
/// and then fail `build`. `swift test` runs a short session; `make fuzz` (FUZZ_SECONDS) a
/// long one, printing inputs, time, crashes and hangs.
@Suite(.serialized) struct FuzzTests {
    static var seed: UInt64 { 0x434F_4E47_4B48_4149 }  // "CONGKHAI" in ASCII

    @Test func mutatedContentNeverCrashesHangsOrMisleads() throws {
        let environment = ProcessInfo.processInfo.environment
        let seconds = environment["FUZZ_SECONDS"].flatMap(Double.init)
        let seed = environment["FUZZ_SEED"].flatMap { UInt64($0) } ?? Self.seed
        let inputs = seconds == nil ? (environment["FUZZ_INPUTS"].flatMap { Int($0) } ?? 280) : .max
        let run = try FuzzRun.run(seed: seed, inputs: inputs, seconds: seconds)
        print(run.summary)
        for finding in run.findings.prefix(20) {
            Issue.record("\(finding.target): \(finding.problem)\ninput: \(String(decoding: finding.input.prefix(400), as: UTF8.self).debugDescription)")
        }
        #expect(run.findings.isEmpty)
        #expect(run.inputs > 0)
    }

    /// Each loader's site must check clean unmutated, or mutations would never reach `build`.
    @Test(arguments: FuzzSite.targets)
    func unmutatedSiteOfEveryTargetChecksAndBuilds(target: String) throws {
        let site = try FuzzSite(only: [target] + FuzzSite.companions(of: target))
        let outcome = try site.run(target, site.originals[target]!)
        #expect(!outcome.checkFailed, "\(outcome.diagnostics.filter { $0.severity == .error })")
        #expect(outcome.buildError == nil)
    }

    /// Inputs that once crashed or misled, kept under Fixtures/fuzz/<case>/<content path>.
    @Test func savedInputsStayFixed() throws {
        let folder = Repository.fixtures.appendingPathComponent("fuzz")
        let cases = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") } ?? []
        let site = try FuzzSite()
        for name in cases.sorted() {
            let caseFolder = folder.appendingPathComponent(name)
            guard let enumerator = FileManager.default.enumerator(atPath: caseFolder.path) else { continue }
            while let relative = enumerator.nextObject() as? String {
                var isDirectory: ObjCBool = false
                let url = caseFolder.appendingPathComponent(relative)
                guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
                let outcome = try site.run(relative, try Data(contentsOf: url))
                #expect(outcome.buildError == nil, "\(name): check passed, build failed: \(outcome.buildError ?? "")")
                #expect(DiagnosticAudit.problems(outcome.diagnostics).isEmpty, "\(name): \(DiagnosticAudit.problems(outcome.diagnostics))")
            }
        }
    }
}
