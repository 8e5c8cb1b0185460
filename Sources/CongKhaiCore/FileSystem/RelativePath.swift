/// Folder arithmetic on the writer's paths ("a/b/index.html" → "a/b" → "a" → ""), without
/// NSString, whose path methods crashed on Linux for some inputs and cost more.
package enum RelativePath {
    /// The path without its last component; "" for a top-level entry. An absolute path keeps
    /// its leading "/" ("/x" → "/").
    package static func parent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Every folder the relative path lies in, innermost first ("a/b/c" → "a/b", "a").
    package static func folders(of path: String) -> [String] {
        var folders: [String] = []
        var folder = parent(path)
        while !folder.isEmpty {
            folders.append(folder)
            folder = parent(folder)
        }
        return folders
    }
}
