import Foundation
@testable import CongKhai
@testable import CongKhaiCore
@testable import CongKhaiEncoding
@testable import CongKhaiFamilies
@testable import CongKhaiInput
@testable import CongKhaiMarkdown
@testable import CongKhaiSite
import CongKhaiTestSupport

/// One fuzzing session: a fixed seed, inputs made from the example site's files in turn, each
/// checked and built. Counts what went wrong; the offending inputs are kept as examples.
///
/// Inputs come from three generators, in turn: byte mutations of each loader's file (two inputs
/// in four), control characters and directional marks pasted into it (one in four; the built
/// site is then read for them), and catalog workbooks of wide merged header rows (one in four;
/// the header search's work is then counted), the last two added after issue 26 (B9, B12).
struct FuzzRun {
    enum Generator: String, CaseIterable {
        case mutation, controlCharacters = "control", mergedHeaders = "merges"

        init(input: Int) {
            self = switch input % 4 {
            case 1: .controlCharacters
            case 3: .mergedHeaders
            default: .mutation
            }
        }
    }

    struct Finding {
        let target: String
        let input: Data
        let problem: String
    }

    var inputs = 0
    var byGenerator: [Generator: Int] = [:]
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
            let generator = Generator(input: run.inputs)
            let target = generator == .mergedHeaders ? "data/thu-tuc.xlsx"
                : FuzzSite.targets[(run.inputs / 2) % FuzzSite.targets.count]
            if sites[target] == nil { sites[target] = try FuzzSite(only: [target] + FuzzSite.companions(of: target)) }
            let site = sites[target]!
            let original = site.originals[target]!
            let input: Data
            switch generator {
            case .mutation:
                input = target.hasSuffix(".xlsx")
                    ? try WorkbookMutator.mutate(original, using: &random)
                    : Data(ByteMutator.mutate(Array(original), using: &random))
            case .controlCharacters:
                input = try ControlCharacterSplicer.splice(original, workbook: target.hasSuffix(".xlsx"), using: &random)
            case .mergedHeaders:
                let made = try MergedHeaderWorkbook.make(using: &random)
                input = made.data
                if let problem = try MergedHeaderWorkbook.probeProblem(made.data, merges: made.merges, columns: made.columns) {
                    run.findings.append(Finding(target: target, input: input, problem: problem))
                }
            }
            try keepForCrash(target: target, input: input)
            let outcome = try site.run(target, input, auditingOutput: generator == .controlCharacters)
            run.inputs += 1
            run.byGenerator[generator, default: 0] += 1
            for problem in outcome.outputProblems {
                run.findings.append(Finding(target: target, input: input, problem: problem))
            }
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
        let generators = Generator.allCases.map { "\($0.rawValue)=\(byGenerator[$0, default: 0])" }.joined(separator: " ")
        return String(format: "fuzz: inputs=%d (%@) seconds=%.1f crashes=0 hangs=%d findings=%d slowest_input_s=%.2f",
                      inputs, generators as NSString, seconds, hangs, findings.count, slowest)
    }
}
