import Foundation
@testable import CongKhai

/// One fuzzing session: a fixed seed, inputs made by mutating the example site's files in turn,
/// each checked and built. Counts what went wrong; the offending inputs are kept as examples.
struct FuzzRun {
    struct Finding {
        let target: String
        let input: Data
        let problem: String
    }

    var inputs = 0
    var hangs = 0
    var slowest = 0.0
    var findings: [Finding] = []
    var seconds = 0.0

    /// An input that takes longer than this counts as a hang. Generous on purpose: 2 shared cores
    /// under a full test run; every input the limits refuse is refused in milliseconds.
    static let hangSeconds = 20.0

    /// Where the input being run is written first, so a crash leaves it behind for `make fuzz`.
    static let lastInputFolder = Repository.root.appendingPathComponent(".build/fuzz/last-input")

    static func run(seed: UInt64, inputs maximumInputs: Int, seconds maximumSeconds: Double?) throws -> FuzzRun {
        var sites: [String: FuzzSite] = [:]
        var random = SplitMix64(seed: seed)
        var run = FuzzRun()
        let start = Date()
        while run.inputs < maximumInputs {
            if let maximumSeconds, Date().timeIntervalSince(start) > maximumSeconds { break }
            let target = FuzzSite.targets[run.inputs % FuzzSite.targets.count]
            if sites[target] == nil { sites[target] = try FuzzSite(only: [target] + FuzzSite.companions(of: target)) }
            let site = sites[target]!
            let original = site.originals[target]!
            let input = target.hasSuffix(".xlsx")
                ? try WorkbookMutator.mutate(original, using: &random)
                : Data(ByteMutator.mutate(Array(original), using: &random))
            try keepForCrash(target: target, input: input)
            let outcome = try site.run(target, input)
            run.inputs += 1
            run.slowest = max(run.slowest, outcome.seconds)
            if outcome.seconds > hangSeconds {
                run.hangs += 1
                run.findings.append(Finding(target: target, input: input, problem: "took \(outcome.seconds) s"))
            }
            for problem in DiagnosticAudit.problems(outcome.diagnostics) {
                run.findings.append(Finding(target: target, input: input, problem: problem))
            }
            if let buildError = outcome.buildError {
                run.findings.append(Finding(target: target, input: input, problem: "check passed, build failed: \(buildError)"))
            }
        }
        try? FileManager.default.removeItem(at: lastInputFolder)
        run.seconds = Date().timeIntervalSince(start)
        return run
    }

    private static func keepForCrash(target: String, input: Data) throws {
        try? FileManager.default.removeItem(at: lastInputFolder)
        let url = lastInputFolder.appendingPathComponent(target)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try input.write(to: url)
    }

    var summary: String {
        String(format: "fuzz: inputs=%d seconds=%.1f crashes=0 hangs=%d findings=%d slowest_input_s=%.2f",
               inputs, seconds, hangs, findings.count, slowest)
    }
}
