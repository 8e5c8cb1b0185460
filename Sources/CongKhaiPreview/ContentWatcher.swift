import CongKhai
import Foundation

/// Notices changes under the watched folders by comparing snapshots of every file's size
/// and modification time. Polling is portable and cheap enough: a 10,000-procedure site
/// is a few tens of milliseconds of `stat` calls per look.
public struct ContentWatcher: Sendable {
    let folders: [URL]
    /// Never reported: the output folder may sit inside a watched one.
    let ignored: URL

    public init(folders: [URL], ignoring ignored: URL) {
        self.folders = folders
        self.ignored = ignored
    }

    public typealias Snapshot = [String: FileFingerprint]

    public struct FileFingerprint: Equatable, Sendable {
        let size: Int
        let modified: Date
    }

    public func snapshot() -> Snapshot {
        var snapshot: Snapshot = [:]
        let ignoredPath = ignored.standardizedFileURL.path + "/"
        for folder in folders {
            let rootPath = folder.standardizedFileURL.path
            guard let enumerator = FileManager.default.enumerator(atPath: rootPath) else { continue }
            while let relative = enumerator.nextObject() as? String {
                let path = rootPath + "/" + relative
                if (path + "/").hasPrefix(ignoredPath) || (relative as NSString).lastPathComponent.hasPrefix(".") {
                    enumerator.skipDescendants()
                    continue
                }
                guard let attributes = enumerator.fileAttributes, attributes[.type] as? FileAttributeType == .typeRegular
                else { continue }
                snapshot[path] = FileFingerprint(size: (attributes[.size] as? Int) ?? 0,
                                                 modified: (attributes[.modificationDate] as? Date) ?? .distantPast)
            }
        }
        return snapshot
    }

    /// Paths added, removed or changed between two snapshots, sorted.
    public static func changes(from old: Snapshot, to new: Snapshot) -> [String] {
        let keys = Set(old.keys).union(new.keys)
        return keys.filter { old[$0] != new[$0] }.sorted()
    }
}
