import CongKhaiFamilies
import Foundation
import ZIPFoundation

/// The ZIP already beside the output, judged by what is inside it.
///
/// A ZIP is CongKhai's when its `SHA256SUMS` names exactly its other entries: no file beside
/// it decides that. A manifest beside the ZIP (`public.zip.sha256`) proved nothing, since
/// `sha256sum public.zip > public.zip.sha256` writes one beside anyone's ZIP, and it could be
/// missing or stale after a package killed between the two writes, which blocked every later
/// package or misreported what changed. The manifest inside the ZIP is also the one the next
/// report compares with: it describes exactly the package on disk.
enum PreviousPackage {
    enum Finding {
        case none
        case congKhai(PackageManifest)
        case foreign
    }

    static func inspect(_ zip: URL) -> Finding {
        guard FileManager.default.fileExists(atPath: zip.path) else { return .none }
        guard let archive = try? Archive(url: zip, accessMode: .read),
              let entry = archive[PackageManifest.fileName], entry.uncompressedSize <= 64 * 1024 * 1024 else { return .foreign }
        var data = Data()
        guard (try? archive.extract(entry, consumer: { data.append($0) })) != nil else { return .foreign }
        let manifest = PackageManifest(text: String(decoding: data, as: UTF8.self))
        let others = Set(archive.map(\.path)).subtracting([PackageManifest.fileName])
        return Set(manifest.digests.keys) == others ? .congKhai(manifest) : .foreign
    }
}
