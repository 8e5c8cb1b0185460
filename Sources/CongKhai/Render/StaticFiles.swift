import Foundation

/// Theme assets (under content-hashed names) and the site's `static/` folder, copied as they are.
enum StaticFiles {
    static func jobs(site: Site) -> [RenderJob] {
        let assets = site.theme.assets.map { asset in RenderJob(path: asset.outputPath) { asset.data } }
        let statics = ContentFiles.list(in: site.contentDirectory, folder: "static", extensions: nil).map { file in
            RenderJob(path: file.relativePath) { FileManager.default.contents(atPath: file.url.path) ?? Data() }
        }
        return assets + statics
    }
}
