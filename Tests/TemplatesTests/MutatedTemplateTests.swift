import Foundation
import Testing
@testable import Templates

/// The real theme's templates, mutated byte by byte with a fixed seed: the compiler either
/// compiles them or reports errors located inside the file, and what compiles renders; it
/// never crashes or hangs.
@Suite struct MutatedTemplateTests {
    static let themeTemplates = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Themes/default/templates")

    /// SplitMix64, so a failure replays.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
    }

    static let tokens = ["{{", "}}", "{{{", "}}}", "{{#", "{{^", "{{/", "{{>", "{{<", "{{$", "{{!", "{{=<% %>=}}", "{{.}}", "\n", "\r\n", "  ", "é", "."]

    @Test func mutatedThemeTemplatesNeverCrash() throws {
        let files = try FileManager.default.subpathsOfDirectory(atPath: Self.themeTemplates.path)
            .filter { $0.hasSuffix(".mustache") }.sorted()
            .map { TemplateSources.File(name: String($0.dropLast(".mustache".count)),
                                        text: try String(contentsOf: Self.themeTemplates.appendingPathComponent($0), encoding: .utf8),
                                        displayPath: $0) }
        #expect(files.count > 20)
        let data = DynamicValue.map(["site": .map(["title": .string("Xã <An> Phú"), "agency": .map(["name": .string("UBND")])]),
                                     "nav": .list([.map(["title": .string("A"), "url": .string("/a/"), "current": .bool(true)])]),
                                     "key_facts": .list([.map(["label": .string("L"), "value": .string("V")])])])
        var generator = Generator(state: 25)
        var compiled = 0
        var refused = 0
        for round in 0..<1_500 {
            var victim = files[round % files.count]
            var bytes = Array(victim.text.utf8)
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let position = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0..<4, using: &generator) {
                case 0: if !bytes.isEmpty { bytes.remove(at: position) }
                case 1: bytes.insert(contentsOf: Self.tokens.randomElement(using: &generator)!.utf8, at: position)
                case 2: if !bytes.isEmpty { bytes[position] = UInt8.random(in: 0x20...0x7E, using: &generator) }
                default:
                    let end = min(bytes.count, position + Int.random(in: 1...40, using: &generator))
                    bytes.insert(contentsOf: bytes[position..<end], at: min(bytes.count, end))
                }
            }
            victim = TemplateSources.File(name: victim.name, text: String(decoding: bytes, as: UTF8.self), displayPath: victim.displayPath)
            let lineCount = victim.text.split(separator: "\n", omittingEmptySubsequences: false).count
            var sources = TemplateSources(files)
            sources.add(layer: [victim])
            var compiler = TemplateCompiler(sources: sources, options: .init(maximumDepth: 16))
            if let template = compiler.compile(victim.name, for: DynamicValue.self) {
                _ = template.render(data)
                compiled += 1
            } else {
                refused += 1
                for error in compiler.errors {
                    guard let location = error.location, location.file == victim.displayPath else { continue }
                    #expect(location.line >= 1 && location.line <= lineCount + 1 && location.column >= 1, "\(error)")
                }
            }
        }
        print("mutated templates: \(compiled) compiled and rendered, \(refused) refused with located errors")
    }

    @Test func sectionsNestedBeyondTheLimitAreRefused() {
        let text = String(repeating: "{{#a}}", count: 200_000) + String(repeating: "{{/a}}", count: 200_000)
        var compiler = TemplateCompiler(sources: TemplateSources([.init(name: "deep", text: text, displayPath: "deep.mustache")]))
        #expect(compiler.compile("deep", for: DynamicValue.self) == nil)
        #expect(compiler.errors == [TemplateError(.syntax("sections nested more than 100 deep"),
                                                  at: TemplateLocation(file: "deep.mustache", line: 1, column: 601))])
    }
}
