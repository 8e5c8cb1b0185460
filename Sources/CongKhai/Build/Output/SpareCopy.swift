import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The copy of the site the next version is prepared in (`.public.congkhai/spare/`): the
/// site as it was one build ago, when its manifest vouches for it, or a new empty folder.
///
/// Its manifest is removed before anything in it changes and written again once it is
/// complete, so a build killed half-way leaves a copy without a manifest, which the next
/// build discards instead of trusting.
struct SpareCopy {
    let root: String
    let manifest: OutputManifest?
    private let location: OutputLocation

    init(_ location: OutputLocation, tool: String, summary: inout OutputWriter.Summary) throws(OutputWriter.WriteError) {
        self.location = location
        root = location.spare.path
        var trusted: OutputManifest?
        if let identity = TreeIdentity(path: root),
           case .success(let manifest)? = OutputManifest.load(for: identity, in: location, tool: tool) {
            let scan = TreeScan(root: root)
            // Only real folders and files: a symbolic link placed in the copy (while it was
            // served) would let a write land outside it.
            if !scan.entries.values.contains(.other),
               manifest.entries.keys.allSatisfy({ scan.kind(of: $0) == .file }) {
                trusted = manifest
                unlink(OutputManifest.url(for: identity, in: location).path)
                for path in scan.files where manifest.entries[path] == nil {
                    FileWriting.remove(relativePath: path, under: root)
                }
            }
        }
        if trusted == nil {
            TreeRemover.remove(root)
            guard mkdir(root, 0o755) == 0 else { throw .io(path: root, underlying: SystemErrorText.describe(errno)) }
        }
        manifest = trusted
    }

    /// The copy's entry for a path, without checking the file yet.
    func entry(_ path: String) -> OutputManifest.Entry? { manifest?.entries[path] }

    func removeFiles(notIn kept: OutputManifest) {
        for path in (manifest?.entries.keys.sorted() ?? []) where kept.entries[path] == nil {
            FileWriting.remove(relativePath: path, under: root)
        }
    }

    /// Vouches for the finished copy.
    func record(_ manifest: OutputManifest, tool: String) throws(OutputWriter.WriteError) {
        guard let identity = TreeIdentity(path: root) else { throw .io(path: root, underlying: SystemErrorText.describe(ENOENT)) }
        do {
            try FileWriting.replace(manifest.encoded(tool: tool), atPath: OutputManifest.url(for: identity, in: location).path)
        } catch {
            throw .io(path: location.state.path, underlying: error.message)
        }
    }
}
