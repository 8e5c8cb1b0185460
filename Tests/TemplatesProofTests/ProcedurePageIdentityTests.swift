import Foundation
import Testing
import Templates
import TemplatesProof

/// The example site's procedure pages through the compiled engine, from the views today's
/// build makes, against what today's build writes: byte for byte.
@Suite struct ProcedurePageIdentityTests {
    static let content = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Content")

    @Test func theExampleSitesProcedurePagesAreByteIdentical() throws {
        let proof = try ProcedurePageProof(content: Self.content, asOf: "2026-11-21")
        try #require(proof.compile() == [])
        let reference = proof.referenceOutputs()
        #expect(proof.pageCount > 10 && reference.count == proof.pageCount)
        var identical = 0
        for index in 0..<proof.pageCount {
            let path = proof.path(index)
            let compiled = proof.renderCompiled(index)
            #expect(Array(proof.renderLegacy(index).utf8) == reference[path], "swift-mustache itself differs from the build at \(path)")
            if compiled == reference[path] {
                identical += 1
            } else {
                Issue.record("\(path) differs: \(FirstDifference(compiled, reference[path] ?? []))")
            }
        }
        print("procedure pages byte-identical: \(identical)/\(proof.pageCount)")
    }

    /// Every file of the theme parses, and every layout binds (the procedure page's to its
    /// typed views, the others to dynamic values until their families have typed views).
    @Test func theWholeThemeCompiles() throws {
        let proof = try ProcedurePageProof(content: Self.content, asOf: "2026-11-21")
        let (errors, layouts) = proof.compileWholeTheme()
        #expect(errors == [])
        #expect(layouts >= 20)
    }

    /// With the specification's whitespace (no swift-mustache compatibility), a page differs
    /// only where a standalone partial rendered nothing: the spaces it stood after are gone, and
    /// that line is empty.
    @Test func theSpecificationsWhitespaceDiffersOnlyByTheEmptyPartialsLine() throws {
        let proof = try ProcedurePageProof(content: Self.content, asOf: "2026-11-21")
        try #require(proof.compile(options: .init()) == [])
        let reference = proof.referenceOutputs()
        var differing = 0
        for index in 0..<proof.pageCount {
            let compiled = String(decoding: proof.renderCompiled(index), as: UTF8.self)
            let today = String(decoding: reference[proof.path(index)] ?? [], as: UTF8.self)
            guard compiled != today else { continue }
            differing += 1
            // One line of spaces is empty instead, nothing else.
            let todays = today.split(separator: "\n", omittingEmptySubsequences: false)
            let compileds = compiled.split(separator: "\n", omittingEmptySubsequences: false)
            let differences = zip(todays, compileds).filter { $0 != $1 }
            #expect(todays.count == compileds.count && differences.count == 1, "\(proof.path(index)) differs on more than one line")
            #expect(differences.allSatisfy { $0.0.allSatisfy { $0 == " " } && !$0.0.isEmpty && $0.1.isEmpty },
                    "\(proof.path(index)): \(differences)")
        }
        print("procedure pages with the specification's whitespace: \(differing)/\(proof.pageCount) differ by the empty partial's spaces")
    }
}

/// Where two outputs part, with some context, for a failure message.
struct FirstDifference: CustomStringConvertible {
    let description: String

    init(_ first: [UInt8], _ second: [UInt8]) {
        let index = (0..<min(first.count, second.count)).first { first[$0] != second[$0] } ?? min(first.count, second.count)
        let from = max(0, index - 80)
        func excerpt(_ bytes: [UInt8]) -> String {
            String(decoding: bytes[from..<min(bytes.count, index + 80)], as: UTF8.self).debugDescription
        }
        description = "at byte \(index) (lengths \(first.count), \(second.count)):\n  compiled: \(excerpt(first))\n  today:    \(excerpt(second))"
    }
}
