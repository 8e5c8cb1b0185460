import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Linux inotify on every folder under the watched ones, so the preview hears of a save at
/// once instead of on its next poll. It only says *something may have changed*: the
/// `ContentWatcher` snapshot still decides what did, so a missed or spurious event costs at
/// most a late or an idle look, never a wrong site.
///
/// inotify watches a folder, not a tree: each folder gets its own watch, and a folder that
/// appears (created, or moved in) gets watches for itself and everything under it.
/// Hidden folders (`.git`) and the ignored output folder are not watched.
final class FolderEvents: @unchecked Sendable {
    /// The inotify descriptor, readable when events are pending (non-blocking).
    let descriptor: Int32
    private let ignoredPath: String
    private let roots: [String]
    /// Watch descriptor → folder path; touched only on the queue that reads the events.
    private var folders: [Int32: String] = [:]

    /// nil where inotify is not available (other systems, or no descriptors left).
    init?(folders roots: [URL], ignoring ignored: URL) {
        #if os(Linux)
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
        ignoredPath = ignored.standardizedFileURL.path
        self.roots = roots.map(\.standardizedFileURL.path)
        for root in self.roots { watchTree(root) }
        #else
        return nil
        #endif
    }

    deinit { close(descriptor) }

    /// Reads every pending event, watches folders that appeared, and tells whether any
    /// event was seen.
    func drain() -> Bool {
        #if os(Linux)
        var sawEvent = false
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            sawEvent = true
            var offset = 0
            let header = MemoryLayout<inotify_event>.size
            while offset + header <= count {
                let (watch, mask, length) = buffer.withUnsafeBytes { bytes in
                    (bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                     bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                     Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
                }
                let nameBytes = buffer[(offset + header)..<min(offset + header + length, count)]
                let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
                handle(watch: watch, mask: mask, name: name)
                offset += header + length
            }
        }
        return sawEvent
        #else
        return false
        #endif
    }

    /// Watches a watched folder again after it was deleted or replaced (a `git checkout`,
    /// a theme copied over): its old watch died with it. Call on the queue that drains.
    func watchMissingRoots() {
        #if os(Linux)
        let watched = Set(folders.values)
        for root in roots where !watched.contains(root) { watchTree(root) }
        #endif
    }

    #if os(Linux)
    private static let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB
                                     | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR)

    private func handle(watch: Int32, mask: UInt32, name: String) {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            // Events were lost, perhaps the creation of folders: watch everything again
            // (adding a watch twice only returns the same one).
            for root in Set(folders.values) { watchTree(root) }
            return
        }
        if mask & UInt32(IN_IGNORED) != 0 {
            folders[watch] = nil
            return
        }
        let appeared = mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0
        if appeared, mask & UInt32(IN_ISDIR) != 0, let parent = folders[watch] {
            watchTree(parent + "/" + name)
        }
    }

    /// Watches a folder and every folder under it, except hidden ones and the output.
    private func watchTree(_ path: String) {
        guard path != ignoredPath, !(path as NSString).lastPathComponent.hasPrefix(".") else { return }
        let watch = inotify_add_watch(descriptor, path, Self.mask)
        guard watch >= 0 else { return }  // gone already, or out of watches: polling still sees it
        folders[watch] = path
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
        for name in names {
            let child = path + "/" + name
            var status = stat()
            // lstat: a symbolic link to a folder is not followed (content is read only from inside).
            if lstat(child, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
                watchTree(child)
            }
        }
    }
    #endif
}
