import Foundation

/// What CongKhai wrote into one copy of the site, kept in the state folder beside the output
/// (`.public.congkhai/manifest-<device>-<inode>`), named after the copy's folder so that the
/// record follows the folder through the switch that puts it in place.
///
/// For every file: the key of the inputs it was rendered from (so the next build renders only
/// what changed), the hash of its bytes, and its status when recorded. A file whose status is
/// no longer as recorded is trusted only if its bytes still hash to the recorded value.
/// A manifest is trusted only when it was written by this very build of CongKhai and its
/// checksum holds; anything else is discarded and that copy is made again.
struct OutputManifest: Equatable {
    struct Entry: Equatable {
        var key: UInt64
        var hash: UInt64
        var status: FileStatus
    }

    static let formatVersion = 2

    var entries: [String: Entry] = [:]

    /// Why a manifest was not used, for the notice the build prints.
    enum Rejection: Error, Equatable {
        case foreignVersion
        case corrupt
    }

    static func url(for tree: TreeIdentity, in location: OutputLocation) -> URL {
        location.state.appendingPathComponent("manifest-\(tree.device)-\(tree.inode)")
    }

    /// Nil without a manifest; a rejection when one exists but cannot be trusted.
    static func load(for tree: TreeIdentity, in location: OutputLocation, tool: String) -> Result<OutputManifest, Rejection>? {
        guard let data = FileManager.default.contents(atPath: url(for: tree, in: location).path) else { return nil }
        return decode(data, tool: tool)
    }

    static func decode(_ data: Data, tool: String) -> Result<OutputManifest, Rejection> {
        guard let text = String(data: data, encoding: .utf8) else { return .failure(.corrupt) }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 3, lines.removeLast().isEmpty else { return .failure(.corrupt) }
        guard lines[0] == header(tool: tool) else {
            return lines[0].hasPrefix("congkhai-manifest ") ? .failure(.foreignVersion) : .failure(.corrupt)
        }
        let trailer = lines.removeLast().split(separator: " ")
        let body = lines.joined(separator: "\n")
        guard trailer.count == 3, trailer[0] == "end", Int(trailer[1]) == lines.count - 1,
              UInt64(trailer[2], radix: 16) == FNV1a.hash(body) else { return .failure(.corrupt) }

        var manifest = OutputManifest()
        manifest.entries.reserveCapacity(lines.count)
        for line in lines.dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 7, let key = UInt64(fields[1], radix: 16), let hash = UInt64(fields[2], radix: 16),
                  let size = Int(fields[3]), let modified = Int64(fields[4]), let changed = Int64(fields[5]),
                  let inode = UInt64(fields[6]), OutputWriter.isSafe(String(fields[0])) else { return .failure(.corrupt) }
            manifest.entries[String(fields[0])] = Entry(
                key: key, hash: hash,
                status: FileStatus(size: size, modifiedNanoseconds: modified, changedNanoseconds: changed, inode: inode))
        }
        return .success(manifest)
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

    func encoded(tool: String) -> Data {
        var lines = [Self.header(tool: tool)]
        lines.reserveCapacity(entries.count + 2)
        for path in entries.keys.sorted() {
            let entry = entries[path]!, status = entry.status
            lines.append("\(path)\t\(String(entry.key, radix: 16))\t\(String(entry.hash, radix: 16))\t\(status.size)\t\(status.modifiedNanoseconds)\t\(status.changedNanoseconds)\t\(status.inode)")
        }
        let body = lines.joined(separator: "\n")
        return Data("\(body)\nend \(lines.count - 1) \(String(FNV1a.hash(body), radix: 16))\n".utf8)
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
