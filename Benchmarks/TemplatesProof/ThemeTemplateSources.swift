import Foundation
@testable import CongKhai
import Templates

/// The template files of a site in the layers `Theme.load` lays them: the built-in files for
/// machines, then the theme, then the site's own `theme/`; a later file shadows an earlier one
/// of the same name. (Stage B moves this into `Theme.load`, which reads each file once.)
enum ThemeTemplateSources {
    static func load(themeDirectory: URL, overrideDirectory: URL) -> TemplateSources {
        var sources = TemplateSources()
        if let home = ThemeLocator.builtinHome() {
            let builtin = home.appendingPathComponent("Themes/default/templates")
            sources.add(layer: Theme.machineTemplates.compactMap { name in
                let url = builtin.appendingPathComponent("\(name).mustache")
                guard let text = try? SourceFile.read(url, limit: InputLimits.FileSize.template) else { return nil }
                return TemplateSources.File(name: name, text: text, displayPath: "theme:default/templates/\(name).mustache")
            })
        }
        for (layer, label) in [(themeDirectory, "theme:\(themeDirectory.lastPathComponent)"), (overrideDirectory, "theme")] {
            sources.add(layer: ContentFiles.list(in: layer, folder: "templates", extensions: ["mustache"]).compactMap { file in
                guard let text = try? SourceFile.read(file.url, limit: InputLimits.FileSize.template) else { return nil }
                return TemplateSources.File(name: String(file.relativePath.dropLast(".mustache".count)), text: text,
                                            displayPath: "\(label)/\(file.displayPath)")
            })
        }
        return sources
    }
}
