import CongKhaiCore
import CongKhaiFamilies
import CongKhaiInput
import CongKhaiSite
import Templates
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The copy of the site in the output folder now, as the writer finds it: which files
/// CongKhai wrote there (the copy's own record), the cache of how they were made (its
/// manifest), and what CongKhai did not write (entries to carry into the new copy untouched).
struct ServedSite {
    let root: String
    let exists: Bool
    /// Which of the two copies this is ("a", "b"); nil for a folder without a record.
    let copy: String?
    var manifest: OutputManifest?
    let scan: TreeScan
    /// The files CongKhai wrote here; nil when its record is damaged and that is not known.
    let written: Set<String>?
    private let location: OutputLocation

    /// Files the writers of earlier versions kept inside the output; not part of the site.
    static let legacyEntries: Set<String> = [".congkhai-cache", ".congkhai-staging", ".congkhai-previous"]

    init(_ location: OutputLocation, tool: String, summary: inout OutputWriter.Summary) throws(OutputWriter.WriteError) {
        self.location = location
        root = location.site.path
        let identity = TreeIdentity(path: root)
        exists = identity != nil
        var status = stat()
        if identity == nil && lstat(root, &status) == 0 {
            throw .io(path: root, underlying: "đây là một tệp hoặc liên kết, không phải thư mục.")
        }
        scan = identity == nil ? TreeScan() : TreeScan(root: root)
        if let name = scan.invalidNames.first { throw .unusableName(output: root, name: name) }
        let record = identity == nil ? OutputRecord(copy: nil, paths: .absent) : OutputRecord.read(copyAt: root)
        copy = record.copy

        switch record.paths {
        case .known(let paths):
            written = paths
            switch copy.flatMap({ OutputManifest.load(forCopy: $0, in: location, tool: tool) }) {
            case .success(let manifest)?: self.manifest = manifest
            case .failure(.foreignVersion)?:
                summary.discardedCache = "Bản ghi của lần tạo trước do phiên bản CongKhai khác ghi: tạo lại toàn bộ."
            case .failure(.corrupt)?:
                summary.discardedCache = "Bản ghi của lần tạo trước bị hỏng: tạo lại toàn bộ."
            case nil: break
            }
        case .unreadable:
            // CongKhai's copy, but which files it wrote is not known: none is taken for its own.
            written = nil
            summary.discardedCache = "Không đọc được danh sách tệp CongKhai đã ghi (\(OutputRecord.folderName)/\(OutputRecord.pathsFile) bị xóa hoặc sửa): giữ nguyên mọi tệp đang có; tệp nào nằm đúng chỗ trang mới thì được chuyển sang \(location.setAside.path). Xóa tay những tệp cũ không cần nữa."
        case .absent:
            // Versions before the record kept the list in the state folder, or inside the output.
            let legacy = identity.map { OutputManifest.legacyURL(for: $0, in: location) }
            if let legacy, FileManager.default.fileExists(atPath: legacy.path) {
                written = OutputManifest.pathsOnRecord(legacy)
                summary.discardedCache = "Bản ghi của lần tạo trước do phiên bản CongKhai khác ghi: tạo lại toàn bộ."
            } else if FileManager.default.fileExists(atPath: root + "/.congkhai-cache") {
                written = OutputManifest.pathsOnRecord(URL(fileURLWithPath: root + "/.congkhai-cache"))
            } else {
                // Never written by CongKhai: it may hold hidden entries (".gitkeep") and nothing else.
                let visible = scan.entries.keys.filter { !$0.contains("/") && !$0.hasPrefix(".") }.sorted()
                if !visible.isEmpty { throw .notCongKhaiOutput(output: root, examples: Array(visible.prefix(3))) }
                written = []
            }
        }
    }

    /// Refuses, before anything is created beside it, an output folder that holds visible
    /// entries and was never written by CongKhai (no record, no manifest of an older version).
    static func checkOwnership(_ location: OutputLocation) throws(OutputWriter.WriteError) {
        let root = location.site.path
        guard let identity = TreeIdentity(path: root),
              TreeIdentity(path: root + "/" + OutputRecord.folderName) == nil,
              !FileManager.default.fileExists(atPath: OutputManifest.legacyURL(for: identity, in: location).path),
              !FileManager.default.fileExists(atPath: root + "/.congkhai-cache") else { return }
        let visible = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        if !visible.isEmpty { throw .notCongKhaiOutput(output: root, examples: Array(visible.prefix(3))) }
    }

    /// The served copy's entries that a trusted manifest of it vouches for, as a file.
    func trusted(_ path: String) -> OutputManifest.Entry? {
        guard scan.kind(of: path) == .file else { return nil }
        return manifest?.entries[path]
    }

    /// What is not CongKhai's in the copy, for a new site made of `paths`.
    func ownership(needing paths: [String]) -> Ownership {
        var folders: Set<String> = [""]
        for path in written ?? [] { folders.formUnion(RelativePath.folders(of: path)) }
        // Without the record, the new site's own folders are looked into, so that only what
        // stands exactly where it writes is in its way.
        if written == nil { for path in paths { folders.formUnion(RelativePath.folders(of: path)) } }
        return Ownership(written: written ?? [], folders: folders)
    }

    /// The top-most entries CongKhai did not write, to carry into the new copy; those standing
    /// where the new site writes are an error when CongKhai knows its files, and are set aside
    /// (after the switch, never deleted) when it does not.
    func carryPlan(needing paths: [String]) throws(OutputWriter.WriteError) -> CarryPlan {
        let ownership = ownership(needing: paths)
        let foreign = scan.entries.filter { ownership.isForeignTop($0.key, kind: $0.value) }.map(\.key).sorted()
        var needed = Set(paths)
        for path in paths { needed.formUnion(RelativePath.folders(of: path)) }
        let inTheWay = foreign.filter(needed.contains)
        if written != nil, let path = inTheWay.first { throw .foreignEntryInTheWay(output: root, path: path) }
        return CarryPlan(ownership: ownership, carried: foreign.filter { !needed.contains($0) }, inTheWay: inTheWay)
    }

    /// Hard-links each carried entry (a folder with everything in it) into the new copy, and
    /// returns the identity of every file it carried. An entry that vanished since the scan (a
    /// lock file of git's) is simply not carried; a folder keeps its mode once filled.
    func carryEntries(_ plan: CarryPlan, into copy: String) throws(OutputWriter.WriteError) -> [String: UInt64] {
        var carried: [String: UInt64] = [:]
        for top in plan.carried {
            let inside = scan.kind(of: top) == .folder
                ? scan.entries.keys.filter { $0.hasPrefix(top + "/") }.sorted() : []
            var folders: [(String, mode_t)] = []
            for path in [top] + inside {
                var status = stat()
                guard lstat(root + "/" + path, &status) == 0 else { continue }  // gone since the scan
                let target = copy + "/" + path
                do {
                    try FileWriting.createFolders(upTo: target)
                } catch {
                    throw .io(path: path, underlying: error.message)
                }
                if (status.st_mode & S_IFMT) == S_IFDIR {
                    // Writable while it is filled; its own mode once it is (a read-only folder too).
                    guard mkdir(target, 0o700) == 0 || errno == EEXIST else {
                        throw .io(path: path, underlying: SystemErrorText.describe(errno))
                    }
                    folders.append((target, status.st_mode & 0o7777))
                } else if linkat(AT_FDCWD, root + "/" + path, AT_FDCWD, target, 0) == 0 {
                    carried[path] = UInt64(status.st_ino)
                } else if errno != ENOENT {
                    throw .io(path: path, underlying: SystemErrorText.describe(errno))
                }
            }
            for (folder, mode) in folders.reversed() { chmod(folder, mode) }
        }
        return carried
    }

    /// Linking a served file into the new copy changes its status (the link count is part of
    /// the change time): record that, so the next build need not hash the file to trust it.
    func recordStatuses(tool: String) throws(OutputWriter.WriteError) {
        guard let copy, let manifest else { return }
        do {
            try FileWriting.replace(manifest.encoded(tool: tool), atPath: OutputManifest.url(forCopy: copy, in: location).path)
        } catch {
            throw .io(path: location.state.path, underlying: error.message)
        }
    }
}

/// Which entries of a copy CongKhai did not write: those directly inside its own folders (or
/// at the top) that it did not write, or that are no longer what it wrote.
struct Ownership {
    let written: Set<String>
    let folders: Set<String>

    func isForeignTop(_ path: String, kind: TreeScan.Kind) -> Bool {
        guard !ServedSite.legacyEntries.contains(path), !OutputRecord.holds(path),
              folders.contains(RelativePath.parent(path)) else { return false }
        if written.contains(path) { return kind != .file }
        if folders.contains(path) { return kind != .folder }
        return true
    }
}

/// What the writer carries from the served copy into the new one, and what it cannot.
struct CarryPlan {
    let ownership: Ownership
    let carried: [String]
    /// Entries standing where the new site writes, in a copy whose record was lost.
    let inTheWay: [String]
}

extension TreeScan {
    /// An empty scan, for an output folder that does not exist yet.
    init() {}
}
