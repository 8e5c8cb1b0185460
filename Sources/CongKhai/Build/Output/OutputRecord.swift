import CongKhaiCore
import CongKhaiSite
import Templates
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What each copy of the site carries about itself, in its hidden folder `.congkhai/`: which of
/// the two copies it is (`copy`: "a" or "b", naming its manifest in the state folder) and every
/// file CongKhai wrote into it (`paths`).
///
/// Kept inside the copy, because that is what travels with it: `cp -a`, `rsync -a`, a move to
/// another disk or a restore from backup give folders new inodes, and the state folder beside
/// the output may be left behind or deleted. Which files are CongKhai's (and may be deleted when
/// they go) must survive all of that, or the webmaster's own files would end up deleted or the
/// output refused for good. The list names public files only, nothing private; `paths` is written
/// only when the set of files changes (else it is linked from the served copy, times kept), so a
/// deploy tool uploads it rarely. The package and the preview leave the folder out.
package struct OutputRecord: Equatable {
    static let folderName = ".congkhai"
    static let copyFile = "copy"
    static let pathsFile = "paths"
    static let copies = ["a", "b"]

    enum Paths: Equatable {
        case known(Set<String>)
        /// The folder is there but the list is missing, cut or edited: CongKhai's copy, files unknown.
        case unreadable
        /// No record at all: a folder CongKhai did not write, or one written by a version before this record.
        case absent
    }

    package let copy: String?
    let paths: Paths

    package static func read(copyAt root: String) -> OutputRecord {
        let folder = root + "/" + folderName
        var status = stat()
        guard lstat(folder, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR else { return OutputRecord(copy: nil, paths: .absent) }
        let copy = FileManager.default.contents(atPath: folder + "/" + copyFile)
            .map { String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) }
            .flatMap { copies.contains($0) ? $0 : nil }
        guard let data = FileManager.default.contents(atPath: folder + "/" + pathsFile), let paths = decode(data) else {
            return OutputRecord(copy: copy, paths: .unreadable)
        }
        return OutputRecord(copy: copy, paths: .known(paths))
    }

    /// "congkhai-paths 1", a path a line in byte order, and a trailer with the count and a hash
    /// of what precedes it, so a cut or edited list is never taken for a complete one.
    static func encode(_ paths: Set<String>) -> Data {
        var bytes: [UInt8] = Array("congkhai-paths 1\n".utf8)
        for path in paths.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            bytes += path.utf8
            bytes.append(UInt8(ascii: "\n"))
        }
        let hash = FNV1a.hash(Data(bytes))
        bytes += "end \(paths.count) \(String(hash, radix: 16))\n".utf8
        return Data(bytes)
    }

    static func decode(_ data: Data) -> Set<String>? {
        guard let text = String(validating: data, as: UTF8.self), text.hasPrefix("congkhai-paths 1\n"), text.hasSuffix("\n") else { return nil }
        let body = text.dropLast()
        guard let trailerStart = body.lastIndex(of: "\n") else { return nil }
        let trailer = body[body.index(after: trailerStart)...].split(separator: " ")
        let listed = text[..<body.index(after: trailerStart)]
        guard trailer.count == 3, trailer[0] == "end", let count = Int(trailer[1]),
              UInt64(trailer[2], radix: 16) == FNV1a.hash(Data(listed.utf8)) else { return nil }
        let paths = listed.split(separator: "\n").dropFirst().map(String.init)
        guard paths.count == count, paths.allSatisfy(OutputWriter.isSafe) else { return nil }
        return Set(paths)
    }

    /// Writes the record of a finished copy. `paths` is hard-linked from the served copy when
    /// its bytes are the same there.
    static func write(copy: String, paths: Set<String>, into root: String, servedRoot: String?) throws(FileWriting.Failure) {
        let folder = root + "/" + folderName
        TreeRemover.remove(folder)
        guard mkdir(folder, 0o755) == 0 else { throw FileWriting.Failure() }
        _ = try FileWriting.create(Data((copy + "\n").utf8), atPath: folder + "/" + copyFile)
        let data = encode(paths)
        let served = servedRoot.map { $0 + "/" + folderName + "/" + pathsFile }
        if let served, FileStatus(entryAt: served)?.size == data.count, FileManager.default.contents(atPath: served) == data {
            _ = try FileWriting.link(served, to: folder + "/" + pathsFile)
        } else {
            _ = try FileWriting.create(data, atPath: folder + "/" + pathsFile)
        }
    }

    /// True for the record itself and anything in it, which is no part of the site.
    package static func holds(_ path: String) -> Bool {
        path == folderName || path.hasPrefix(folderName + "/")
    }
}
