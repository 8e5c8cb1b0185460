import CongKhaiCore
import CongKhaiSite
import Templates
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive lock on one output folder, held for the whole write, so two builds (a
/// `serve` rebuilding while the webmaster runs `build`) never interleave: the second waits.
///
/// `flock` on a file in the state folder: the kernel releases it when the process ends, so a
/// killed build never leaves a stale lock behind.
final class OutputLock {
    private let descriptor: Int32

    /// Blocks until the lock is free, calling `waiting` once first when it is not.
    init(_ location: OutputLocation, waiting: () -> Void) throws(FileWriting.Failure) {
        do {
            try FileManager.default.createDirectory(at: location.state, withIntermediateDirectories: true)
        } catch {
            throw FileWriting.Failure(errno: errno == 0 ? EACCES : errno)
        }
        descriptor = open(location.lockFile.path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else { throw FileWriting.Failure() }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK else {
                let failure = FileWriting.Failure()
                close(descriptor)
                throw failure
            }
            waiting()
            while flock(descriptor, LOCK_EX) != 0 {
                guard errno == EINTR else {
                    let failure = FileWriting.Failure()
                    close(descriptor)
                    throw failure
                }
            }
        }
    }

    /// The lock if it is free now, without waiting; nil when another build holds it.
    init?(tryingFor location: OutputLocation) {
        descriptor = open(location.lockFile.path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else { return nil }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            return nil
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
