import CongKhaiCore
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a build writes: the output folder a web server serves, and beside it the folder of
/// CongKhai's own state (`public` → `.public.congkhai/`: the lock, the manifests of what it
/// wrote, the spare copy of the site it prepares the next version in).
///
/// The state lives beside the output, not inside it, so the output holds only the site, and
/// on the same file system, so the finished new site can be switched in with one rename.
public struct OutputLocation: Sendable, Equatable {
    /// The output folder with symbolic links in its existing part resolved.
    public let site: URL
    public let state: URL

    var spare: URL { state.appendingPathComponent("spare") }
    var lockFile: URL { state.appendingPathComponent("lock") }
    /// Where the served copy waits during a switch made of two renames (file systems without
    /// an exchange call); found there only after a build was killed between them.
    var aside: URL { state.appendingPathComponent("previous") }
    /// Written when the copy that was served was last looked at after a switch (`LateEntries`).
    var reconciledMarker: URL { state.appendingPathComponent("reconciled") }
    /// Files the writer could neither leave in place nor delete (see `SetAside`).
    public var setAside: URL { state.appendingPathComponent("giu-lai") }

    /// Resolves `output` and refuses a folder whose replacement would destroy the webmaster's
    /// own files: the content folder, the theme, or a folder holding either (the project
    /// folder, the home folder, "/"), or a folder inside them.
    public static func resolve(output: URL, protecting protected: [ProtectedFolder] = []) throws(OutputWriter.WriteError) -> OutputLocation {
        let site = RealPath.of(output)
        guard site.path != "/" else { throw .protectedFolder(output: output.path, reason: "là thư mục gốc của máy") }
        for folder in protected {
            let real = RealPath.of(folder.url).path
            let reason: String? =
                site.path == real ? "là \(folder.role)"
                : real.hasPrefix(site.path + "/") ? "chứa \(folder.role) (\(folder.url.path))"
                : site.path.hasPrefix(real + "/") ? "nằm trong \(folder.role) (\(folder.url.path))"
                : nil
            if let reason { throw .protectedFolder(output: output.path, reason: reason) }
        }
        let state = site.deletingLastPathComponent().appendingPathComponent(".\(site.lastPathComponent).congkhai")
        return OutputLocation(site: site, state: state)
    }

    /// A folder the output may not be, hold or lie in, with its name for the message.
    public struct ProtectedFolder: Sendable {
        public let url: URL
        public let role: String

        public init(_ url: URL, role: String) {
            self.url = url
            self.role = role
        }

    }

    /// The content folder and the theme in use.
    public static func protectedFolders(content: URL, theme: URL?) -> [ProtectedFolder] {
        [ProtectedFolder(content, role: "thư mục nội dung")] + (theme.map { [ProtectedFolder($0, role: "thư mục giao diện")] } ?? [])
    }
}
