import CongKhaiCore
import CongKhaiFamilies
import CongKhaiInput
import Templates
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every entry of a folder tree, found without following symbolic links: a link is an entry
/// of its own, never a way into another folder. `readdir` gives each entry's type without a
/// `stat`, so a 50,000-entry site is listed in a few tens of milliseconds.
struct TreeScan {
    enum Kind: Equatable {
        case file
        case folder
        /// A symbolic link, device, socket…: never written through, never read from.
        case other
    }

    /// Relative paths ("thu-tuc-hanh-chinh/index.html") and what each is.
    private(set) var entries: [String: Kind] = [:]
    /// Entries whose names are not UTF-8, as they can be shown: they are left out of `entries`,
    /// since no String path would reach them.
    private(set) var invalidNames: [String] = []

    init(root: String) {
        walk(root: root, relative: "")
    }

    /// The tree as it is now, for one scanned at `since`: only the folders changed since then
    /// (an entry added, removed or renamed over changes its folder's modification time) are
    /// listed again, with whatever new folders they hold, so looking again at a 50,000-entry site
    /// in which nothing changed costs a `stat` a folder. `since` should lie a little before the
    /// first scan, for file systems whose times are coarse.
    func refreshed(root: String, since: Int64) -> TreeScan {
        var fresh = self
        let folders = [""] + entries.compactMap { $0.value == .folder ? $0.key : nil }
        for folder in folders.sorted(by: { $0.count < $1.count }) {
            let path = folder.isEmpty ? root : root + "/" + folder
            let status = FolderTime(path: path)
            guard status == nil || status! >= since else { continue }
            // Forget what the folder held, then list it (and any folder new in it) again.
            let prefix = folder.isEmpty ? "" : folder + "/"
            fresh.entries = fresh.entries.filter { !$0.key.hasPrefix(prefix) || $0.key == folder }
            if status != nil { fresh.walk(root: root, relative: folder) }
        }
        return fresh
    }

    func kind(of path: String) -> Kind? { entries[path] }

    var files: [String] { entries.compactMap { $0.value == .file ? $0.key : nil } }

    private mutating func walk(root: String, relative: String) {
        let folder = relative.isEmpty ? root : root + "/" + relative
        guard let stream = opendir(folder) else { return }
        defer { closedir(stream) }
        var folders: [String] = []
        while let entry = readdir(stream) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            guard let name = String(validating: bytes, as: UTF8.self) else {
                let shown = String(decoding: bytes, as: UTF8.self)
                invalidNames.append(relative.isEmpty ? shown : relative + "/" + shown)
                continue
            }
            guard name != ".", name != ".." else { continue }
            let path = relative.isEmpty ? name : relative + "/" + name
            let kind: Kind
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): kind = .file
            case Int32(DT_DIR): kind = .folder
            case Int32(DT_UNKNOWN): kind = Self.kind(atPath: root + "/" + path)
            default: kind = .other
            }
            entries[path] = kind
            if kind == .folder { folders.append(path) }
        }
        for path in folders { walk(root: root, relative: path) }
    }

    /// For file systems whose `readdir` does not give types.
    private static func kind(atPath path: String) -> Kind {
        var status = stat()
        guard lstat(path, &status) == 0 else { return .other }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        default: return .other
        }
    }
}

/// A folder's modification time in nanoseconds, or nil when it is not a folder any more.
private func FolderTime(path: String) -> Int64? {
    var status = stat()
    guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR else { return nil }
    #if canImport(Darwin)
    return Int64(status.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(status.st_mtimespec.tv_nsec)
    #else
    return Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec)
    #endif
}

/// Deletes a folder tree without ever following a symbolic link out of it.
///
/// It works on folder descriptors and raw names, so a name that is not UTF-8 is deleted like
/// any other, and a folder made read-only (or unreadable) in a copy CongKhai owns is given back
/// its owner's rights first instead of jamming every later build.
enum TreeRemover {
    static func remove(_ path: String) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return }
        guard (status.st_mode & S_IFMT) == S_IFDIR else {
            FileWriting.retryingInWritableFolder(path) { unlink(path) }
            return
        }
        chmod(path, (status.st_mode & 0o7777) | S_IRWXU)
        let folder = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        if folder >= 0 {
            removeContents(of: folder)
            close(folder)
        }
        FileWriting.retryingInWritableFolder(path) { rmdir(path) }
    }

    private static func removeContents(of folder: Int32) {
        let listing = dup(folder)
        guard listing >= 0, let stream = fdopendir(listing) else { return }
        var entries: [(name: [CChar], isFolder: Bool)] = []
        while let entry = readdir(stream) {
            var name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }).map { CChar(bitPattern: $0) } }
            if name == [46] || name == [46, 46] { continue }
            name.append(0)
            entries.append((name, Int32(entry.pointee.d_type) == Int32(DT_DIR)))
        }
        closedir(stream)
        for (name, listedAsFolder) in entries {
            var status = stat()
            let isFolder = listedAsFolder || (fstatat(folder, name, &status, AT_SYMLINK_NOFOLLOW) == 0 && (status.st_mode & S_IFMT) == S_IFDIR)
            if isFolder {
                if fstatat(folder, name, &status, AT_SYMLINK_NOFOLLOW) == 0 {
                    fchmodat(folder, name, (status.st_mode & 0o7777) | S_IRWXU, 0)
                }
                let child = openat(folder, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                if child >= 0 {
                    removeContents(of: child)
                    close(child)
                }
                unlinkat(folder, name, AT_REMOVEDIR)
            } else {
                unlinkat(folder, name, 0)
            }
        }
    }
}
