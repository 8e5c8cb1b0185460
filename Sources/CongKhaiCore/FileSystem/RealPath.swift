import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Paths as the file system resolves them.
package enum RealPath {
    /// The path with every symbolic link of its existing part resolved, so "public" and a
    /// link to the content folder cannot pass for different folders.
    package static func of(_ url: URL) -> URL {
        let path = url.standardizedFileURL.path
        if let resolved = realpath(path, nil) {
            defer { free(resolved) }
            return URL(fileURLWithPath: String(cString: resolved), isDirectory: true)
        }
        let parent = url.standardizedFileURL.deletingLastPathComponent()
        guard parent.path != path else { return url.standardizedFileURL }
        return of(parent).appendingPathComponent(url.lastPathComponent, isDirectory: true)
    }
}
