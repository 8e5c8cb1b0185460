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

    /// `extensions: nil` lists every file.
    static func list(in contentDirectory: URL, folder: String, extensions: Set<String>?) -> [File] {
        let root = contentDirectory.appendingPathComponent(folder)
        guard let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey],
            options: [.skipsHiddenFiles]
        ) else { return [] }
        let rootPath = root.standardizedFileURL.path
        var files: [File] = []
        for case let url as URL in enumerator {
            guard extensions?.contains(url.pathExtension.lowercased()) ?? true,
                  (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(rootPath + "/") else { continue }
            let relative = String(path.dropFirst(rootPath.count + 1))
            files.append(File(url: url, displayPath: "\(folder)/\(relative)", relativePath: relative))
        }
        return files.sorted { $0.displayPath < $1.displayPath }
    }
}
