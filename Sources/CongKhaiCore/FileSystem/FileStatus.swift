import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `stat` says of a regular file: enough for the output manifest to notice a file
/// changed behind its back, and for the content watcher to notice an edit.
///
/// The change time and inode cannot be set from user space (unlike the modification time,
/// which `touch -d` and copy tools restore), and writing a file in place or replacing it
/// always changes one of them, so a file whose four values are as recorded still holds the
/// bytes that were recorded.
package struct FileStatus: Equatable, Sendable {
    package let size: Int
    package let modifiedNanoseconds: Int64
    package let changedNanoseconds: Int64
    package let inode: UInt64

    package init(size: Int, modifiedNanoseconds: Int64, changedNanoseconds: Int64 = 0, inode: UInt64 = 0) {
        self.size = size
        self.modifiedNanoseconds = modifiedNanoseconds
        self.changedNanoseconds = changedNanoseconds
        self.inode = inode
    }

    /// Follows symbolic links; nil unless the path ends at a regular file.
    package init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        self.init(status)
    }

    /// Does not follow a final symbolic link; nil unless the entry itself is a regular file.
    package init?(entryAt path: String) {
        var status = stat()
        guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        self.init(status)
    }

    package init?(descriptor: Int32) {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        self.init(status)
    }

    private init(_ status: stat) {
        size = Int(status.st_size)
        #if canImport(Darwin)
        modifiedNanoseconds = Int64(status.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(status.st_mtimespec.tv_nsec)
        changedNanoseconds = Int64(status.st_ctimespec.tv_sec) * 1_000_000_000 + Int64(status.st_ctimespec.tv_nsec)
        #else
        modifiedNanoseconds = Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec)
        changedNanoseconds = Int64(status.st_ctim.tv_sec) * 1_000_000_000 + Int64(status.st_ctim.tv_nsec)
        #endif
        inode = UInt64(status.st_ino)
    }
}

