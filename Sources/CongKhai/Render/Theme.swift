import Foundation
import Mustache

/// The templates and assets of a site: the chosen theme with the site's own overrides from
/// `Content/theme/` laid over it file by file.
public struct Theme: Sendable {
    public let library: MustacheLibrary
    public let templateNames: Set<String>
    public let assets: [ThemeAsset]
    /// Asset file name ("style.css") → public URL path with content hash.
    public let assetPaths: [String: String]
    /// Fingerprint of every template and asset, for rebuild decisions and cache keys.
    public let fingerprint: UInt64
    /// The theme's own folder (not the site's overrides), which no build may write into.
    public let directory: URL

    public func has(template name: String) -> Bool { templateNames.contains(name) }

    /// The sitemap, the feed and robots.txt: every theme has them, its own or the built-in ones.
    static let machineTemplates = ["feed", "robots", "sitemap", "sitemap-index"]

    /// Every layout a page family uses was checked at load (CK042) and a page's own at CK025,
    /// so a missing one cannot reach here from a build.
    func render<View: Encodable>(_ view: View, template name: String) -> String {
        library.render(TemplateEncoder.encode(view), withTemplate: name) ?? ""
    }

    static func load(themeDirectory: URL, overrideDirectory: URL, rootPath: String,
                     diagnostics: Diagnostics) -> Theme {
        var templateTexts: [String: (text: String, displayPath: String)] = [:]
        var assetFiles: [String: (data: Data, displayPath: String)] = [:]
        // Below every layer, as Zola's built-in templates are: a theme of the site's own need
        // not carry the files for machines, and may override them.
        if let home = ThemeLocator.builtinHome() {
            let builtin = home.appendingPathComponent("Themes/default/templates")
            for name in machineTemplates {
                let url = builtin.appendingPathComponent("\(name).mustache")
                guard let text = SourceFile.read(url, displayPath: "theme:default/templates/\(name).mustache",
                                                 limit: InputLimits.FileSize.template, diagnostics: diagnostics) else { continue }
                templateTexts[name] = (text, "theme:default/templates/\(name).mustache")
            }
        }
        // Later layers win: the theme first, then the site's overrides.
        for (layer, label) in [(themeDirectory, "theme:\(themeDirectory.lastPathComponent)"), (overrideDirectory, "theme")] {
            for file in ContentFiles.list(in: layer, folder: "templates", extensions: ["mustache"]) {
                guard let text = SourceFile.read(file.url, displayPath: "\(label)/\(file.displayPath)", limit: InputLimits.FileSize.template,
                                                 diagnostics: diagnostics) else { continue }
                templateTexts[String(file.relativePath.dropLast(".mustache".count))] = (text, "\(label)/\(file.displayPath)")
            }
            for file in ContentFiles.list(in: layer, folder: "assets", extensions: ThemeAsset.allowedExtensions) {
                guard let data = FileManager.default.contents(atPath: file.url.path) else { continue }
                assetFiles[file.relativePath] = (data, "\(label)/\(file.displayPath)")
            }
        }

        HTMLContentType.registerOnce()
        var library = MustacheLibrary()
        var hasher = FNV1a()
        for name in templateTexts.keys.sorted() {
            let (text, displayPath) = templateTexts[name]!
            hasher.combine(name)
            hasher.combine(text)
            do {
                library.register(try MustacheTemplate(string: HTMLContentType.pragma + text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.error(.templateSyntax,
                                  at: SourceLocation(file: displayPath, line: max(1, error.context.lineNumber - 1),
                                                     column: error.context.columnNumber),
                                  "Mẫu Mustache sai cú pháp (\(error.error)). Kiểm tra các cặp {{#…}} {{/…}}.")
            } catch {
                diagnostics.error(.templateSyntax, at: SourceLocation(file: displayPath, line: 1), "Mẫu Mustache sai cú pháp.")
            }
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
        return Theme(library: library, templateNames: Set(templateTexts.keys), assets: assets,
                     assetPaths: assetPaths, fingerprint: hasher.value, directory: themeDirectory)
    }
}
