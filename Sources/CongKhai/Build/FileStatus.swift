import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Size and modification time of a file, as the build cache records them to notice a file
/// changed or removed behind its back.
struct FileStatus: Equatable, Sendable {
    let size: Int
    let modifiedNanoseconds: Int64

    init(size: Int, modifiedNanoseconds: Int64) {
        self.size = size
        self.modifiedNanoseconds = modifiedNanoseconds
    }

    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        self.init(status)
    }

    init?(descriptor: Int32) {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        self.init(status)
    }

    private init(_ status: stat) {
        size = Int(status.st_size)
        #if canImport(Darwin)
        modifiedNanoseconds = Int64(status.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(status.st_mtimespec.tv_nsec)
        #else
        modifiedNanoseconds = Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec)
        #endif
    }
}

/// Plain POSIX file writes. Foundation's `Data.write(to:)` calls fsync for every file, which
/// made writing 30,000 pages take longer than rendering them; a site is rebuilt from its
/// sources, so losing the last writes in a power cut costs a rebuild, not data.
enum FileWriting {
    struct Failure: Error {
        let message: String
    }

    /// Writes the file (creating its folders) and returns its status after writing.
    static func write(_ data: Data, toPath path: String) throws(Failure) -> FileStatus {
        var descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if descriptor < 0 && errno == ENOENT {
            try createFolders(upTo: path)
            descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        }
        guard descriptor >= 0 else { throw Failure(message: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        let written = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let count = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += count
            }
            return true
        }
        guard written, let status = FileStatus(descriptor: descriptor) else {
            throw Failure(message: String(cString: strerror(errno)))
        }
        return status
    }

    /// Renames a staged file over its target (creating the target's folders), so a reader
    /// (the preview server, a web server serving the folder) sees the old file or the new
    /// one, never half of one.
    static func move(_ source: String, to target: String) throws(Failure) {
        if rename(source, target) == 0 { return }
        guard errno == ENOENT else { throw Failure(message: String(cString: strerror(errno))) }
        try createFolders(upTo: target)
        guard rename(source, target) == 0 else { throw Failure(message: String(cString: strerror(errno))) }
    }

    /// Writes beside the target and renames over it.
    static func replace(_ data: Data, atPath path: String) throws(Failure) -> FileStatus {
        let temporary = path + ".congkhai-tmp"
        let status = try write(data, toPath: temporary)
        do {
            try move(temporary, to: path)
        } catch {
            unlink(temporary)
            throw error
        }
        return status
    }

    private static func createFolders(upTo filePath: String) throws(Failure) {
        let folder = (filePath as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure(message: error.localizedDescription)
        }
    }

    /// Removes a file and then each parent folder left empty, up to (not including) `root`.
    static func remove(relativePath: String, under root: String) {
        unlink(root + "/" + relativePath)
        var folder = (relativePath as NSString).deletingLastPathComponent
        while !folder.isEmpty, rmdir(root + "/" + folder) == 0 {
            folder = (folder as NSString).deletingLastPathComponent
        }
    }
}

/// `write(2)`, which the static method named `write` would otherwise shadow.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(descriptor, bytes, count)
    #else
    Darwin.write(descriptor, bytes, count)
    #endif
}
