import CongKhaiCore
import Foundation

/// A theme file copied to the output under a name that carries a hash of its content
/// ("assets/style.3f2a9c1e.css"), so browsers may cache it forever and a changed file
/// always gets a new URL.
public struct ThemeAsset: Sendable {
    static let allowedExtensions: Set<String> = ["css", "js", "svg", "png", "jpg", "jpeg", "webp", "ico", "woff2", "json"]

    public let name: String
    public let data: Data

    public var outputPath: String {
        var hasher = FNV1a()
        hasher.combine(data)
        let hash = String(hasher.value, radix: 16).prefix(10)
        let url = URL(fileURLWithPath: name)
        let stem = url.deletingPathExtension().relativePath
        return "assets/\(stem).\(hash).\(url.pathExtension)"
    }

    /// Rewrites `url(name)` for assets already hashed. Images must therefore sort before the
    /// CSS that uses them, which holds for the default layout (`fonts/`, `img/` < `style.css`).
    static func rewriteCSSReferences(_ css: String, rootPath: String, assetPaths: [String: String]) -> String {
        var result = css
        for (name, path) in assetPaths {
            result = result.replacingOccurrences(of: "url(\(name))", with: "url(\(path))")
                .replacingOccurrences(of: "url(\"\(name)\")", with: "url(\"\(path)\")")
        }
        return result
    }
}
