import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The copy of the site in the output folder now, as the writer finds it: what CongKhai wrote
/// there (its manifest) and what it did not (entries to carry into the new copy untouched).
struct ServedSite {
    let root: String
    let identity: TreeIdentity?
    var manifest: OutputManifest?
    let scan: TreeScan
    /// Top-most entries CongKhai did not write: carried into every new copy.
    let carried: [String]
    private let location: OutputLocation

    /// Files the writers of earlier versions kept inside the output; not part of the site.
    static let legacyEntries: Set<String> = [".congkhai-cache", ".congkhai-staging", ".congkhai-previous"]

    init(_ location: OutputLocation, tool: String, summary: inout OutputWriter.Summary) throws(OutputWriter.WriteError) {
        self.location = location
        root = location.site.path
        identity = TreeIdentity(path: root)
        var status = stat()
        if identity == nil && lstat(root, &status) == 0 {
            throw .io(path: root, underlying: "đây là một tệp hoặc liên kết, không phải thư mục.")
        }
        scan = identity == nil ? TreeScan() : TreeScan(root: root)

        var written: Set<String>?
        if let identity {
            switch OutputManifest.load(for: identity, in: location, tool: tool) {
            case .success(let manifest)?:
                self.manifest = manifest
                written = Set(manifest.entries.keys)
            case .failure(.foreignVersion)?:
                summary.discardedCache = "Bản ghi của lần tạo trước do phiên bản CongKhai khác ghi: tạo lại toàn bộ."
                // Every version's manifest starts each line with the path it wrote.
                written = OutputManifest.pathsOnRecord(OutputManifest.url(for: identity, in: location))
            case .failure(.corrupt)?:
                summary.discardedCache = "Bản ghi của lần tạo trước bị hỏng: tạo lại toàn bộ."
                // The folder is CongKhai's (a manifest was kept for it) but which files it
                // wrote is unknown: every visible file is taken as its own, hidden ones are kept.
                written = Set(scan.entries.compactMap { path, kind in
                    kind == .file && !path.hasPrefix(".") && !path.contains("/.") ? path : nil
                })
            case nil:
                written = FileManager.default.fileExists(atPath: root + "/.congkhai-cache")
                    ? OutputManifest.pathsOnRecord(URL(fileURLWithPath: root + "/.congkhai-cache")) : nil
            }
        }
        guard let written else {
            // Never written by CongKhai: it may hold hidden entries (".gitkeep") and nothing else.
            let visible = scan.entries.keys.filter { !$0.contains("/") && !$0.hasPrefix(".") }.sorted()
            if !visible.isEmpty {
                throw .notCongKhaiOutput(output: root, examples: Array(visible.prefix(3)))
            }
            carried = scan.entries.keys.filter { !$0.contains("/") && !Self.legacyEntries.contains($0) }.sorted()
            return
        }
        var folders: Set<String> = [""]
        for path in written { folders.formUnion(RelativePath.folders(of: path)) }
        // Foreign: an entry CongKhai did not write, or one that is no longer what it wrote
        // (a symbolic link where its folder was), directly in one of its folders.
        carried = scan.entries.filter { path, kind in
            guard !Self.legacyEntries.contains(path), folders.contains(RelativePath.parent(path)) else { return false }
            if written.contains(path) { return kind != .file }
            if folders.contains(path) { return kind != .folder }
            return true
        }.map(\.key).sorted()
    }

    /// Refuses, before anything is created beside it, an output folder that holds visible
    /// entries and was never written by CongKhai (no manifest of any version, no legacy record).
    static func checkOwnership(_ location: OutputLocation) throws(OutputWriter.WriteError) {
        let root = location.site.path
        guard let identity = TreeIdentity(path: root),
              !FileManager.default.fileExists(atPath: OutputManifest.url(for: identity, in: location).path),
              !FileManager.default.fileExists(atPath: root + "/.congkhai-cache") else { return }
        let visible = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        if !visible.isEmpty { throw .notCongKhaiOutput(output: root, examples: Array(visible.prefix(3))) }
    }

    /// The served copy's entries that a trusted manifest of it vouches for, as a file.
    func trusted(_ path: String) -> OutputManifest.Entry? {
        guard scan.kind(of: path) == .file else { return nil }
        return manifest?.entries[path]
    }

    /// A carried entry where the new site needs a file or folder is an error: the writer
    /// neither overwrites nor drops what it did not write.
    func checkCarriedEntries(against paths: [String]) throws(OutputWriter.WriteError) {
        guard !carried.isEmpty else { return }
        var needed = Set(paths)
        for path in paths { needed.formUnion(RelativePath.folders(of: path)) }
        if let path = carried.first(where: needed.contains) {
            throw .foreignEntryInTheWay(output: root, path: path)
        }
    }

    /// Hard-links each carried entry (a folder with everything in it) into the new copy.
    func carryEntries(into copy: String) throws(OutputWriter.WriteError) {
        for top in carried {
            let inside = scan.kind(of: top) == .folder
                ? scan.entries.keys.filter { $0.hasPrefix(top + "/") }.sorted() : []
            for path in [top] + inside {
                let target = copy + "/" + path
                if scan.kind(of: path) == .folder {
                    guard mkdir(target, 0o755) == 0 || errno == EEXIST else {
                        throw .io(path: path, underlying: SystemErrorText.describe(errno))
                    }
                } else if linkat(AT_FDCWD, root + "/" + path, AT_FDCWD, target, 0) != 0 {
                    throw .io(path: path, underlying: SystemErrorText.describe(errno))
                }
            }
        }
    }

    /// Linking a served file into the new copy changes its status (the link count is part of
    /// the change time): record that, so the next build need not hash the file to trust it.
    func recordStatuses(tool: String) throws(OutputWriter.WriteError) {
        guard let identity, let manifest else { return }
        do {
            try FileWriting.replace(manifest.encoded(tool: tool), atPath: OutputManifest.url(for: identity, in: location).path)
        } catch {
            throw .io(path: location.state.path, underlying: error.message)
        }
    }
}

extension TreeScan {
    /// An empty scan, for an output folder that does not exist yet.
    init() {}
}
