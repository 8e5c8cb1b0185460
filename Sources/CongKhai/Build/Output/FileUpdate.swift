import CongKhaiCore
import CongKhaiFamilies
import CongKhaiSite
import Foundation
import Templates

/// How one output file gets into the spare copy, decided from what the two copies hold.
enum FileUpdate {
    case done(OutputManifest.Entry, changed: Bool, servedStatus: FileStatus?)
    case failed(String)

    /// Cheapest first: a file the spare copy already shares with the served one stays; one
    /// the served copy has is hard-linked; one the spare copy has from an older build stays;
    /// only then is the job rendered, and its bytes written only if neither copy has them.
    /// `changed` tells whether the file differs from the one served now.
    static func make(_ job: RenderJob, key: UInt64, served: ServedSite, spare: SpareCopy) -> FileUpdate {
        let path = job.path
        let servedPath = served.root + "/" + path, sparePath = spare.root + "/" + path
        let servedEntry = served.trusted(path).flatMap { verify($0, at: servedPath) }
        if let servedEntry, servedEntry.key == key {
            return share(servedEntry, from: servedPath, to: sparePath, spare: spare.entry(path), key: key)
        }
        if let spareEntry = spare.entry(path), spareEntry.key == key, let kept = verify(spareEntry, at: sparePath) {
            return .done(kept, changed: kept.hash != servedEntry?.hash, servedStatus: nil)
        }
        let data = job.render()
        let hash = FNV1a.hash(data)
        if let servedEntry, servedEntry.hash == hash {
            return share(servedEntry, from: servedPath, to: sparePath, spare: spare.entry(path), key: key)
        }
        if let spareEntry = spare.entry(path), spareEntry.hash == hash, var kept = verify(spareEntry, at: sparePath) {
            kept.key = key
            return .done(kept, changed: true, servedStatus: nil)
        }
        do {
            let status = try FileWriting.create(data, atPath: sparePath)
            return .done(OutputManifest.Entry(key: key, hash: hash, status: status), changed: true, servedStatus: nil)
        } catch {
            return .failed(error.message)
        }
    }

    /// The served file, unchanged, into the spare copy: already there as the same inode, or
    /// hard-linked (which keeps its times, so deploy tools see nothing new).
    private static func share(_ served: OutputManifest.Entry, from servedPath: String, to sparePath: String,
                              spare: OutputManifest.Entry?, key: UInt64) -> FileUpdate {
        if let spare, spare.status.inode == served.status.inode, let kept = verify(spare, at: sparePath),
           kept.status.inode == served.status.inode {
            return .done(OutputManifest.Entry(key: key, hash: served.hash, status: kept.status), changed: false,
                         servedStatus: kept.status)
        }
        do {
            let status = try FileWriting.link(servedPath, to: sparePath)
            return .done(OutputManifest.Entry(key: key, hash: served.hash, status: status), changed: false,
                         servedStatus: status.inode == served.status.inode ? status : nil)
        } catch {
            return .failed(error.message)
        }
    }

    /// The entry if the file still holds what it records: its status unchanged, or else its
    /// bytes hashing to the recorded value (then with the status found).
    static func verify(_ entry: OutputManifest.Entry, at path: String) -> OutputManifest.Entry? {
        guard let status = FileStatus(entryAt: path), status.size == entry.status.size else { return nil }
        if status == entry.status { return entry }
        guard let data = FileManager.default.contents(atPath: path), FNV1a.hash(data) == entry.hash else { return nil }
        var checked = entry
        checked.status = status
        return checked
    }
}
