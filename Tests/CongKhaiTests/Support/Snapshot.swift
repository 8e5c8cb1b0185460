import Foundation
import Testing
import CongKhaiTestSupport

/// Golden-file assertions in the style of swift-argument-parser's tests: no dependency, files
/// under `Snapshots/`, re-recorded with `CONGKHAI_RECORD_SNAPSHOTS=1 swift test`. A test that
/// writes a snapshot fails saying so; the next run, without the variable, checks against it.
enum Snapshot {
    static var recording: Bool { ProcessInfo.processInfo.environment["CONGKHAI_RECORD_SNAPSHOTS"] == "1" }

    static func assert(_ actual: String, named name: String, in folder: URL = Repository.snapshots, recording: Bool = recording,
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if recording {
            let previous = FileManager.default.contents(atPath: url.path)
            guard previous != Data(actual.utf8) else { return }
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            // Recording is not passing: the run that wrote a snapshot fails, so that no run
            // with the variable left set can turn a regression into the new reference.
            Issue.record("Snapshot \(name) \(previous == nil ? "recorded" : "re-recorded"): review its diff, then run again without CONGKHAI_RECORD_SNAPSHOTS.",
                         sourceLocation: sourceLocation)
            return
        }
        guard let expected = FileManager.default.contents(atPath: url.path) else {
            Issue.record("No snapshot \(name); run with CONGKHAI_RECORD_SNAPSHOTS=1 to record it.", sourceLocation: sourceLocation)
            return
        }
        let expectedText = String(decoding: expected, as: UTF8.self)
        if expectedText != actual {
            let expectedLines = expectedText.split(separator: "\n", omittingEmptySubsequences: false)
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let firstDifference = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }
            let line = firstDifference?.offset ?? min(expectedLines.count, actualLines.count)
            Issue.record("""
            Snapshot \(name) differs at line \(line + 1):
              expected: \(line < expectedLines.count ? String(expectedLines[line]) : "<end>")
              actual:   \(line < actualLines.count ? String(actualLines[line]) : "<end>")
            Re-record with CONGKHAI_RECORD_SNAPSHOTS=1 if the change is intended.
            """, sourceLocation: sourceLocation)
        }
    }
}
