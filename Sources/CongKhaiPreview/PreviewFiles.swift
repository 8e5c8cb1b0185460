import Foundation

/// Maps a request path to a file of the output folder, and refuses anything that would
/// leave it: `..` (also percent-encoded), hidden entries such as the build cache, and
/// symbolic links pointing outside.
public struct PreviewFiles: Sendable {
    public enum Resolution: Equatable, Sendable {
        case file(String)
        case redirect(String)
        case notFound
        case forbidden
    }

    /// The output folder with symbolic links resolved.
    let root: String
    /// The site's sub-path from its base URL ("/" or "/xa-an-phu/"): links in the pages
    /// start with it, so the preview serves the site under it too.
    let rootPath: String

    public init(output: URL, rootPath: String) {
        root = output.resolvingSymlinksInPath().standardizedFileURL.path
        self.rootPath = rootPath.hasSuffix("/") ? rootPath : rootPath + "/"
    }

    public func resolve(_ requestPath: String) -> Resolution {
        var path = requestPath.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        if path.contains("%") {
            guard let decoded = path.removingPercentEncoding else { return .forbidden }
            path = decoded
        }
        guard path.hasPrefix("/") else { return .forbidden }
        // Browsers read a backslash as a slash ("/\\evil" is "//evil") and drop tabs and line
        // breaks from locations, so no served name may hold them.
        if path.unicodeScalars.contains(where: { $0 == "\\" || $0.value < 0x20 || $0.value == 0x7F }) { return .forbidden }
        // "//thong-bao" would be redirected to "//thong-bao/", which a browser reads as another
        // host: collapse repeated slashes first, so every location stays on this server.
        path = Self.collapsingSlashes(path)
        if path == "/" && rootPath != "/" { return Self.redirect(rootPath) }
        if path + "/" == rootPath { return Self.redirect(rootPath) }
        guard path.hasPrefix(rootPath) else { return .notFound }
        let relative = String(path.dropFirst(rootPath.count))

        let components = relative.split(separator: "/", omittingEmptySubsequences: true)
        for component in components {
            if component == ".." || component.hasPrefix(".") || component.contains("\0") || component.contains("\\") {
                return .forbidden
            }
        }
        var candidate = ([root] + components.map(String.init)).joined(separator: "/")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory) else { return .notFound }
        if isDirectory.boolValue {
            guard path.hasSuffix("/") else { return Self.redirect(path + "/") }
            candidate += "/index.html"
        }
        // A symbolic link inside the output folder may point anywhere.
        let resolved = URL(fileURLWithPath: candidate).resolvingSymlinksInPath().standardizedFileURL.path
        guard resolved.hasPrefix(root + "/") else { return .forbidden }
        guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory), !isDirectory.boolValue else {
            return .notFound
        }
        return .file(resolved)
    }

    /// A redirect only to a root-relative path of this server; anything a browser could
    /// read as another host ("//host", "/\\host", "https:") is not followed anywhere.
    static func redirect(_ location: String) -> Resolution {
        let isRootRelative = location.hasPrefix("/") && !location.hasPrefix("//")
            && !location.unicodeScalars.contains { $0 == "\\" || $0.value < 0x20 || $0.value == 0x7F }
        return isRootRelative ? .redirect(location) : .notFound
    }

    /// "//a///b" → "/a/b": a redirect location built from the result is root-relative.
    static func collapsingSlashes(_ path: String) -> String {
        var result = ""
        result.reserveCapacity(path.utf8.count)
        var previousWasSlash = false
        for character in path {
            let isSlash = character == "/"
            if !(isSlash && previousWasSlash) { result.append(character) }
            previousWasSlash = isSlash
        }
        return result
    }

    /// The site's own 404 page, when it has one.
    var notFoundPage: String? {
        let path = root + "/404.html"
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }
}
