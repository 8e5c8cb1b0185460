import Foundation

/// Finds theme folders and the built-in example site.
///
/// The built-in files ship beside the executable, as Zola ships its built-in templates: a
/// release build in `.build/release/congkhai` finds them by walking up to the folder that
/// holds `Themes/default`, an installed copy looks in `../share/congkhai`, and
/// `CONGKHAI_HOME` overrides both.
public enum ThemeLocator {
    public static func builtinHome() -> URL? {
        let fileManager = FileManager.default
        func holdsBuiltins(_ url: URL) -> Bool {
            fileManager.fileExists(atPath: url.appendingPathComponent("Themes/default/templates").path)
        }
        if let home = ProcessInfo.processInfo.environment["CONGKHAI_HOME"], !home.isEmpty {
            return URL(fileURLWithPath: home)
        }
        var candidates: [URL] = []
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(folder)
            candidates.append(folder.appendingPathComponent("share/congkhai"))
            folder = folder.deletingLastPathComponent()
        }
        // Source checkout this library was compiled from (covers `swift test`).
        let sourceRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(sourceRoot)
        return candidates.first(where: holdsBuiltins)
    }

    /// Theme folder for a name from site.yaml: a folder next to the content
    /// (`../Themes/NAME`, `themes/NAME`), or a built-in theme.
    public static func themeDirectory(named name: String, contentDirectory: URL) -> URL? {
        guard !name.isEmpty, !name.contains(".."), !name.contains("/") else { return nil }
        let candidates = [
            contentDirectory.deletingLastPathComponent().appendingPathComponent("Themes/\(name)"),
            contentDirectory.appendingPathComponent("themes/\(name)"),
            builtinHome()?.appendingPathComponent("Themes/\(name)"),
        ].compactMap { $0 }
        return candidates.first {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent("templates").path)
        }
    }
}
