import CongKhaiCore
import CongKhaiInput
import Foundation

/// Theme assets (under content-hashed names) and the site's `static/` folder, copied as they are.
package enum StaticFiles {
    package static func jobs(site: Site) -> [RenderJob] {
        let assets = site.theme.assets.map { asset in RenderJob(path: asset.outputPath, dependency: .shared) { asset.data } }
        let statics = ContentFiles.list(in: site.contentDirectory, folder: folder, extensions: nil).map { file in
            // The webmaster's own HTML pages are pages of the site like the generated ones.
            RenderJob(path: file.relativePath, dependency: .input(fingerprint(of: file.url)),
                      inSitemap: file.relativePath == "index.html" || file.relativePath.hasSuffix("/index.html")) {
                FileManager.default.contents(atPath: file.url.path) ?? Data()
            }
        }
        return assets + statics
    }

    static let folder = ContentFiles.copiedFolder

    /// Static files can be large (scanned forms, photos), so they are recognised by size and
    /// modification time, as make does, rather than read on every build.
    static func fingerprint(of url: URL) -> UInt64 {
        var hasher = FNV1a()
        hasher.combine(url.path)
        if let status = FileStatus(path: url.path) {
            hasher.combine(UInt64(status.size))
            hasher.combine(UInt64(bitPattern: status.modifiedNanoseconds))
        }
        return hasher.value
    }
}
