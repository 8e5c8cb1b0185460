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

/// Seeded byte mutations of valid workbooks: whatever the damage, the reader answers with a
/// table or a diagnostic, never a crash or a hang.
@Suite struct WorkbookMutationTests {
    /// SplitMix64: the same mutations on every run and platform.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test(arguments: ["catalog.xlsx", "cell-kinds.xlsx", "online-report.xlsx"])
    func mutatedWorkbooksNeverCrash(name: String) throws {
        let original = [UInt8](try Data(contentsOf: WorkbookFixture.url(name)))
        var random = SeededGenerator(state: 20_251_124)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("congkhai-mutations-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var outcomes = (tables: 0, errors: 0)
        for round in 0..<200 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...8, using: &random) {
                let index = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<4, using: &random) {
                case 0: bytes[index] = UInt8.random(in: 0...255, using: &random)
                case 1: bytes[index] ^= 1 << UInt8.random(in: 0..<8, using: &random)
                case 2: bytes.removeSubrange(index..<min(bytes.count, index + Int.random(in: 1...64, using: &random)))
                default: bytes.insert(contentsOf: (0..<Int.random(in: 1...16, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }, at: index)
                }
                if bytes.isEmpty { bytes = [0] }
            }
            let url = folder.appendingPathComponent("\(round).xlsx")
            try Data(bytes).write(to: url)
            let diagnostics = Diagnostics()
            let table = WorkbookTableReader.read(url, displayPath: "data/thu-tuc.xlsx", options: WorkbookOptions(), vocabulary: .standard, diagnostics: diagnostics)
            if table != nil { outcomes.tables += 1 }
            if diagnostics.hasErrors { outcomes.errors += 1 }
            #expect(table != nil || diagnostics.hasErrors, "round \(round): no table and no error")
            #expect(diagnostics.all.allSatisfy { $0.description.hasPrefix("data/thu-tuc.xlsx") })
        }
        #expect(outcomes.errors > 0)
    }
}
