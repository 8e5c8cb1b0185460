import Foundation

/// The only code that touches the output folder.
///
/// Files are written into a staging folder inside the output folder and swapped into place
/// only when every file was written, so a failed build leaves the previous site as it was.
/// Hidden entries of the output folder (".gitkeep", caches) are kept.
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

    /// A relative path is safe when none of its components can leave the folder it is joined to.
    public static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\0") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { component in
            !component.isEmpty && component != "." && component != ".." && !component.hasPrefix(".")
        }
    }

    public static func write(_ files: [OutputFile], to output: URL) throws(WriteError) {
        for file in files where !isSafe(file.path) { throw .unsafePath(file.path) }
        let fileManager = FileManager.default
        let staging = output.appendingPathComponent(stagingName)
        let previous = output.appendingPathComponent(previousName)
        do {
            try fileManager.createDirectory(at: output, withIntermediateDirectories: true)
            try? fileManager.removeItem(at: staging)
            try? fileManager.removeItem(at: previous)
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw .io(path: output.path, underlying: error.localizedDescription)
        }

        var createdFolders: Set<String> = [""]
        for file in files {
            let target = staging.appendingPathComponent(file.path)
            let folder = (file.path as NSString).deletingLastPathComponent
            do {
                if !createdFolders.contains(folder) {
                    try fileManager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                    createdFolders.insert(folder)
                }
                try file.contents.write(to: target)
            } catch {
                try? fileManager.removeItem(at: staging)
                throw .io(path: file.path, underlying: error.localizedDescription)
            }
        }
        try swap(staging: staging, previous: previous, output: output)
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
