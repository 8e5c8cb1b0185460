import CongKhaiCore
import CongKhaiFamilies
import CongKhaiSite
import Templates
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The copy of the site the next version is prepared in (`.public.congkhai/spare/`): the
/// site as it was one build ago, when its manifest vouches for it, or a new empty folder.
/// It is the copy the served one is not ("a" when the served one is "b", and the other way).
///
/// Its manifest is removed before anything in it changes and written again once it is
/// complete, so a build killed half-way leaves a copy without a manifest, which the next
/// build discards instead of trusting.
struct SpareCopy {
    let root: String
    let copy: String
    let manifest: OutputManifest?
    private let location: OutputLocation

    init(_ location: OutputLocation, servedCopy: String?, tool: String) throws(OutputWriter.WriteError) {
        self.location = location
        root = location.spare.path
        copy = OutputRecord.copies.first { $0 != servedCopy }!
        var trusted: OutputManifest?
        if TreeIdentity(path: root) != nil, OutputRecord.read(copyAt: root).copy == copy,
           case .success(let manifest)? = OutputManifest.load(forCopy: copy, in: location, tool: tool) {
            let scan = TreeScan(root: root)
            // Only real folders and files: a symbolic link placed in the copy (while it was
            // served) would let a write land outside it.
            if !scan.entries.values.contains(.other),
               manifest.entries.keys.allSatisfy({ scan.kind(of: $0) == .file }) {
                trusted = manifest
                unlink(OutputManifest.url(forCopy: copy, in: location).path)
                for path in scan.files where manifest.entries[path] == nil && !OutputRecord.holds(path) {
                    FileWriting.remove(relativePath: path, under: root)
                }
            }
        }
        if trusted == nil {
            unlink(OutputManifest.url(forCopy: copy, in: location).path)
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

    /// Vouches for the finished copy: its own record inside it, its manifest beside it.
    func record(_ manifest: OutputManifest, tool: String, served: ServedSite) throws(OutputWriter.WriteError) {
        do {
            try OutputRecord.write(copy: copy, paths: Set(manifest.entries.keys), into: root,
                                   servedRoot: served.exists ? served.root : nil)
            try FileWriting.replace(manifest.encoded(tool: tool), atPath: OutputManifest.url(forCopy: copy, in: location).path)
        } catch {
            throw .io(path: location.state.path, underlying: error.message)
        }
    }
}
