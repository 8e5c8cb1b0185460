import CongKhaiCore
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the webmaster did in the served folder while a build ran, applied to the new copy
/// right after the switch: the writer's view of the output is the files as they are at the
/// switch, not as they were when it scanned them.
///
/// The entries carried into the new copy were found by a scan at the start; a file dropped
/// into the output after it (an upload, a `git pull`) landed in the copy that has just become
/// the spare one, and the next build would have deleted it. So the old copy is looked at again
/// once it is out of service: a file new there is linked into the served copy, one replaced
/// there replaces the carried one, one deleted there is deleted from the served copy too; one
/// that stands where the new site has a page of its own is set aside, never deleted.
enum LateEntries {
    /// `old` is the copy that was served until the switch, `current` the one served now;
    /// `scanned` is what the first scan of `old` found, at `since` (nanoseconds).
    static func apply(old: String, current: String, scanned: TreeScan, since: Int64, plan: CarryPlan,
                      carried: [String: UInt64], written: OutputManifest, setAside: SetAside) {
        let scan = scanned.refreshed(root: old, since: since)
        let tops = scan.entries.filter { plan.ownership.isForeignTop($0.key, kind: $0.value) }.keys.sorted()
        for top in tops {
            let inside = scan.kind(of: top) == .folder ? scan.entries.keys.filter { $0.hasPrefix(top + "/") }.sorted() : []
            var folders: [(String, mode_t)] = []
            for path in [top] + inside {
                place(path, from: old, into: current, scanned: scanned, carried: carried, written: written,
                      setAside: setAside, folders: &folders)
            }
            for (folder, mode) in folders.reversed() { chmod(folder, mode) }
        }
        // Carried files deleted from the served folder while the build ran.
        for (path, inode) in carried where scan.kind(of: path) == nil {
            var status = stat()
            if lstat(current + "/" + path, &status) == 0, UInt64(status.st_ino) == inode, written.entries[path] == nil {
                unlink(current + "/" + path)
            }
        }
    }

    /// Notes, by the file system's clock, when the old copy was last looked at.
    static func markReconciled(_ location: OutputLocation) {
        _ = try? FileWriting.create(Data("r".utf8), atPath: location.reconciledMarker.path)
    }

    /// At the next build, before anything else: a file that reached the old copy after it was
    /// looked at (a `cp` or an upload whose path was resolved just before the exchange and
    /// written just after) is in the spare copy only, which this build would clean. A file of
    /// the spare copy that CongKhai did not write, that is not a link shared with the served copy
    /// and that was modified after the last look, is such a straggler: it goes where it was
    /// dropped in the served copy (over the webmaster's own file there: it replaced it), or is set
    /// aside when CongKhai has a file of its own there.
    ///
    /// Only a spare copy as the last switch left it is looked at: its manifest is still there
    /// (a build removes it before changing anything in the copy), so whatever it holds that its
    /// record does not list is not the half-written work of a build killed since.
    static func recoverStragglers(_ location: OutputLocation, setAside: SetAside) {
        guard let marker = FileStatus(entryAt: location.reconciledMarker.path),
              TreeIdentity(path: location.spare.path) != nil else { return }
        let record = OutputRecord.read(copyAt: location.spare.path)
        guard case .known(let written) = record.paths, let copy = record.copy,
              FileManager.default.fileExists(atPath: OutputManifest.url(forCopy: copy, in: location).path) else { return }
        let spare = location.spare.path, site = location.site.path
        guard case .known(let servedWritten) = OutputRecord.read(copyAt: site).paths else { return }
        let scan = TreeScan(root: spare)
        for path in scan.files.sorted() where !written.contains(path) && !OutputRecord.holds(path)
            && !ServedSite.legacyEntries.contains(path) {
            guard let status = FileStatus(entryAt: spare + "/" + path), status.modifiedNanoseconds >= marker.modifiedNanoseconds,
                  FileStatus(entryAt: site + "/" + path)?.inode != status.inode else { continue }
            var existing = stat()
            let free = lstat(site + "/" + path, &existing) != 0
            let theirs = !free && (existing.st_mode & S_IFMT) == S_IFREG && !servedWritten.contains(path)
            if free || theirs, (try? FileWriting.createFolders(upTo: site + "/" + path)) != nil,
               rename(spare + "/" + path, site + "/" + path) == 0 {
                continue
            }
            setAside.move(path, from: spare)
        }
    }

    /// One entry of the old copy, against what the scan found and what was carried: only what
    /// changed in the old copy since then is applied, and never over a change the webmaster made
    /// in the served copy after the switch (that one is later).
    private static func place(_ path: String, from old: String, into current: String, scanned: TreeScan,
                              carried: [String: UInt64], written: OutputManifest, setAside: SetAside,
                              folders: inout [(String, mode_t)]) {
        var source = stat(), target = stat()
        guard lstat(old + "/" + path, &source) == 0 else { return }
        let destination = current + "/" + path
        let present = lstat(destination, &target) == 0
        if (source.st_mode & S_IFMT) == S_IFDIR {
            // A folder the scan found was carried (or is CongKhai's); only a new one is made.
            if scanned.kind(of: path) == .folder || (present && (target.st_mode & S_IFMT) == S_IFDIR) { return }
            if present || (try? FileWriting.createFolders(upTo: destination)) == nil || mkdir(destination, 0o700) != 0 {
                setAside.move(path, from: old)
                return
            }
            folders.append((destination, source.st_mode & 0o7777))
            return
        }
        if present && target.st_ino == source.st_ino { return }
        if let linked = carried[path] {
            // Unchanged in the old copy: whatever the served copy holds now is newer.
            guard UInt64(source.st_ino) != linked else { return }
            // Replaced in the old copy after it was carried, and untouched in the served copy
            // since: the replacement is served. Changed there too: that later change stays, and
            // this one is set aside rather than lost.
            guard present, UInt64(target.st_ino) == linked, written.entries[path] == nil else {
                setAside.move(path, from: old)
                return
            }
            let temporary = RelativePath.parent(destination) + "/.congkhai-late-" + String(UInt64(source.st_ino), radix: 16)
            guard linkat(AT_FDCWD, old + "/" + path, AT_FDCWD, temporary, 0) == 0 else { return setAside.move(path, from: old) }
            if rename(temporary, destination) != 0 {
                unlink(temporary)
                setAside.move(path, from: old)
            }
            return
        }
        // New in the old copy since the scan. Where the served copy has something of its own
        // there (a page, or a file the webmaster put there after the switch), it is set aside.
        guard !present, written.entries[path] == nil, (try? FileWriting.createFolders(upTo: destination)) != nil,
              linkat(AT_FDCWD, old + "/" + path, AT_FDCWD, destination, 0) == 0 else {
            setAside.move(path, from: old)
            return
        }
    }
}

/// Files the writer could not leave where they were and would not delete, moved into
/// `.public.congkhai/giu-lai/` beside the output, under their own paths.
final class SetAside {
    let folder: URL
    private(set) var moved: [String] = []

    init(_ location: OutputLocation) { folder = location.setAside }

    /// Moves `path` of the copy at `root` (a file or a whole folder) into the folder.
    func move(_ path: String, from root: String) {
        var target = folder.path + "/" + path
        var suffix = 1
        while FileManager.default.fileExists(atPath: target) {
            target = folder.path + "/" + path + ".\(suffix)"
            suffix += 1
        }
        guard (try? FileWriting.createFolders(upTo: target)) != nil, rename(root + "/" + path, target) == 0 else { return }
        moved.append(target)
    }
}
