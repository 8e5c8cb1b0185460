import CongKhaiTestSupport
#if os(Linux)
import Foundation
import Glibc
import Testing
@testable import CongKhai
@testable import CongKhaiCore
@testable import CongKhaiEncoding
@testable import CongKhaiFamilies
@testable import CongKhaiInput
@testable import CongKhaiMarkdown
@testable import CongKhaiSite

/// inotify itself: what wakes the watcher, before any snapshot.
@Suite struct FolderEventsTests {
    /// Waits (generously) for the inotify descriptor to have events, then drains them.
    private func heard(_ events: FolderEvents) -> Bool {
        var request = pollfd(fd: events.descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&request, 1, 5_000) == 1 else { return false }
        return events.drain()
    }

    @Test func hearsWritesInNewFoldersButNotInTheOutputOrHiddenFolders() throws {
        let site = try TemporarySite(["pages/a.md": "a", ".git/HEAD": "x"])
        try FileManager.default.createDirectory(at: site.content.appendingPathComponent("public"), withIntermediateDirectories: true)
        let events = try #require(FolderEvents(folders: [site.content], ignoring: site.content.appendingPathComponent("public")))
        #expect(!events.drain(), "nothing happened yet")

        try site.write("pages/moi/b.md", "b")
        #expect(heard(events))
        _ = events.drain()
        try site.write("pages/moi/c.md", "c")
        #expect(heard(events), "the folder made after watching began is watched")

        try site.write("public/index.html", "built")
        try site.write(".git/HEAD", "y")
        usleep(100_000)
        #expect(!events.drain(), "the output and hidden folders are not watched")
    }

    @Test func watchesARootAgainAfterItWasReplaced() throws {
        let site = try TemporarySite(["pages/a.md": "a"])
        let events = try #require(FolderEvents(folders: [site.content], ignoring: site.output))
        try FileManager.default.removeItem(at: site.content)
        #expect(heard(events))
        try site.write("pages/a.md", "a again")
        _ = events.drain()
        events.watchMissingRoots()
        try site.write("pages/b.md", "b")
        #expect(heard(events))
    }
}
#endif
