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

/// The README lists every warning `congkhai check` gives on the example, each on purpose. A new
/// warning (or one gone) changes the list, so the list is checked against the example's check.
@Suite struct ExampleWarningsTests {
    @Test func theReadmeListsEveryWarningOfTheExample() throws {
        let readme = try String(contentsOf: Repository.root.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "### What `congkhai check` says of the example, on purpose"))
        let end = try #require(readme.range(of: "### Limits", range: start.upperBound..<readme.endIndex))
        var listed: [String: Int] = [:]
        for line in readme[start.upperBound..<end.lowerBound].split(separator: "\n") where line.hasPrefix("| CK") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            listed[cells[0]] = Int(cells[1])
        }
        let (loaded, diagnostics) = ExampleSite.load()
        #expect(loaded != nil && !diagnostics.hasErrors, "\(diagnostics.errors)")
        var found: [String: Int] = [:]
        for warning in diagnostics.warnings { found[warning.code.rawValue, default: 0] += 1 }
        #expect(found == listed, "check gives \(found.sorted { $0.key < $1.key }), the README lists \(listed.sorted { $0.key < $1.key })")
        #expect(readme[start.upperBound..<end.lowerBound].contains("and \(diagnostics.warnings.count) warnings"))
    }
}
