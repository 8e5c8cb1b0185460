import CongKhaiCore
import Foundation

/// Which CongKhai wrote a build cache. Pages depend on the generator's code as much as on the
/// content, so a cache is trusted only by the same executable: its version and the size and
/// modification time of the binary (a rebuilt CongKhai of the same version is another tool).
public enum ToolIdentity {
    public static let version = "0.6.0"

    static let current: String = {
        let executable = CommandLine.arguments.first.map { URL(fileURLWithPath: $0).path } ?? ""
        let candidates = ["/proc/self/exe", executable]
        let status = candidates.lazy.compactMap { path -> FileStatus? in
            let resolved = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? path
            return FileStatus(path: resolved)
        }.first
        guard let status else { return version }
        return "\(version)+\(status.size).\(status.modifiedNanoseconds)"
    }()
}
