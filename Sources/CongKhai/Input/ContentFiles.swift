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
/// `SiteLoader` reports the links it skipped (`linksLeaving`).
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
        walk(rootPath, relative: "", skipping: skipped) { relative, isLink in
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

    /// Symbolic links under the folder that lead outside it (or to a folder), relative to it.
    package static func linksLeaving(_ contentDirectory: URL) -> [String] {
        let boundary = ContentBoundary(contentDirectory)
        let rootPath = contentDirectory.standardizedFileURL.path
        var links: [String] = []
        walk(rootPath, relative: "", skipping: []) { relative, isLink in
            if isLink && !boundary.containsFile(atLink: rootPath + "/" + relative) { links.append(relative) }
        }
        return links.sorted()
    }

    /// Calls `visit` for every regular file and every symbolic link that is not a folder of
    /// its own walk (links are never descended into).
    private static func walk(_ rootPath: String, relative: String, skipping skipped: Set<String>,
                             _ visit: (String, Bool) -> Void) {
        let folder = relative.isEmpty ? rootPath : rootPath + "/" + relative
        guard let stream = opendir(folder) else { return }
        var entries: [(name: String, type: Int32)] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
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
            case Int32(DT_DIR): walk(rootPath, relative: path, skipping: skipped, visit)
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
