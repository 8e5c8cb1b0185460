import CongKhaiCore
import CongKhaiInput
import Foundation
import Templates

/// The templates and assets of a site: the built-in templates, the chosen theme over them and
/// the site's own overrides from `Content/theme/` over both, file by file.
public struct Theme: Sendable {
    /// Every template file by name (`procedure`, `partials/header`), the later layers' winning.
    public let sources: TemplateSources
    public let assets: [ThemeAsset]
    /// Asset file name ("style.css") → public URL path with content hash.
    public let assetPaths: [String: String]
    /// Fingerprint of every template and asset, for rebuild decisions and cache keys.
    public let fingerprint: UInt64
    /// The theme's own folder (not the site's overrides), which no build may write into.
    public let directory: URL

    public var templateNames: Set<String> { Set(sources.names) }

    public func has(template name: String) -> Bool { sources.file(named: name) != nil }

    /// Templates every theme has, its own or the built-in ones (`Themes/default/templates/`),
    /// as Zola's built-in templates are: the files for machines (sitemap, feed, robots.txt)
    /// and the portal fragments (`fragments/`). A site overrides any of them with a file of
    /// the same name.
    static let builtinTemplates = ["feed", "robots", "sitemap", "sitemap-index"]
    static let builtinFolders = ["fragments"]

    package static func load(themeDirectory: URL, overrideDirectory: URL, rootPath: String,
                     diagnostics: Diagnostics) -> Theme {
        var sources = TemplateSources()
        // Below every layer: a theme of the site's own need not carry the built-in templates.
        if let home = ThemeLocator.builtinHome() {
            let templates = home.appendingPathComponent("Themes/default")
            let folders = ContentFiles.list(in: templates, folder: "templates", extensions: ["mustache"]).map {
                String($0.relativePath.dropLast(".mustache".count))
            }.filter { name in builtinFolders.contains { name.hasPrefix($0 + "/") } }
            sources.add(layer: (builtinTemplates + folders).compactMap { name in
                let displayPath = "theme:default/templates/\(name).mustache"
                guard let text = SourceFile.read(templates.appendingPathComponent("templates/\(name).mustache"), displayPath: displayPath,
                                                 limit: InputLimits.FileSize.template, diagnostics: diagnostics) else { return nil }
                return TemplateSources.File(name: name, text: text, displayPath: displayPath)
            })
        }
        var assetFiles: [String: (data: Data, displayPath: String)] = [:]
        // Later layers win: the theme first, then the site's overrides.
        for (layer, label) in [(themeDirectory, "theme:\(themeDirectory.lastPathComponent)"), (overrideDirectory, "theme")] {
            sources.add(layer: ContentFiles.list(in: layer, folder: "templates", extensions: ["mustache"]).compactMap { file in
                let displayPath = "\(label)/\(file.displayPath)"
                guard let text = SourceFile.read(file.url, displayPath: displayPath, limit: InputLimits.FileSize.template,
                                                 diagnostics: diagnostics) else { return nil }
                return TemplateSources.File(name: String(file.relativePath.dropLast(".mustache".count)), text: text, displayPath: displayPath)
            })
            for file in ContentFiles.list(in: layer, folder: "assets", extensions: ThemeAsset.allowedExtensions) {
                guard let data = FileManager.default.contents(atPath: file.url.path) else { continue }
                assetFiles[file.relativePath] = (data, "\(label)/\(file.displayPath)")
            }
        }

        var hasher = FNV1a()
        for name in sources.names {
            hasher.combine(name)
            hasher.combine(sources.file(named: name)!.text)
        }
        var assets: [ThemeAsset] = []
        var assetPaths: [String: String] = [:]
        for name in assetFiles.keys.sorted() {
            var data = assetFiles[name]!.data
            if name.hasSuffix(".css") {
                // CSS may refer to other assets by their plain name; point them at the hashed copies.
                data = Data(ThemeAsset.rewriteCSSReferences(String(decoding: data, as: UTF8.self),
                                                            rootPath: rootPath, assetPaths: assetPaths).utf8)
            }
            let asset = ThemeAsset(name: name, data: data)
            hasher.combine(name)
            hasher.combine(data)
            assets.append(asset)
            assetPaths[name] = rootPath + asset.outputPath
        }
        return Theme(sources: sources, assets: assets, assetPaths: assetPaths, fingerprint: hasher.value, directory: themeDirectory)
    }
}
