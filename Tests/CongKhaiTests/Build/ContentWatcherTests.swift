import Foundation
import Testing
@testable import CongKhai

@Suite struct ContentWatcherTests {
    @Test func reportsAddedChangedAndRemovedFilesButNotTheOutput() throws {
        let site = try TemporarySite(["pages/a.md": "a", "pages/b.md": "b"])
        let output = site.content.appendingPathComponent("public")  // an output inside the content folder
        let watcher = ContentWatcher(folders: [site.content], ignoring: output)
        let before = watcher.snapshot()
        #expect(ContentWatcher.changes(from: before, to: watcher.snapshot()).isEmpty)

        try site.write("pages/a.md", "a, sửa")
        try site.write("pages/c.md", "c")
        try FileManager.default.removeItem(at: site.content.appendingPathComponent("pages/b.md"))
        try site.write("public/index.html", "built")
        try site.write(".hidden", "x")
        let changed = ContentWatcher.changes(from: before, to: watcher.snapshot())
        #expect(changed == ["a.md", "b.md", "c.md"].map { site.content.appendingPathComponent("pages/\($0)").path })
    }
}
