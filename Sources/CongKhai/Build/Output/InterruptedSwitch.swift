import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Repairs what a build killed inside a two-rename switch left (file systems that cannot
/// exchange two folders: NFS, SMB, exFAT, FUSE). Killed after the first rename, the served copy
/// waits in `.public.congkhai/previous/` and the output folder is missing: it goes back before
/// anything else, by every run that can take the output's lock, even one whose content has
/// errors and builds nothing. Killed after the second, the site is the new one and the old copy
/// becomes the spare one again.
enum InterruptedSwitch {
    /// Under the output's lock.
    static func repair(_ location: OutputLocation) {
        let aside = location.aside.path
        guard TreeIdentity(path: aside) != nil else { return }
        if !exists(location.site.path) {
            rename(aside, location.site.path)
        } else if !exists(location.spare.path) {
            rename(aside, location.spare.path)
        } else {
            TreeRemover.remove(aside)
        }
    }

    /// Before a build reads its content: repairs unless another build holds the lock (that
    /// build repaired when it took it).
    static func repairIfIdle(_ location: OutputLocation) {
        guard TreeIdentity(path: location.aside.path) != nil, let lock = OutputLock(tryingFor: location) else { return }
        withExtendedLifetime(lock) { repair(location) }
    }

    private static func exists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }
}
