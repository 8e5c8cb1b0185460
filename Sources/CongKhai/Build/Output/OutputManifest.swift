import CongKhaiCore
import CongKhaiFamilies
import CongKhaiInput
import CongKhaiSite
import Foundation
import Templates

/// What CongKhai wrote into one copy of the site, kept in the state folder beside the output
/// (`.public.congkhai/manifest-a` or `manifest-b`), named after the copy it describes as that
/// copy's own record says (`OutputRecord`), so the manifest follows the folder through the
/// switch that puts it in place, and through a copy of the project to another disk.
///
/// For every file: the key of the inputs it was rendered from (so the next build renders only
/// what changed), the hash of its bytes, and its status when recorded. A file whose status is
/// no longer as recorded is trusted only if its bytes still hash to the recorded value.
/// A manifest is trusted only when it was written by this very build of CongKhai and its
/// checksum holds; anything else is discarded and that copy is made again. It is a cache:
/// which files are CongKhai's is the copy's own record, so a lost or damaged manifest costs a
/// full render, never a file of the webmaster's.
package struct OutputManifest: Equatable {
    struct Entry: Equatable {
        var key: UInt64
        var hash: UInt64
        var status: FileStatus
    }

    static let formatVersion = 3

    var entries: [String: Entry] = [:]

    /// Why a manifest was not used, for the notice the build prints.
    enum Rejection: Error, Equatable {
        case foreignVersion
        case corrupt
    }

    package static func url(forCopy copy: String, in location: OutputLocation) -> URL {
        location.state.appendingPathComponent("manifest-\(copy)")
    }

    /// Where versions before the copy's own record kept the manifest: named after the folder's
    /// device and inode, which a copy of the project does not keep. Read only for its paths.
    static func legacyURL(for tree: TreeIdentity, in location: OutputLocation) -> URL {
        location.state.appendingPathComponent("manifest-\(tree.device)-\(tree.inode)")
    }

    /// Nil without a manifest; a rejection when one exists but cannot be trusted.
    static func load(forCopy copy: String, in location: OutputLocation, tool: String) -> Result<OutputManifest, Rejection>? {
        guard let data = FileManager.default.contents(atPath: url(forCopy: copy, in: location).path) else { return nil }
        return decode(data, tool: tool)
    }

    /// Reads a manifest written by `encoded(tool:)`.
    ///
    /// Read on the bytes, field by field: a manifest has a line per output file (40,000 at
    /// 10,000 procedures, two manifests per build), and splitting it into Strings and
    /// Substrings was a sixth of a build that found nothing to do.
    static func decode(_ data: Data, tool: String) -> Result<OutputManifest, Rejection> {
        data.withUnsafeBytes { raw -> Result<OutputManifest, Rejection> in
            let bytes = raw.bindMemory(to: UInt8.self)
            let newline = UInt8(ascii: "\n")
            // Header line, entry lines, trailer line, each ending with a line break.
            guard bytes.last == newline, bytes.count >= 2,
                  let headerEnd = bytes.firstIndex(of: newline),
                  let trailerBreak = bytes[..<(bytes.count - 1)].lastIndex(of: newline), trailerBreak >= headerEnd,
                  let header = String(validating: bytes[..<headerEnd], as: UTF8.self) else { return .failure(.corrupt) }
            guard header == Self.header(tool: tool) else {
                return header.hasPrefix("congkhai-manifest ") ? .failure(.foreignVersion) : .failure(.corrupt)
            }
            // "end <entries> <hash of everything before the trailer's line break>"
            let trailer = String(decoding: bytes[(trailerBreak + 1)..<(bytes.count - 1)], as: UTF8.self).split(separator: " ")
            var hasher = FNV1a()
            hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: raw[..<trailerBreak]))
            hasher.combine(UInt8(0))  // as `FNV1a.hash(_: String)` ends every string
            guard trailer.count == 3, trailer[0] == "end", let count = Int(trailer[1]),
                  UInt64(trailer[2], radix: 16) == hasher.value else { return .failure(.corrupt) }

            var manifest = OutputManifest()
            manifest.entries.reserveCapacity(count)
            var lineStart = headerEnd + 1
            while lineStart < trailerBreak {
                let lineEnd = bytes[lineStart..<trailerBreak].firstIndex(of: newline) ?? trailerBreak
                guard let (path, entry) = Self.entry(bytes[lineStart..<lineEnd]) else { return .failure(.corrupt) }
                manifest.entries[path] = entry
                lineStart = lineEnd + 1
            }
            guard manifest.entries.count == count else { return .failure(.corrupt) }
            return .success(manifest)
        }
    }

    /// One line: path, key (hex), hash (hex), size, modified, changed, inode, tab-separated.
    private static func entry(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> (String, Entry)? {
        var fields: [Slice<UnsafeBufferPointer<UInt8>>] = []
        fields.reserveCapacity(7)
        var fieldStart = line.startIndex
        for index in line.indices where line[index] == UInt8(ascii: "\t") {
            fields.append(line[fieldStart..<index])
            fieldStart = index + 1
        }
        fields.append(line[fieldStart...])
        guard fields.count == 7, let path = String(validating: fields[0], as: UTF8.self), OutputWriter.isSafe(path),
              let key = number(fields[1], radix: 16), let hash = number(fields[2], radix: 16),
              let size = number(fields[3], radix: 10), size <= UInt64(Int.max), let modified = number(fields[4], radix: 10, signed: true),
              let changed = number(fields[5], radix: 10, signed: true), let inode = number(fields[6], radix: 10)
        else { return nil }
        return (path, Entry(key: key, hash: hash,
                            status: FileStatus(size: Int(truncatingIfNeeded: size), modifiedNanoseconds: Int64(bitPattern: modified),
                                               changedNanoseconds: Int64(bitPattern: changed), inode: inode)))
    }

    /// A number as `encoded` writes it (`String(_:radix:)`, lowercase), or nil. Signed numbers
    /// come back as their two's-complement bit pattern.
    private static func number(_ digits: Slice<UnsafeBufferPointer<UInt8>>, radix: UInt64, signed: Bool = false) -> UInt64? {
        var digits = digits[...]
        let negative = signed && digits.first == UInt8(ascii: "-")
        if negative { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.count <= 20 else { return nil }
        var value: UInt64 = 0
        for byte in digits {
            let digit: UInt64
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt64(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16: digit = UInt64(byte - UInt8(ascii: "a") + 10)
            default: return nil
            }
            let (shifted, overflowA) = value.multipliedReportingOverflow(by: radix)
            let (sum, overflowB) = shifted.addingReportingOverflow(digit)
            guard !overflowA, !overflowB else { return nil }
            value = sum
        }
        if signed {
            guard value <= UInt64(Int64.max) + (negative ? 1 : 0) else { return nil }
            return negative ? UInt64(bitPattern: 0 &- Int64(bitPattern: value)) : value
        }
        return value
    }

    /// The paths a manifest of any version lists (each line after the first starts with one,
    /// then a tab), including the `.congkhai-cache` CongKhai 0.6 kept inside the output.
    static func pathsOnRecord(_ url: URL) -> Set<String> {
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return Set(text.split(separator: "\n").dropFirst().compactMap { line in
            guard let path = line.split(separator: "\t").first.map(String.init), OutputWriter.isSafe(path) else { return nil }
            return path
        })
    }

    /// Written on bytes, as `decode` reads it: a line per file, sorted by path.
    func encoded(tool: String) -> Data {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(entries.count * 96)
        bytes += Self.header(tool: tool).utf8
        for path in entries.keys.sorted() {
            let entry = entries[path]!, status = entry.status
            bytes.append(UInt8(ascii: "\n"))
            bytes += path.utf8
            for field in [String(entry.key, radix: 16), String(entry.hash, radix: 16), String(status.size),
                          String(status.modifiedNanoseconds), String(status.changedNanoseconds), String(status.inode)] {
                bytes.append(UInt8(ascii: "\t"))
                bytes += field.utf8
            }
        }
        var hasher = FNV1a()
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        hasher.combine(UInt8(0))  // as `FNV1a.hash(_: String)` ends every string
        bytes += "\nend \(entries.count) \(String(hasher.value, radix: 16))\n".utf8
        return Data(bytes)
    }

    private static func header(tool: String) -> String { "congkhai-manifest \(formatVersion) \(tool)" }
}

/// A folder's identity on its file system, which a rename keeps.
struct TreeIdentity: Equatable, Hashable {
    let device: UInt64
    let inode: UInt64

    /// Nil unless the path is a real folder (not a symbolic link to one).
    init?(path: String) {
        var status = stat()
        guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR else { return nil }
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }
}

extension FNV1a {
    static func hash(_ data: Data) -> UInt64 {
        var hasher = FNV1a()
        hasher.combine(data)
        return hasher.value
    }
}
