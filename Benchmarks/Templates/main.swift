import Foundation
import Mustache
import Templates
import TemplatesProof

// bench-templates --content DIR --as-of DATE [--rounds N] [--written DIR] [--profile-compiled N]
//
// Issue 25, stage A: the procedure detail pages of a site through TemplateEncoder + swift-mustache
// (today's build) and through the compiled engine over typed views, from the same views.
//   1. identity: both against today's build in memory (SiteBuilder.render), and the compiled
//      pages against the files `congkhai build` wrote into --written;
//   2. compile time: every template file parsed, `procedure` compiled for its typed page, every
//      other layout compiled for dynamic values (all names bound), against swift-mustache parsing
//      the same files; medians of 7;
//   3. render time per page, paired: each page rendered by both engines one after the other,
//      the order alternating, --rounds times; medians of the per-page times.
// --profile-compiled N renders every page N times with the compiled engine alone and stops (for
// `perf record`). Build it with -enable-testing (it reads CongKhai's internal views):
// Benchmarks/templates.sh.

struct Arguments {
    var content = URL(fileURLWithPath: "Content")
    var asOf = "2026-11-21"
    var rounds = 3
    var written: URL?
    var profileRounds: Int?

    init() {
        var arguments = CommandLine.arguments.dropFirst().makeIterator()
        while let argument = arguments.next() {
            guard let value = arguments.next() else { fatalError("\(argument) needs a value") }
            switch argument {
            case "--content": content = URL(fileURLWithPath: value)
            case "--as-of": asOf = value
            case "--rounds": rounds = Int(value) ?? 3
            case "--written": written = URL(fileURLWithPath: value)
            case "--profile-compiled": profileRounds = Int(value)
            default: fatalError("unknown option \(argument)")
            }
        }
    }
}

func nanoseconds() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return .nan }
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func format(_ value: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", value) }

let arguments = Arguments()
let loadStart = nanoseconds()
let proof: ProcedurePageProof
do {
    proof = try ProcedurePageProof(content: arguments.content, asOf: arguments.asOf)
} catch {
    print("bench-templates: \(error)")
    exit(1)
}
print("templates: content=\(arguments.content.path) pages=\(proof.pageCount) as_of=\(arguments.asOf) load_s=\(format(Double(nanoseconds() - loadStart) / 1e9, 2))")

let errors = proof.compile()
guard errors.isEmpty else {
    print("bench-templates: procedure does not compile:\n" + errors.map { "  \($0)" }.joined(separator: "\n"))
    exit(1)
}

if let rounds = arguments.profileRounds {
    let start = nanoseconds()
    var bytes = 0
    for _ in 0..<rounds {
        for index in 0..<proof.pageCount {
            var output: [UInt8] = []
            output.reserveCapacity(32 * 1024)
            proof.renderCompiledFromParts(index, into: &output)
            bytes &+= output.count
        }
    }
    print("templates profile: \(rounds * proof.pageCount) compiled renders, \(format(Double(nanoseconds() - start) / 1e3 / Double(rounds * proof.pageCount), 2)) µs/page, \(bytes) bytes")
    exit(0)
}

// MARK: 1. Identity

let reference = proof.referenceOutputs()
var compiledIdentical = 0
var legacyIdentical = 0
var writtenIdentical = 0
var firstDifference: String?
for index in 0..<proof.pageCount {
    let path = proof.path(index)
    let compiled = proof.renderCompiled(index)
    if compiled == reference[path] { compiledIdentical += 1 } else if firstDifference == nil { firstDifference = path }
    if Array(proof.renderLegacy(index).utf8) == reference[path] { legacyIdentical += 1 }
    if let written = arguments.written,
       let data = FileManager.default.contents(atPath: written.appendingPathComponent(path).path), Array(data) == compiled {
        writtenIdentical += 1
    }
}
let writtenReport = arguments.written == nil ? "not given" : "\(writtenIdentical)/\(proof.pageCount)"
print("templates identity: compiled=\(compiledIdentical)/\(proof.pageCount) swift_mustache=\(legacyIdentical)/\(proof.pageCount) (against SiteBuilder.render); compiled against the files congkhai build wrote: \(writtenReport)"
      + (firstDifference.map { "; first difference: \($0)" } ?? ""))

// MARK: 2. Compile time

var parseTimes: [Double] = []
var wholeThemeTimes: [Double] = []
var swiftMustacheTimes: [Double] = []
var layouts = 0
let files = proof.sources.names.compactMap(proof.sources.file(named:))
for _ in 0..<7 {
    var start = nanoseconds()
    var parser = TemplateCompiler(sources: proof.sources, keySets: proof.keySets)
    parser.checkSyntax()
    parseTimes.append(Double(nanoseconds() - start) / 1e6)

    start = nanoseconds()
    let whole = proof.compileWholeTheme()
    wholeThemeTimes.append(Double(nanoseconds() - start) / 1e6)
    precondition(whole.errors.isEmpty, "the theme does not compile: \(whole.errors)")
    layouts = whole.layouts

    start = nanoseconds()
    var library = MustacheLibrary()
    for file in files { if let template = try? MustacheTemplate(string: file.text) { library.register(template, named: file.name) } }
    swiftMustacheTimes.append(Double(nanoseconds() - start) / 1e6)
}
print("templates compile (median of 7): parse \(files.count) files \(format(median(parseTimes), 2)) ms; parse + bind procedure (typed) + \(layouts - 1) other layouts (dynamic) \(format(median(wholeThemeTimes), 2)) ms; swift-mustache parsing the same files \(format(median(swiftMustacheTimes), 2)) ms")

// MARK: 3. Render time, paired

var legacyTimes: [Double] = []
var compiledTimes: [Double] = []
var ratios: [Double] = []
legacyTimes.reserveCapacity(proof.pageCount * arguments.rounds)
compiledTimes.reserveCapacity(proof.pageCount * arguments.rounds)
var sink = 0
for round in 0..<arguments.rounds {
    for index in 0..<proof.pageCount {
        var legacy = 0.0
        var compiled = 0.0
        for turn in 0..<2 {
            if (turn + index + round) % 2 == 0 {
                let start = nanoseconds()
                let page = proof.renderLegacy(index)
                legacy = Double(nanoseconds() - start) / 1e3
                sink &+= page.utf8.count
            } else {
                let start = nanoseconds()
                var output: [UInt8] = []
                output.reserveCapacity(32 * 1024)
                proof.renderCompiledFromParts(index, into: &output)
                compiled = Double(nanoseconds() - start) / 1e3
                sink &+= output.count
            }
        }
        legacyTimes.append(legacy)
        compiledTimes.append(compiled)
        ratios.append(legacy / compiled)
    }
}
let legacyMedian = median(legacyTimes)
let compiledMedian = median(compiledTimes)
print("templates render (µs/page, medians of \(legacyTimes.count) paired renders): TemplateEncoder + swift-mustache \(format(legacyMedian)), compiled \(format(compiledMedian, 2)); per-page ratio median \(format(median(ratios)))× (bytes \(sink / max(1, arguments.rounds)))")
print("bench-templates pages=\(proof.pageCount) identical=\(compiledIdentical) written_identical=\(arguments.written == nil ? "-" : String(writtenIdentical)) legacy_us=\(format(legacyMedian)) compiled_us=\(format(compiledMedian, 2)) speedup=\(format(median(ratios))) parse_ms=\(format(median(parseTimes), 2)) compile_theme_ms=\(format(median(wholeThemeTimes), 2)) swift_mustache_parse_ms=\(format(median(swiftMustacheTimes), 2))")
exit(compiledIdentical == proof.pageCount && (arguments.written == nil || writtenIdentical == proof.pageCount) ? 0 : 1)
