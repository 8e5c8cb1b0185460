import Foundation
import Testing
import CongKhai
import CongKhaiCore
import CongKhaiEncoding
import CongKhaiFamilies
import CongKhaiInput
import CongKhaiMarkdown
import CongKhaiSite

/// A site folder made from a dictionary of files, deleted when the value goes away.
package final class TemporarySite {
    package let root: URL
    package var content: URL { root.appendingPathComponent("Content") }
    package var output: URL { root.appendingPathComponent("public") }

    package static let minimalConfig = """
    commune: Xã Thử Nghiệm
    province: Quảng Ngãi
    base_url: https://thunghiem.example.vn/
    agency:
      name: Ủy ban nhân dân xã Thử Nghiệm
      address: Thôn 1, xã Thử Nghiệm
      phone: 0255 3000 000
      email: ubnd@thunghiem.example.vn
      working_hours: Thứ Hai đến thứ Sáu
    feedback:
      receiving_body: Ủy ban nhân dân xã Thử Nghiệm
      address: Thôn 1, xã Thử Nghiệm
      phone: 0255 3000 009
      email: pakn@thunghiem.example.vn
      province:
        name: Văn phòng Ủy ban nhân dân tỉnh Quảng Ngãi
        address: Số 1 đường Thử, tỉnh Quảng Ngãi
        phone: 0255 3000 100
        email: pakn@tinh.example.vn
    """

    package init(_ files: [String: String], config: String? = TemporarySite.minimalConfig) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("congkhai-test-\(UUID().uuidString)")
        var all = files
        if let config, all["site.yaml"] == nil { all["site.yaml"] = config }
        for (path, text) in all {
            try write(path, text)
        }
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    package func write(_ path: String, _ text: String) throws {
        try write(path, Data(text.utf8))
    }

    package func write(_ path: String, _ data: Data) throws {
        let url = content.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    package func options(asOf: String = "2026-11-21", baseURL: String? = nil) -> BuildOptions {
        BuildOptions(source: content, output: output, baseURL: baseURL, asOf: CivilDate(parsing: asOf)!)
    }

    /// The manifest the writer keeps for the copy of the site now in `output`.
    package func servedManifest() throws -> URL {
        let location = try OutputLocation.resolve(output: output)
        let copy = try #require(OutputRecord.read(copyAt: location.site.path).copy)
        return OutputManifest.url(forCopy: copy, in: location)
    }

    package func load(asOf: String = "2026-11-21") -> (Site?, Diagnostics) {
        let diagnostics = Diagnostics()
        let site = SiteLoader.load(options(asOf: asOf), diagnostics: diagnostics)
        return (site, diagnostics)
    }

    package func render(asOf: String = "2026-11-21") throws -> [String: String] {
        let (site, diagnostics) = load(asOf: asOf)
        guard let site, !diagnostics.hasErrors else {
            throw TestFailure("site did not load: \(diagnostics.errors.map(\.description))")
        }
        var files: [String: String] = [:]
        for file in SiteBuilder.render(site) { files[file.path] = String(decoding: file.contents, as: UTF8.self) }
        return files
    }
}

package struct TestFailure: Error, CustomStringConvertible {
    package let description: String
    package init(_ description: String) { self.description = description }
}

/// Paths inside the repository, for the example site and golden files.
package enum Repository {
    package static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    package static let content = root.appendingPathComponent("Content")
    package static let snapshots = root.appendingPathComponent("Tests/CongKhaiTests/Snapshots")
    package static let fixtures = root.appendingPathComponent("Tests/CongKhaiTests/Fixtures")
    package static let realProcedures = root.deletingLastPathComponent().appendingPathComponent("shared/domain/tthc-xa-real.csv")
}

extension Diagnostics {
    package func codes(_ severity: Diagnostic.Severity? = nil) -> [String] {
        all.filter { severity == nil || $0.severity == severity }.map(\.code.rawValue)
    }
}

/// The example site of `Content/`, loaded at the date its snapshots are pinned to.
package enum ExampleSite {
    package static let asOf = CivilDate(year: 2026, month: 11, day: 21)!

    package static func load() -> (Site?, Diagnostics) {
        let diagnostics = Diagnostics()
        let options = BuildOptions(source: Repository.content, output: URL(fileURLWithPath: "/nonexistent"), asOf: asOf)
        return (SiteLoader.load(options, diagnostics: diagnostics), diagnostics)
    }
}

/// Lists every regular file under a folder with its bytes, for whole-tree comparisons; the
/// writer's record of an output copy (`.congkhai/`, which names the copy) is no part of a site.
package func treeContents(_ folder: URL) -> [String: Data] {
    var result: [String: Data] = [:]
    let base = folder.standardizedFileURL.path
    guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [:] }
    for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
        let path = String(url.standardizedFileURL.path.dropFirst(base.count + 1))
        guard !OutputRecord.holds(path) else { continue }
        result[path] = FileManager.default.contents(atPath: url.path)
    }
    return result
}
