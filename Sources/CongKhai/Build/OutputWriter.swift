import Foundation

/// The only code that touches the output folder.
///
/// Without a trusted build cache (the first build, or after a cache was discarded) every
/// file is written into a staging folder inside the output folder and swapped into place
/// only when all were written, so a failed build leaves the previous site as it was.
/// With one, only the jobs whose keys changed are rendered; they too are staged first, and
/// only when all were written are they renamed over the old files one by one and the files
/// no longer produced removed. An unchanged site is not touched at all. Hidden entries of
/// the output folder (".gitkeep", the cache) are kept.
public enum OutputWriter {
    static let stagingName = ".congkhai-staging"
    static let previousName = ".congkhai-previous"

    public enum WriteError: Error, CustomStringConvertible {
        case unsafePath(String)
        case io(path: String, underlying: String)

        public var description: String {
            switch self {
            case .unsafePath(let path): "Đường dẫn \"\(path)\" thoát ra ngoài thư mục xuất; không ghi gì."
            case .io(let path, let message): "Không ghi được \(path): \(message)"
            }
        }
    }

    /// What a write did, for the build's summary line.
    public struct Summary: Sendable, Equatable {
        public var written = 0
        public var unchanged = 0
        public var removed = 0
        public var pagesWritten = 0
        public var pagesUnchanged = 0
        /// Set when a cache was found but not trusted, so everything was rendered again.
        public var discardedCache: String?
        public var incremental = false
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
        let keys = files.map { file -> UInt64 in
            var hasher = FNV1a()
            hasher.combine(file.contents)
            return hasher.value
        }
        return try write(jobs, keys: keys, to: output)
    }

    /// Renders the jobs whose keys differ from the cache's and writes them.
    static func write(_ jobs: [RenderJob], keys: [UInt64], to output: URL,
                      progress: BuildProgress? = nil) throws(WriteError) -> Summary {
        for job in jobs where !isSafe(job.path) { throw .unsafePath(job.path) }
        do {
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        } catch {
            throw .io(path: output.path, underlying: error.localizedDescription)
        }
        let tool = ToolIdentity.current
        var summary = Summary()
        let previous: BuildCache?
        switch BuildCache.load(from: output, tool: tool) {
        case .success(let cache)?:
            previous = cache
        case .failure(let rejection)?:
            previous = nil
            summary.discardedCache = rejection == .foreignVersion
                ? "Bộ nhớ đệm trong \(BuildCache.fileName) do phiên bản CongKhai khác tạo ra: bỏ qua và tạo lại toàn bộ."
                : "Bộ nhớ đệm \(BuildCache.fileName) bị hỏng: bỏ qua và tạo lại toàn bộ."
        case nil:
            previous = nil
        }

        progress?.begin("render", total: jobs.count)
        let cache: BuildCache
        if let previous {
            summary.incremental = true
            cache = try update(jobs, keys: keys, output: output, previous: previous, progress: progress, summary: &summary)
        } else {
            cache = try writeAll(jobs, keys: keys, output: output, progress: progress, summary: &summary)
        }
        if cache != previous {
            do {
                _ = try FileWriting.replace(cache.encoded(tool: tool), atPath: BuildCache.url(in: output).path)
            } catch {
                throw .io(path: BuildCache.fileName, underlying: error.message)
            }
        }
        return summary
    }

    private enum Outcome {
        case unchanged(BuildCache.Entry)
        case written(BuildCache.Entry)
        case failed(String)
    }

    /// Full build: everything into staging, then swapped in.
    private static func writeAll(_ jobs: [RenderJob], keys: [UInt64], output: URL, progress: BuildProgress?,
                                 summary: inout Summary) throws(WriteError) -> BuildCache {
        let fileManager = FileManager.default
        let staging = output.appendingPathComponent(stagingName)
        let previous = output.appendingPathComponent(previousName)
        do {
            try? fileManager.removeItem(at: staging)
            try? fileManager.removeItem(at: previous)
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw .io(path: output.path, underlying: error.localizedDescription)
        }
        let stagingPath = staging.path
        let outcomes = ParallelMap.map(Array(0..<jobs.count)) { index in
            defer { progress?.advance() }
            return create(jobs[index], key: keys[index], at: stagingPath + "/" + jobs[index].path)
        }
        var cache = BuildCache()
        for (index, outcome) in outcomes.enumerated() {
            switch outcome {
            case .written(let entry), .unchanged(let entry):
                cache.entries[jobs[index].path] = entry
                summary.count(written: true, path: jobs[index].path)
            case .failed(let message):
                try? fileManager.removeItem(at: staging)
                throw .io(path: jobs[index].path, underlying: message)
            }
        }
        try swap(staging: staging, previous: previous, output: output)
        return cache
    }

    /// Incremental build: render what changed into staging, then move it into place and
    /// remove what went.
    private static func update(_ jobs: [RenderJob], keys: [UInt64], output: URL, previous: BuildCache,
                               progress: BuildProgress?, summary: inout Summary) throws(WriteError) -> BuildCache {
        let root = output.path
        let staging = output.appendingPathComponent(stagingName)
        try? FileManager.default.removeItem(at: staging)
        let stagingPath = staging.path
        let outcomes = ParallelMap.map(Array(0..<jobs.count)) { index in
            defer { progress?.advance() }
            return refresh(jobs[index], key: keys[index], at: root + "/" + jobs[index].path,
                           staging: stagingPath + "/" + jobs[index].path, previous: previous.entries[jobs[index].path])
        }
        var cache = BuildCache()
        var staged: [String] = []
        for (index, outcome) in outcomes.enumerated() {
            let path = jobs[index].path
            switch outcome {
            case .unchanged(let entry):
                cache.entries[path] = entry
                summary.count(written: false, path: path)
            case .written(let entry):
                cache.entries[path] = entry
                staged.append(path)
                summary.count(written: true, path: path)
            case .failed(let message):
                try? FileManager.default.removeItem(at: staging)
                throw .io(path: path, underlying: message)
            }
        }
        // Renames keep the staged files' times, so the cache entries stay true.
        for path in staged {
            do {
                try FileWriting.move(stagingPath + "/" + path, to: root + "/" + path)
            } catch {
                try? FileManager.default.removeItem(at: staging)
                throw .io(path: path, underlying: error.message)
            }
        }
        try? FileManager.default.removeItem(at: staging)
        for path in previous.entries.keys.sorted() where cache.entries[path] == nil {
            FileWriting.remove(relativePath: path, under: root)
            summary.removed += 1
        }
        return cache
    }

    private static func create(_ job: RenderJob, key: UInt64, at path: String) -> Outcome {
        do {
            return .written(BuildCache.Entry(key: key, status: try FileWriting.write(job.render(), toPath: path)))
        } catch {
            return .failed(error.message)
        }
    }

    private static func refresh(_ job: RenderJob, key: UInt64, at path: String, staging: String,
                                previous: BuildCache.Entry?) -> Outcome {
        let onDisk = FileStatus(path: path)
        let intact = previous != nil && previous?.status == onDisk
        if intact, previous?.key == key { return .unchanged(previous!) }
        let data = job.render()
        // Same bytes as the file already there (the as-of date moved, a notice changed but
        // not this page): keep the file and its time, so deploys copy only what changed.
        if intact, let onDisk, onDisk.size == data.count, FileManager.default.contents(atPath: path) == data {
            return .unchanged(BuildCache.Entry(key: key, status: onDisk))
        }
        do {
            return .written(BuildCache.Entry(key: key, status: try FileWriting.write(data, toPath: staging)))
        } catch {
            return .failed(error.message)
        }
    }

    /// Moves the old visible entries aside, the staged ones in, then deletes the old ones.
    /// Each step is a rename within one file system; on failure the old entries are restored.
    private static func swap(staging: URL, previous: URL, output: URL) throws(WriteError) {
        let fileManager = FileManager.default
        do {
            try fileManager.createDirectory(at: previous, withIntermediateDirectories: true)
            for name in try fileManager.contentsOfDirectory(atPath: output.path) where !name.hasPrefix(".") {
                try fileManager.moveItem(at: output.appendingPathComponent(name), to: previous.appendingPathComponent(name))
            }
            for name in try fileManager.contentsOfDirectory(atPath: staging.path) {
                try fileManager.moveItem(at: staging.appendingPathComponent(name), to: output.appendingPathComponent(name))
            }
        } catch {
            // Put the previous site back as it was.
            for name in (try? fileManager.contentsOfDirectory(atPath: output.path)) ?? [] where !name.hasPrefix(".") {
                try? fileManager.removeItem(at: output.appendingPathComponent(name))
            }
            for name in (try? fileManager.contentsOfDirectory(atPath: previous.path)) ?? [] {
                try? fileManager.moveItem(at: previous.appendingPathComponent(name), to: output.appendingPathComponent(name))
            }
            try? fileManager.removeItem(at: staging)
            try? fileManager.removeItem(at: previous)
            throw .io(path: output.path, underlying: error.localizedDescription)
        }
        try? fileManager.removeItem(at: staging)
        try? fileManager.removeItem(at: previous)
    }
}

private extension OutputWriter.Summary {
    mutating func count(written: Bool, path: String) {
        let isPage = path.hasSuffix(".html")
        if written {
            self.written += 1
            if isPage { pagesWritten += 1 }
        } else {
            unchanged += 1
            if isPage { pagesUnchanged += 1 }
        }
    }
}
