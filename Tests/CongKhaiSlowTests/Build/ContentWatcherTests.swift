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

/// The watcher as `serve` uses it: settled lists of changed files, as they happen, reported from
/// the watcher's own thread. The checks wait on a condition, not on Swift's cooperative pool:
/// on two busy cores the rest of the suite can hold every pool thread for half a minute, and
/// neither the watcher nor these waits need one.
@Suite struct ContentWatcherStreamTests {
    /// Collects what a watch reports, for checks with a deadline.
    final class Collected: @unchecked Sendable {
        private let condition = NSCondition()
        private var lists: [[String]] = []
        private(set) var watch: ContentWatcher.Watch?

        init(_ watcher: ContentWatcher, poll: Duration? = nil, hearEvents: Bool = true) {
            watch = watcher.watch(poll: poll, hearEvents: hearEvents) { [weak self] list in self?.append(list) }
        }

        deinit { watch?.stop() }

        private func append(_ list: [String]) {
            condition.lock()
            lists.append(list)
            condition.broadcast()
            condition.unlock()
        }

        var all: [String] {
            condition.lock()
            defer { condition.unlock() }
            return lists.flatMap { $0 }
        }

        /// Waits until `path` has been reported (a passing check returns at once); the limit
        /// only bounds a failure.
        func waitFor(_ path: String, within seconds: TimeInterval = 30) -> Bool {
            let deadline = Date(timeIntervalSinceNow: seconds)
            condition.lock()
            defer { condition.unlock() }
            while !lists.joined().contains(path) {
                if !condition.wait(until: deadline) { return lists.joined().contains(path) }
            }
            return true
        }
    }

    #if os(Linux)
    /// With the periodic look an hour away, only inotify can report these: an edit, a file
    /// in a folder created after watching began, a later file in that folder, and an edit
    /// in a second watched root (the themes).
    @Test func inotifyReportsEditsAndFilesInNewFoldersWithoutPolling() throws {
        let site = try TemporarySite(["pages/a.md": "a", "../Themes/default/templates/base.mustache": "x"])
        let themes = site.root.appendingPathComponent("Themes")
        let watcher = ContentWatcher(folders: [site.content, themes], ignoring: site.content.appendingPathComponent("public"))
        let collected = Collected(watcher, poll: .seconds(3600))
        func path(_ relative: String) -> String { site.content.appendingPathComponent(relative).path }

        try site.write("pages/a.md", "a, sửa")
        #expect(collected.waitFor(path("pages/a.md")))
        try site.write("notices/2026/11/moi.md", "mới")
        #expect(collected.waitFor(path("notices/2026/11/moi.md")))
        Thread.sleep(forTimeInterval: 0.1)
        try site.write("notices/2026/11/sau.md", "sau")
        #expect(collected.waitFor(path("notices/2026/11/sau.md")), "the new folder is watched")
        try Data("y".utf8).write(to: themes.appendingPathComponent("default/templates/base.mustache"))
        #expect(collected.waitFor(themes.appendingPathComponent("default/templates/base.mustache").path))
        try site.write("public/index.html", "built")
        try site.write("pages/b.md", "b")
        #expect(collected.waitFor(path("pages/b.md")))
        #expect(!collected.all.contains(path("public/index.html")), "the output is not content")
    }
    #endif

    /// Where there is no inotify, the periodic snapshot finds the same changes.
    @Test func pollingAloneReportsChanges() throws {
        let site = try TemporarySite(["pages/a.md": "a"])
        let watcher = ContentWatcher(folders: [site.content], ignoring: site.output)
        let collected = Collected(watcher, poll: .milliseconds(50), hearEvents: false)
        try site.write("pages/a.md", "a, sửa")
        try site.write("pages/moi/b.md", "b")
        #expect(collected.waitFor(site.content.appendingPathComponent("pages/a.md").path))
        #expect(collected.waitFor(site.content.appendingPathComponent("pages/moi/b.md").path))
    }

    /// The stream `serve` reads ends its watch when it is dropped, and reports as the callback does.
    @Test func theStreamReportsAndStops() async throws {
        let site = try TemporarySite(["pages/a.md": "a"])
        let watcher = ContentWatcher(folders: [site.content], ignoring: site.output)
        var iterator = watcher.changes(poll: .milliseconds(50), hearEvents: false).makeAsyncIterator()
        try site.write("pages/a.md", "a, sửa")
        let first = await iterator.next()
        #expect(first == [site.content.appendingPathComponent("pages/a.md").path])
    }
}
