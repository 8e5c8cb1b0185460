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

    init(root: String) {
        walk(root: root, relative: "")
    }

    func kind(of path: String) -> Kind? { entries[path] }

    var files: [String] { entries.compactMap { $0.value == .file ? $0.key : nil } }

    private mutating func walk(root: String, relative: String) {
        let folder = relative.isEmpty ? root : root + "/" + relative
        guard let stream = opendir(folder) else { return }
        defer { closedir(stream) }
        var folders: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
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

/// Deletes a folder tree without ever following a symbolic link out of it.
enum TreeRemover {
    static func remove(_ path: String) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return }
        guard (status.st_mode & S_IFMT) == S_IFDIR else {
            unlink(path)
            return
        }
        let scan = TreeScan(root: path)
        // Deepest first, so each folder is empty when its turn comes.
        for (entry, kind) in scan.entries.sorted(by: { $0.key.count > $1.key.count }) {
            let full = path + "/" + entry
            if kind == .folder { rmdir(full) } else { unlink(full) }
        }
        rmdir(path)
    }
}
