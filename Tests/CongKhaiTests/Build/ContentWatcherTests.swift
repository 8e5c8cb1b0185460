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

/// The watcher as `serve` uses it: settled lists of changed files, as they happen.
@Suite struct ContentWatcherStreamTests {
    /// Collects what a stream yields, for checks with a deadline.
    final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var lists: [[String]] = []
        private var task: Task<Void, Never>?

        init(_ stream: AsyncStream<[String]>) {
            task = Task { for await list in stream { self.append(list) } }
        }

        deinit { task?.cancel() }

        private func append(_ list: [String]) {
            lock.lock()
            lists.append(list)
            lock.unlock()
        }

        var all: [String] {
            lock.lock()
            defer { lock.unlock() }
            return lists.flatMap { $0 }
        }

        /// Waits (generously: the machine may be busy) until `path` has been reported. In a full
        /// `swift test` on 2 cores, synchronous suites can hold every thread of the pool for over
        /// ten seconds at the start, so the watcher's task may not have run once by then.
        func waitFor(_ path: String, within limit: Duration = .seconds(60)) async -> Bool {
            let deadline = ContinuousClock.now + limit
            while ContinuousClock.now < deadline {
                if all.contains(path) { return true }
                try? await Task.sleep(for: .milliseconds(10))
            }
            return false
        }
    }

    #if os(Linux)
    /// With the periodic look an hour away, only inotify can report these: an edit, a file
    /// in a folder created after watching began, a later file in that folder, and an edit
    /// in a second watched root (the themes).
    @Test func inotifyReportsEditsAndFilesInNewFoldersWithoutPolling() async throws {
        let site = try TemporarySite(["pages/a.md": "a", "../Themes/default/templates/base.mustache": "x"])
        let themes = site.root.appendingPathComponent("Themes")
        let watcher = ContentWatcher(folders: [site.content, themes], ignoring: site.content.appendingPathComponent("public"))
        let collected = Collected(watcher.changes(poll: .seconds(3600)))
        func path(_ relative: String) -> String { site.content.appendingPathComponent(relative).path }

        try site.write("pages/a.md", "a, sửa")
        #expect(await collected.waitFor(path("pages/a.md")))
        try site.write("notices/2026/11/moi.md", "mới")
        #expect(await collected.waitFor(path("notices/2026/11/moi.md")))
        try await Task.sleep(for: .milliseconds(100))
        try site.write("notices/2026/11/sau.md", "sau")
        #expect(await collected.waitFor(path("notices/2026/11/sau.md")), "the new folder is watched")
        try Data("y".utf8).write(to: themes.appendingPathComponent("default/templates/base.mustache"))
        #expect(await collected.waitFor(themes.appendingPathComponent("default/templates/base.mustache").path))
        try site.write("public/index.html", "built")
        try site.write("pages/b.md", "b")
        #expect(await collected.waitFor(path("pages/b.md")))
        #expect(!collected.all.contains(path("public/index.html")), "the output is not content")
    }
    #endif

    /// Where there is no inotify, the periodic snapshot finds the same changes.
    @Test func pollingAloneReportsChanges() async throws {
        let site = try TemporarySite(["pages/a.md": "a"])
        let watcher = ContentWatcher(folders: [site.content], ignoring: site.output)
        let collected = Collected(watcher.changes(poll: .milliseconds(50), hearEvents: false))
        try site.write("pages/a.md", "a, sửa")
        try site.write("pages/moi/b.md", "b")
        #expect(await collected.waitFor(site.content.appendingPathComponent("pages/a.md").path))
        #expect(await collected.waitFor(site.content.appendingPathComponent("pages/moi/b.md").path))
    }
}
