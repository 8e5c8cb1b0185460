import CongKhaiCore
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists content files in a stable order, so builds do not depend on directory order.
///
/// Content is read only from inside the folder it is listed in: the walk never follows a
/// symbolic link to a folder, and a link to a file is listed only when the file it leads to
/// lies inside the same folder (a link in `static/` to /etc/passwd would publish it).
/// `SiteLoader` reports the links it skipped, the folders it could not open and the names it
/// could not use (`audit`): a listing never drops something in silence, which would remove
/// its pages from the site with the build reporting success.
package enum ContentFiles {
    package struct File: Sendable {
        package let url: URL
        /// Relative to the content folder: "pages/gioi-thieu.md".
        package let displayPath: String
        /// Relative to the listed folder: "gioi-thieu.md".
        package let relativePath: String
    }

    /// `extensions: nil` lists every file; `folder: ""` lists the whole content folder.
    /// Hidden files and folders are skipped, and so are folders in `skipping` (relative to
    /// the listed folder).
    package static func list(in contentDirectory: URL, folder: String, extensions: Set<String>?,
                     skipping skipped: Set<String> = []) -> [File] {
        let boundary = ContentBoundary(contentDirectory)
        let root = folder.isEmpty ? contentDirectory : contentDirectory.appendingPathComponent(folder)
        let rootPath = root.standardizedFileURL.path
        var files: [File] = []
        var ignored = Audit()
        walk(rootPath, relative: "", skipping: skipped, audit: &ignored) { relative, isLink in
            let name = relative.split(separator: "/").last.map(String.init) ?? relative
            let fullPath = rootPath + "/" + relative
            guard extensions?.contains(Self.pathExtension(name)) ?? true else { return }
            if isLink {
                guard boundary.containsFile(atLink: fullPath) else { return }
            }
            files.append(File(url: URL(fileURLWithPath: fullPath, isDirectory: false),
                              displayPath: folder.isEmpty ? relative : "\(folder)/\(relative)", relativePath: relative))
        }
        return files.sorted { $0.displayPath < $1.displayPath }
    }

    /// What a walk of the whole content folder could not list or use, relative to it.
    package struct Audit {
        /// Symbolic links that lead outside the folder (or to a folder).
        package var linksLeaving: [String] = []
        /// Folders that could not be opened, with the reason.
        package var unreadableFolders: [(path: String, errno: Int32)] = []
        /// Names that are not UTF-8, as they can be shown.
        package var notUTF8: [String] = []
        /// Files of `static/` (copied as bytes, never parsed) that cannot be read.
        package var unreadableStatic: [String] = []
    }

    /// The content folder copied to the site as it is (`static/`), whose files are never parsed.
    package static let copiedFolder = "static"

    package static func audit(_ contentDirectory: URL) -> Audit {
        let boundary = ContentBoundary(contentDirectory)
        let rootPath = contentDirectory.standardizedFileURL.path
        var audit = Audit()
        var links: [String] = [], unreadable: [String] = []
        walk(rootPath, relative: "", skipping: [], audit: &audit) { relative, isLink in
            if isLink && !boundary.containsFile(atLink: rootPath + "/" + relative) { links.append(relative) }
            if relative.hasPrefix(copiedFolder + "/"), access(rootPath + "/" + relative, R_OK) != 0 { unreadable.append(relative) }
        }
        audit.linksLeaving = links.sorted()
        audit.unreadableStatic = unreadable
        return audit
    }

    /// Calls `visit` for every regular file and every symbolic link that is not a folder of
    /// its own walk (links are never descended into), and notes in `audit` what it could not
    /// open or name.
    private static func walk(_ rootPath: String, relative: String, skipping skipped: Set<String>,
                             audit: inout Audit, _ visit: (String, Bool) -> Void) {
        let folder = relative.isEmpty ? rootPath : rootPath + "/" + relative
        guard let stream = opendir(folder) else {
            if errno != ENOENT { audit.unreadableFolders.append((relative, errno)) }
            return
        }
        var entries: [(name: String, type: Int32)] = []
        while let entry = readdir(stream) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            guard let name = String(validating: bytes, as: UTF8.self) else {
                let shown = TerminalSafeText.escapeLine(String(decoding: bytes, as: UTF8.self))
                audit.notUTF8.append(relative.isEmpty ? shown : relative + "/" + shown)
                continue
            }
            entries.append((name, Int32(entry.pointee.d_type)))
        }
        closedir(stream)
        for (name, type) in entries where !name.hasPrefix(".") {
            let path = relative.isEmpty ? name : relative + "/" + name
            guard !skipped.contains(path) else { continue }
            var kind = type
            if kind == Int32(DT_UNKNOWN) {
                var status = stat()
                guard lstat(rootPath + "/" + path, &status) == 0 else { continue }
                kind = switch status.st_mode & S_IFMT {
                case S_IFDIR: Int32(DT_DIR)
                case S_IFREG: Int32(DT_REG)
                case S_IFLNK: Int32(DT_LNK)
                default: Int32(DT_UNKNOWN)
                }
            }
            switch kind {
            case Int32(DT_DIR): walk(rootPath, relative: path, skipping: skipped, audit: &audit, visit)
            case Int32(DT_REG): visit(path, false)
            case Int32(DT_LNK): visit(path, true)
            default: continue
            }
        }
    }

    private static func pathExtension(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}

/// The real location of a content (or theme) folder, to tell whether a symbolic link leads
/// to a file inside it.
package struct ContentBoundary {
    private let realRoot: String

    package init(_ folder: URL) {
        realRoot = RealPath.of(folder).path
    }

    /// True for a regular file whose real location (links resolved) is inside the folder.
    package func contains(_ path: String) -> Bool { containsFile(atLink: path) }

    func containsFile(atLink path: String) -> Bool {
        guard let resolved = realpath(path, nil) else { return false }
        defer { free(resolved) }
        let target = String(cString: resolved)
        return target.hasPrefix(realRoot + "/") && FileStatus(path: target) != nil
    }
}
