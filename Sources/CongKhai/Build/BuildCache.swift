import Foundation

/// What the last build wrote, kept beside the output (`public/.congkhai-cache`) so the next
/// build renders only what changed.
///
/// For every output file: the key of the inputs it was rendered from, and its size and
/// modification time after writing, so a file edited or deleted by hand is rendered again.
/// The cache is trusted only when it was written by this very build of CongKhai and its
/// checksum holds; anything else is discarded with a notice and the build starts afresh.
struct BuildCache: Equatable {
    struct Entry: Equatable {
        var key: UInt64
        var status: FileStatus
    }

    static let fileName = ".congkhai-cache"
    static let formatVersion = 1

    var entries: [String: Entry] = [:]

    /// Why a cache file was not used, for the notice the build prints.
    enum Rejection: Error, Equatable {
        case foreignVersion
        case corrupt
    }

    static func url(in output: URL) -> URL { output.appendingPathComponent(fileName) }

    /// Nil without a cache file; a rejection when it exists but cannot be trusted.
    static func load(from output: URL, tool: String) -> Result<BuildCache, Rejection>? {
        guard let data = FileManager.default.contents(atPath: url(in: output).path) else { return nil }
        return decode(data, tool: tool)
    }

    static func decode(_ data: Data, tool: String) -> Result<BuildCache, Rejection> {
        guard let text = String(data: data, encoding: .utf8) else { return .failure(.corrupt) }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 3, lines.removeLast().isEmpty else { return .failure(.corrupt) }
        guard lines[0] == header(tool: tool) else {
            return lines[0].hasPrefix("congkhai-cache ") ? .failure(.foreignVersion) : .failure(.corrupt)
        }
        let trailer = lines.removeLast().split(separator: " ")
        let body = lines.joined(separator: "\n")
        guard trailer.count == 3, trailer[0] == "end", Int(trailer[1]) == lines.count - 1,
              UInt64(trailer[2], radix: 16) == FNV1a.hash(body) else { return .failure(.corrupt) }

        var cache = BuildCache()
        cache.entries.reserveCapacity(lines.count)
        for line in lines.dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 4, let key = UInt64(fields[1], radix: 16), let size = Int(fields[2]),
                  let modified = Int64(fields[3]), OutputWriter.isSafe(String(fields[0])) else { return .failure(.corrupt) }
            cache.entries[String(fields[0])] = Entry(key: key, status: FileStatus(size: size, modifiedNanoseconds: modified))
        }
        return .success(cache)
    }

    func encoded(tool: String) -> Data {
        var lines = [Self.header(tool: tool)]
        lines.reserveCapacity(entries.count + 2)
        for path in entries.keys.sorted() {
            let entry = entries[path]!
            lines.append("\(path)\t\(String(entry.key, radix: 16))\t\(entry.status.size)\t\(entry.status.modifiedNanoseconds)")
        }
        let body = lines.joined(separator: "\n")
        return Data("\(body)\nend \(lines.count - 1) \(String(FNV1a.hash(body), radix: 16))\n".utf8)
    }

    private static func header(tool: String) -> String { "congkhai-cache \(formatVersion) \(tool)" }
}
