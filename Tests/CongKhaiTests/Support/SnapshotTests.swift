import Foundation
import Testing
import CongKhaiTestSupport

/// Recording a snapshot is never a pass: the run that writes one fails and says so.
@Suite struct SnapshotTests {
    @Test func recordingFailsTheTestThatRecordedThenTheSnapshotChecks() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("snapshots-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        withKnownIssue("the run that records fails") {
            try Snapshot.assert("một\n", named: "a.txt", in: folder, recording: true)
        }
        #expect(FileManager.default.contents(atPath: folder.appendingPathComponent("a.txt").path) == Data("một\n".utf8))
        // Recording what is there already changes nothing and passes.
        try Snapshot.assert("một\n", named: "a.txt", in: folder, recording: true)
        try Snapshot.assert("một\n", named: "a.txt", in: folder, recording: false)
        withKnownIssue("a difference fails") {
            try Snapshot.assert("hai\n", named: "a.txt", in: folder, recording: false)
        }
    }
}
