import Foundation

/// Lists content files in a stable order, so builds do not depend on directory order.
enum ContentFiles {
    struct File: Sendable {
        let url: URL
        /// Relative to the content folder: "pages/gioi-thieu.md".
        let displayPath: String
        /// Relative to the listed folder: "gioi-thieu.md".
        let relativePath: String
    }

    /// `extensions: nil` lists every file; `folder: ""` lists the whole content folder.
    /// Hidden files and folders are skipped, and so are folders in `skipping` (relative to
    /// the listed folder). Paths are walked as strings and checked with one stat each:
    /// URL resource values cost more than reading the files of a large catalog.
    static func list(in contentDirectory: URL, folder: String, extensions: Set<String>?,
                     skipping skipped: Set<String> = []) -> [File] {
        let root = folder.isEmpty ? contentDirectory : contentDirectory.appendingPathComponent(folder)
        let rootPath = root.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(atPath: rootPath) else { return [] }
        var files: [File] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            let fullPath = rootPath + "/" + relative
            if name.hasPrefix(".") || skipped.contains(relative) {
                if FileManager.default.isDirectory(atPath: fullPath) { enumerator.skipDescendants() }
                continue
            }
            guard extensions?.contains((name as NSString).pathExtension.lowercased()) ?? true,
                  FileStatus(path: fullPath) != nil else { continue }
            files.append(File(url: URL(fileURLWithPath: fullPath, isDirectory: false),
                              displayPath: folder.isEmpty ? relative : "\(folder)/\(relative)", relativePath: relative))
        }
        return files.sorted { $0.displayPath < $1.displayPath }
    }
}

private extension FileManager {
    func isDirectory(atPath path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
