import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Plain POSIX file operations for the output writer (and the record of published codes).
///
/// Foundation's `Data.write(to:)` calls fsync for every file, which made writing 30,000 pages
/// take longer than rendering them; a site is rebuilt from its sources, so a power cut costs
/// a rebuild, not data. Files are only ever created anew, never rewritten in place: a file
/// may be hard-linked into both copies of the site (see `OutputWriter`), and writing into it
/// would change the site being served.
package enum FileWriting {
    package struct Failure: Error {
        package let message: String

        init(message: String) { self.message = message }

        /// The failed call's `errno`, in Vietnamese.
        package init(errno number: Int32 = errno) { message = SystemErrorText.describe(number) }
    }

    /// Creates the file anew (removing whatever entry had its name, creating its folders) and
    /// returns its status. `O_NOFOLLOW | O_EXCL` make sure the bytes land in a new regular file
    /// and never through a symbolic link someone placed there.
    ///
    /// The name is removed and its folders made only when the first try says so: most files of
    /// a build are new in a folder already made, and an unconditional `unlink` was 40,000 failed
    /// system calls in a build of 10,000 procedures.
    package static func create(_ data: Data, atPath path: String) throws(Failure) -> FileStatus {
        let flags = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC
        var descriptor = open(path, flags, 0o644)
        if descriptor < 0 && errno == EEXIST {
            retryingInWritableFolder(path) { unlink(path) }
            descriptor = open(path, flags, 0o644)
        }
        if descriptor < 0 && errno == ENOENT {
            try createFolders(upTo: path)
            descriptor = open(path, flags, 0o644)
        }
        if descriptor < 0 && errno == EACCES && makeFolderWritable(RelativePath.parent(path)) {
            descriptor = open(path, flags, 0o644)
        }
        guard descriptor >= 0 else { throw Failure() }
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
        guard written, let status = FileStatus(descriptor: descriptor) else { throw Failure() }
        return status
    }

    /// Gives `target` the same file as `source` (a hard link: no bytes copied, same inode and
    /// times), or a copy where the file system has no hard links.
    package static func link(_ source: String, to target: String) throws(Failure) -> FileStatus {
        var result = systemLink(source, target)
        if result != 0 && errno == EEXIST {
            retryingInWritableFolder(target) { unlink(target) }
            result = systemLink(source, target)
        }
        if result != 0 && errno == ENOENT {
            try createFolders(upTo: target)
            result = systemLink(source, target)
        }
        if result != 0 && errno == EACCES && makeFolderWritable(RelativePath.parent(target)) {
            result = systemLink(source, target)
        }
        if result != 0 {
            guard [EXDEV, EPERM, EMLINK, ENOTSUP, EOPNOTSUPP].contains(errno) else { throw Failure() }
            guard let data = FileManager.default.contents(atPath: source) else { throw Failure() }
            return try create(data, atPath: target)
        }
        guard let status = FileStatus(entryAt: target) else { throw Failure() }
        return status
    }

    /// Writes beside the target and renames over it, so a reader never sees half a file. The
    /// temporary name is fixed, so what a killed process left there is replaced next time.
    package static func replace(_ data: Data, atPath path: String, temporary: String? = nil) throws(Failure) {
        let temporary = temporary ?? path + ".congkhai-tmp"
        _ = try create(data, atPath: temporary)
        guard rename(temporary, path) == 0 else {
            let failure = Failure()
            unlink(temporary)
            throw failure
        }
    }

    /// Creates each missing folder of the path; an existing component that is not a real
    /// folder (a file, a symbolic link) fails instead of being followed.
    package static func createFolders(upTo filePath: String) throws(Failure) {
        let folder = RelativePath.parent(filePath)
        var status = stat()
        if lstat(folder, &status) == 0 {
            guard (status.st_mode & S_IFMT) == S_IFDIR else { throw Failure(errno: ENOTDIR) }
            return
        }
        guard errno == ENOENT, !folder.isEmpty, folder != "/" else { throw Failure() }
        try createFolders(upTo: folder)
        guard retryingInWritableFolder(folder, { mkdir(folder, 0o755) }) == 0 || errno == EEXIST else { throw Failure() }
    }

    /// Removes a file and then each parent folder left empty, up to (not including) `root`.
    package static func remove(relativePath: String, under root: String) {
        retryingInWritableFolder(root + "/" + relativePath) { unlink(root + "/" + relativePath) }
        for folder in RelativePath.folders(of: relativePath)
        where retryingInWritableFolder(root + "/" + folder, { rmdir(root + "/" + folder) }) != 0 { break }
    }

    /// Runs a call that changes the folder holding `path`, and once more after giving the folder
    /// back its owner's rights when it failed for want of them.
    ///
    /// Only copies CongKhai owns go through here (the spare copy, the state folder): a folder of
    /// the site that the webmaster or a backup tool made read-only comes back as the spare copy
    /// one build later, and would otherwise make every later build fail.
    @discardableResult
    package static func retryingInWritableFolder(_ path: String, _ call: () -> Int32) -> Int32 {
        let result = call()
        guard result != 0, errno == EACCES || errno == EPERM, makeFolderWritable(RelativePath.parent(path)) else { return result }
        return call()
    }

    /// Adds the owner's read, write and search rights to a folder the process owns; false when
    /// there was nothing to add or it is not the process's.
    static func makeFolderWritable(_ folder: String) -> Bool {
        var status = stat()
        guard !folder.isEmpty, lstat(folder, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR,
              status.st_uid == geteuid(), (status.st_mode & S_IRWXU) != S_IRWXU else { return false }
        return chmod(folder, (status.st_mode & 0o7777) | S_IRWXU) == 0
    }
}

/// `write(2)` and `link(2)`, which the static methods of the same names would otherwise shadow.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(descriptor, bytes, count)
    #else
    Darwin.write(descriptor, bytes, count)
    #endif
}

private func systemLink(_ source: String, _ target: String) -> Int32 {
    #if canImport(Glibc)
    Glibc.link(source, target)
    #else
    Darwin.link(source, target)
    #endif
}
