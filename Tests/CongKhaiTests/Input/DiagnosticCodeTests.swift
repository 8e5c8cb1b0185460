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

@Suite struct DiagnosticCodeTests {
    @Test func codesAreUnique() {
        let codes = (FamilyRegistry.standard.diagnosticCodes + ProvinceRoundDiagnostics.codes).map(\.rawValue)
        #expect(Set(codes).count == codes.count)
    }

    /// The README is where a webmaster looks a code up: it must list every one.
    @Test func readmeListsEveryCode() throws {
        let readme = try String(contentsOf: Repository.root.appendingPathComponent("README.md"), encoding: .utf8)
        for code in FamilyRegistry.standard.diagnosticCodes + ProvinceRoundDiagnostics.codes {
            #expect(readme.contains("| \(code.rawValue) | \(code.summary) |"), "\(code.rawValue) missing from README")
        }
    }

    @Test func diagnosticsAreSortedByPlace() {
        let diagnostics = Diagnostics()
        diagnostics.error(.invalidDate, at: SourceLocation(file: "b.md", line: 2), "x")
        diagnostics.warning(.unknownColumn, at: SourceLocation(file: "a.csv", line: 9), "y")
        diagnostics.error(.invalidSlug, at: SourceLocation(file: "a.csv", line: 3), "z")
        #expect(diagnostics.all.map(\.location.file) == ["a.csv", "a.csv", "b.md"])
        #expect(diagnostics.all.map { $0.location.line ?? 0 } == [3, 9, 2])
        #expect(diagnostics.errors.count == 2 && diagnostics.warnings.count == 1)
    }
}
