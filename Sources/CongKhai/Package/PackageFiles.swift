import CongKhaiCore
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files of a built site that go into its package, in byte order of their paths.
///
/// Not symbolic links (never followed out of the output), not a `.git` folder or `.gitkeep`
/// placeholder, not CongKhai's own record of the copy. The output may also hold files the
/// webmaster put there, carried from build to build under whatever name they have; a ZIP is
/// unpacked on Windows and checked with `sha256sum -c`, so a name that would climb out of the
/// folder it is unpacked in there (`..\..\`), or hold a line break that forges a line of
/// SHA256SUMS, or any control character, is left out and named in the report instead.
struct PackageFiles {
    var paths: [String] = []
    /// Names that cannot travel in a ZIP, as they can be printed.
    var leftOut: [String] = []

    init(site: URL) {
        walk(site.path, relative: "")
        paths.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        leftOut.sort()
    }

    /// A name every unzip tool reads as one entry inside the folder it unpacks into.
    static func travels(_ name: String) -> Bool {
        !name.unicodeScalars.contains { $0 == "\\" || $0 == ":" || $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
    }

    private mutating func walk(_ root: String, relative: String) {
        let folder = relative.isEmpty ? root : root + "/" + relative
        guard let stream = opendir(folder) else { return }
        var names: [[UInt8]] = []
        while let entry = readdir(stream) {
            names.append(withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) })
        }
        closedir(stream)
        for bytes in names {
            guard let name = String(validating: bytes, as: UTF8.self) else {
                leftOut.append(TerminalSafeText.escapeLine((relative.isEmpty ? "" : relative + "/") + String(decoding: bytes, as: UTF8.self)))
                continue
            }
            guard name != ".", name != "..", name != ".git", name != ".gitkeep" else { continue }
            let path = relative.isEmpty ? name : relative + "/" + name
            guard !OutputRecord.holds(path) else { continue }
            var status = stat()
            guard lstat(root + "/" + path, &status) == 0 else { continue }
            let kind = status.st_mode & S_IFMT
            guard kind == S_IFDIR || kind == S_IFREG else { continue }
            guard Self.travels(name) else {
                leftOut.append(TerminalSafeText.escapeLine(path))
                continue
            }
            if kind == S_IFDIR { walk(root, relative: path) } else { paths.append(path) }
        }
    }
}
