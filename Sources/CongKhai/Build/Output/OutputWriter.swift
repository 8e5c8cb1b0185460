import CongKhaiCore
import CongKhaiFamilies
import CongKhaiSite
import CFileSystem
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The only code that touches the output folder.
///
/// A web server serving the output must see the whole old site or the whole new one, even
/// when a build is killed at any instant, fails half-way or runs beside another. So the new
/// site is never written into the served folder: it is prepared complete in a spare copy in
/// the state folder beside the output, and the two folders are then exchanged in one
/// `renameat2(RENAME_EXCHANGE)`. The copy that was served becomes the spare one, which the
/// next build brings up to date: files whose inputs did not change are kept (or hard-linked
/// from the served copy, which costs no bytes), only the rest is rendered and written.
/// An unchanged site is switched for an identical one whose files are the same inodes, so
/// their times stay and deploy tools copy nothing.
///
/// The writer holds an exclusive lock on the output for the whole write, deletes only what a
/// manifest says it wrote, carries every other entry of the output (".gitkeep", a file the
/// webmaster added) into the new copy, and refuses an output folder that holds files it did
/// not write.
public enum OutputWriter {
    public enum WriteError: Error, CustomStringConvertible, Equatable {
        case unsafePath(String)
        case protectedFolder(output: String, reason: String)
        case notCongKhaiOutput(output: String, examples: [String])
        case foreignEntryInTheWay(output: String, path: String)
        case unusableName(output: String, name: String)
        case io(path: String, underlying: String)

        public var description: String {
            switch self {
            case .unsafePath(let path):
                "Đường dẫn \"\(path)\" thoát ra ngoài thư mục xuất; không ghi gì."
            case .protectedFolder(let output, let reason):
                "Thư mục xuất \(output) \(reason). CongKhai thay toàn bộ thư mục xuất khi tạo trang, nên sẽ xóa mất tệp của bạn: chọn thư mục khác bằng --output, ví dụ --output public."
            case .notCongKhaiOutput(let output, let examples):
                "Thư mục xuất \(output) đã có tệp không do CongKhai tạo (\(examples.joined(separator: ", "))). CongKhai không ghi đè hay xóa tệp của bạn: chọn một thư mục trống hoặc chưa có bằng --output."
            case .foreignEntryInTheWay(let output, let path):
                "Trong thư mục xuất \(output) có \(path) không do CongKhai tạo, nằm đúng chỗ trang web cần ghi. Chuyển nó ra chỗ khác rồi tạo lại."
            case .unusableName(let output, let name):
                "Trong thư mục xuất \(output) có \"\(name)\" mà tên không phải UTF-8: CongKhai không chép hay giữ nó an toàn qua các lần tạo trang. Đổi tên nó (hoặc chuyển ra chỗ khác) rồi tạo lại."
            case .io(let path, let message):
                "Không ghi được \(path): \(message)"
            }
        }
    }

    /// What a write did, for the build's summary line. Counts compare the new site with the
    /// one that was served before.
    public struct Summary: Sendable, Equatable {
        public var written = 0
        public var unchanged = 0
        public var removed = 0
        public var pagesWritten = 0
        public var pagesUnchanged = 0
        /// Set when a manifest was found but not trusted, so everything was rendered again.
        public var discardedCache: String?
        public var incremental = false
        /// Files dropped into the output during the build where the new site has a page of its
        /// own (or standing there when CongKhai's record was lost), moved under `setAside`.
        public var setAside: [String] = []
    }

    /// A relative path is safe when none of its components can leave the folder it is joined to.
    public static func isSafe(_ path: String) -> Bool {
        var path = path
        return path.withUTF8 { bytes in
            guard !bytes.isEmpty else { return false }
            var componentStart = true
            for (index, byte) in bytes.enumerated() {
                switch byte {
                case UInt8(ascii: "\\"), 0, UInt8(ascii: "\n"), UInt8(ascii: "\t"): return false
                case UInt8(ascii: "/"):
                    if componentStart { return false }  // leading "/" or an empty component
                    componentStart = true
                case UInt8(ascii: "."):
                    if componentStart { return false }  // ".", "..", hidden names
                    componentStart = false
                default:
                    componentStart = false
                }
                if index == bytes.count - 1 && byte == UInt8(ascii: "/") { return false }
            }
            return true
        }
    }

    /// Writes files already in memory, each keyed by its contents.
    @discardableResult
    public static func write(_ files: [OutputFile], to output: URL) throws(WriteError) -> Summary {
        let jobs = files.map { file in RenderJob(path: file.path, dependency: .shared) { file.contents } }
        return try write(jobs, keys: files.map { FNV1a.hash($0.contents) }, to: OutputLocation.resolve(output: output))
    }

    /// Renders the jobs whose keys differ from what the copies hold, and switches the new
    /// site in. `waiting` is called when another build holds the output; `whileLocked` runs
    /// once the new site is served, before the lock is released (the package is made there,
    /// so no other build can change the site under it).
    static func write(_ jobs: [RenderJob], keys: [UInt64], to location: OutputLocation,
                      progress: BuildProgress? = nil, waiting: () -> Void = {},
                      whileLocked: ((URL) -> Void)? = nil) throws(WriteError) -> Summary {
        for job in jobs where !isSafe(job.path) { throw .unsafePath(job.path) }
        try ServedSite.checkOwnership(location)
        let lock: OutputLock
        do {
            lock = try OutputLock(location, waiting: waiting)
        } catch {
            throw .io(path: location.state.path, underlying: error.message)
        }
        defer { withExtendedLifetime(lock) {} }
        InterruptedSwitch.repair(location)

        let tool = ToolIdentity.current
        var summary = Summary()
        let setAside = SetAside(location)
        LateEntries.recoverStragglers(location, setAside: setAside)
        // Folders changed after this, by the file system's own clock (a network file system
        // stamps times with the server's), less two seconds for coarse clocks, are looked at
        // again after the switch.
        let scanned = Self.fileSystemNow(location) - 2_000_000_000
        var served = try ServedSite(location, tool: tool, summary: &summary)
        let plan = try served.carryPlan(needing: jobs.map(\.path))
        let spare = try SpareCopy(location, servedCopy: served.copy, tool: tool)
        summary.incremental = served.manifest != nil

        progress?.begin("render", total: jobs.count)
        let before = served
        let decisions = ParallelMap.map(Array(jobs.indices)) { index in
            defer { progress?.advance() }
            return FileUpdate.make(jobs[index], key: keys[index], served: before, spare: spare)
        }
        var manifest = OutputManifest()
        manifest.entries.reserveCapacity(jobs.count)
        for (index, decision) in decisions.enumerated() {
            let path = jobs[index].path
            switch decision {
            case .failed(let message):
                throw .io(path: path, underlying: message)
            case .done(let entry, let changed, let servedStatus):
                manifest.entries[path] = entry
                if let servedStatus { served.manifest?.entries[path]?.status = servedStatus }
                summary.count(changed: changed, path: path)
            }
        }
        spare.removeFiles(notIn: manifest)
        if let servedManifest = served.manifest {
            summary.removed = servedManifest.entries.keys.count { manifest.entries[$0] == nil }
        }
        let carried = try served.carryEntries(plan, into: spare.root)
        try spare.record(manifest, tool: tool, served: served)
        try served.recordStatuses(tool: tool)
        try switchIn(spare: spare.root, location: location)
        if served.exists {
            LateEntries.apply(old: spare.root, current: location.site.path, scanned: served.scan, since: scanned,
                              plan: plan, carried: carried, written: manifest, setAside: setAside)
            LateEntries.markReconciled(location)
        }
        summary.setAside = setAside.moved
        removeStaleManifests(location)
        whileLocked?(location.site)
        return summary
    }

    /// Puts the finished copy where the site is served, in one step where the file system
    /// can exchange two folders.
    private static func switchIn(spare: String, location: OutputLocation) throws(WriteError) {
        let site = location.site.path
        if TreeIdentity(path: site) == nil {
            do {
                try FileWriting.createFolders(upTo: site)
            } catch {
                throw .io(path: site, underlying: error.message)
            }
            guard rename(spare, site) == 0 else { throw .io(path: site, underlying: SystemErrorText.describe(errno)) }
            return
        }
        if ck_exchange_paths(spare, site) == 0 { return }
        guard [EINVAL, ENOSYS, ENOTSUP, EOPNOTSUPP].contains(errno) else {
            throw .io(path: site, underlying: SystemErrorText.describe(errno))
        }
        // A file system that cannot exchange (some network and FUSE file systems): two
        // renames, with a moment in which the output folder is missing. A build killed in
        // that moment leaves the served copy aside, and the next run puts it back first
        // (`InterruptedSwitch`).
        let aside = location.aside.path
        TreeRemover.remove(aside)
        guard rename(site, aside) == 0 else { throw .io(path: site, underlying: SystemErrorText.describe(errno)) }
        guard rename(spare, site) == 0 else {
            let failure = SystemErrorText.describe(errno)
            rename(aside, site)
            throw .io(path: site, underlying: failure)
        }
        rename(aside, spare)
    }

    /// Now as the output's file system stamps times, read from a file written in the state folder
    /// (as git does against racy timestamps); this machine's clock if that fails.
    private static func fileSystemNow(_ location: OutputLocation) -> Int64 {
        if let status = try? FileWriting.create(Data("t".utf8), atPath: location.state.appendingPathComponent("clock").path) {
            return status.modifiedNanoseconds
        }
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    /// Manifests of copies that are neither the site nor the spare one: those older versions
    /// named after a folder's device and inode.
    private static func removeStaleManifests(_ location: OutputLocation) {
        let keep = OutputRecord.copies.map { OutputManifest.url(forCopy: $0, in: location).lastPathComponent }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: location.state.path)) ?? []
        where name.hasPrefix("manifest-") && !keep.contains(name) {
            unlink(location.state.appendingPathComponent(name).path)
        }
    }
}

private extension OutputWriter.Summary {
    mutating func count(changed: Bool, path: String) {
        let isPage = path.hasSuffix(".html")
        if changed {
            written += 1
            if isPage { pagesWritten += 1 }
        } else {
            unchanged += 1
            if isPage { pagesUnchanged += 1 }
        }
    }
}
