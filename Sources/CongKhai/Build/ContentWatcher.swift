import CongKhaiCore
import CongKhaiInput
import Foundation

/// Notices changes under the watched folders by comparing snapshots of every file's size
/// and modification time (the build cache's `FileStatus`). A snapshot is portable and cheap
/// enough (a 10,000-procedure site is a few tens of milliseconds of `stat` calls) to be the
/// judge of what changed; `changes()` decides *when* to look: on inotify events on Linux,
/// and periodically.
public struct ContentWatcher: Sendable {
    let folders: [URL]
    /// Never reported: the output folder may sit inside a watched one.
    let ignored: URL

    public init(folders: [URL], ignoring ignored: URL) {
        self.folders = folders
        self.ignored = ignored
    }

    public struct Snapshot: Equatable, Sendable {
        fileprivate var files: [String: FileStatus] = [:]
    }

    public func snapshot() -> Snapshot {
        var snapshot = Snapshot()
        let ignoredPath = ignored.standardizedFileURL.path
        for folder in folders {
            let rootPath = folder.standardizedFileURL.path + "/"
            let skipped: Set<String> = ignoredPath.hasPrefix(rootPath) ? [String(ignoredPath.dropFirst(rootPath.count))] : []
            for file in ContentFiles.list(in: folder, folder: "", extensions: nil, skipping: skipped) {
                snapshot.files[file.url.path] = FileStatus(path: file.url.path)
            }
        }
        return snapshot
    }

    /// Paths added, removed or changed between two snapshots, sorted.
    public static func changes(from old: Snapshot, to new: Snapshot) -> [String] {
        Set(old.files.keys).union(new.files.keys).filter { old.files[$0] != new.files[$0] }.sorted()
    }
}
