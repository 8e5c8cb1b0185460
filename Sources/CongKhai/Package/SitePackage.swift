import CongKhaiCore
import CongKhaiFamilies
import CongKhaiSite
import Foundation
import Templates
import ZIPFoundation

/// `congkhai package`: the built site as `<output>.zip` beside the output folder, with a
/// SHA-256 manifest inside (`SHA256SUMS`) and a Vietnamese report of the pages added,
/// changed and removed since the previous package.
///
/// The ZIP is the same bytes for the same site: entries in byte order of their paths, the
/// as-of date as every entry's time (not the files' times, which incremental builds keep
/// from earlier days), fixed permissions, deflate at zlib's default level. The command makes it
/// while its build still holds the output's lock (`SiteBuilder.build(whileLocked:)`), so it is
/// exactly the site that build switched in, whatever another build or `serve` does meanwhile.
/// The manifest is also kept beside the ZIP (`<output>.zip.sha256`) for people and tools; the
/// previous package is read from the ZIP itself (`PreviousPackage`). Nothing is written inside
/// the site, the content or the theme.
public enum SitePackage {
    public struct Made: Sendable {
        public let zip: URL
        public let reportFile: URL
        public let report: PackageReport
        public let reportText: String
        public let files: Int
    }

    public enum PackageError: Error, CustomStringConvertible {
        case foreignFile(path: String)
        case io(path: String, underlying: String)

        public var description: String {
            switch self {
            case .foreignFile(let path):
                "Đã có \(path) mà không phải do CongKhai đóng gói; không ghi đè. Đổi tên hoặc chuyển tệp đó đi rồi chạy lại."
            case .io(let path, let underlying):
                "Không ghi được \(path): \(SystemErrorText.translatingEnglish(underlying))"
            }
        }
    }

    /// Files that are already compressed are stored as they are.
    static let storedExtensions: Set<String> = ["png", "jpg", "jpeg", "gif", "webp", "gz", "zip", "pdf", "woff", "woff2", "xlsx", "docx"]

    public static func make(site: URL, asOf: CivilDate) throws(PackageError) -> Made {
        let site = site.standardizedFileURL
        let parent = site.deletingLastPathComponent()
        let zipURL = parent.appendingPathComponent(site.lastPathComponent + ".zip")
        let manifestURL = parent.appendingPathComponent(site.lastPathComponent + ".zip.sha256")
        let reportURL = parent.appendingPathComponent(site.lastPathComponent + ".thay-doi.txt")
        let previous: PackageManifest?
        switch PreviousPackage.inspect(zipURL) {
        case .foreign: throw .foreignFile(path: zipURL.path)
        case .congKhai(let manifest): previous = manifest
        case .none: previous = nil
        }
        // The report is CongKhai's when it reads as one; anything else by that name is kept.
        if let text = FileManager.default.contents(atPath: reportURL.path),
           !String(decoding: text.prefix(200), as: UTF8.self).hasPrefix("Gói \(zipURL.lastPathComponent), ") {
            throw .foreignFile(path: reportURL.path)
        }

        let files = PackageFiles(site: site)
        var digests: [String: String] = [:]
        var titles: [String: String] = [:]
        let date = Date(timeIntervalSince1970: TimeInterval(asOf.dayNumber) * 86_400)
        let temporary = parent.appendingPathComponent(".\(site.lastPathComponent).zip.congkhai-tmp")
        try? FileManager.default.removeItem(at: temporary)
        do {
            let archive = try Archive(url: temporary, accessMode: .create)
            for path in files.paths {
                let data = try Data(contentsOf: site.appendingPathComponent(path))
                digests[path] = SHA256.hex(data)
                if path.hasPrefix(FragmentRoutes.files) { titles[path] = fragmentTitle(data) }
                try add(data, as: path, to: archive, date: date)
            }
            let manifest = PackageManifest(digests: digests)
            try add(Data(manifest.text.utf8), as: PackageManifest.fileName, to: archive, date: date)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .io(path: zipURL.path, underlying: "\(error)")
        }
        guard rename(temporary.path, zipURL.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .io(path: zipURL.path, underlying: reason)
        }

        let manifest = PackageManifest(digests: digests)
        var report = PackageReport(previous: previous, current: manifest, titles: titles)
        report.leftOut = files.leftOut
        let size = (try? FileManager.default.attributesOfItem(atPath: zipURL.path)[.size] as? NSNumber)?.int64Value ?? 0
        let text = report.text(zipName: zipURL.lastPathComponent, files: files.paths.count, bytes: size, asOf: asOf)
        do throws(FileWriting.Failure) {
            try FileWriting.replace(Data(manifest.text.utf8), atPath: manifestURL.path)
            try FileWriting.replace(Data(text.utf8), atPath: reportURL.path)
        } catch {
            throw .io(path: manifestURL.path, underlying: error.message)
        }
        return Made(zip: zipURL, reportFile: reportURL, report: report, reportText: text, files: files.paths.count)
    }

    /// The text of a fragment's first `<h2>`, entities left as written but tags dropped.
    static func fragmentTitle(_ data: Data) -> String? {
        let html = String(decoding: data, as: UTF8.self)
        guard let open = html.range(of: "<h2"), let start = html[open.upperBound...].firstIndex(of: ">"),
              let end = html.range(of: "</h2>", range: start..<html.endIndex) else { return nil }
        // The title's colour rides on a `span` (`EmbedStyle`): only the words are the title.
        var text = "", inTag = false
        for character in html[html.index(after: start)..<end.lowerBound] {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { text.append(character) }
        }
        return text.replacingOccurrences(of: "&amp;", with: "&")
    }

    private static func add(_ data: Data, as path: String, to archive: Archive, date: Date) throws {
        let stored = storedExtensions.contains((path as NSString).pathExtension.lowercased())
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                             permissions: 0o644, compressionMethod: stored ? .none : .deflate) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }
}
