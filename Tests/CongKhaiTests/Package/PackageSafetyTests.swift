import Foundation
import Testing
import ZIPFoundation
@testable import CongKhai
@testable import CongKhaiCore
@testable import CongKhaiEncoding
@testable import CongKhaiFamilies
@testable import CongKhaiInput
@testable import CongKhaiMarkdown
@testable import CongKhaiSite
import CongKhaiTestSupport

/// What may sit beside the output and in it when a package is made (issue 26, B4, B13, B16):
/// a ZIP is CongKhai's because of what is inside it, not because of a file beside it; a package
/// killed half-way blocks nothing and misreports nothing; names that cannot travel safely in a
/// ZIP stay out of it.
@Suite struct PackageSafetyTests {
    static let asOf = CivilDate(parsing: "2026-11-21")!

    private func package(_ site: TemporarySite) throws -> SitePackage.Made {
        _ = try SiteBuilder.build(site.options(), diagnostics: Diagnostics())
        return try SitePackage.make(site: site.output, asOf: Self.asOf)
    }

    private func zip(_ entries: [String: String], to url: URL) throws {
        try? FileManager.default.removeItem(at: url)
        let archive = try Archive(url: url, accessMode: .create)
        for (path, text) in entries.sorted(by: { $0.key < $1.key }) {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count)) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }

    /// B13: a `sha256sum public.zip > public.zip.sha256` beside the webmaster's own ZIP used to
    /// pass for CongKhai's manifest, and the ZIP was overwritten.
    @Test func aChecksumFileBesideTheWebmastersZipDoesNotMakeItCongKhais() throws {
        let site = try TemporarySite(SitePackageTests.pages)
        try FileManager.default.createDirectory(at: site.root, withIntermediateDirectories: true)
        let mine = site.root.appendingPathComponent("public.zip")
        try zip(["bao-cao.docx": "báo cáo của tôi"], to: mine)
        let bytes = try Data(contentsOf: mine)
        try Data("\(SHA256.hex(bytes))  public.zip\n".utf8).write(to: site.root.appendingPathComponent("public.zip.sha256"))
        #expect(throws: SitePackage.PackageError.self) { _ = try package(site) }
        #expect(try Data(contentsOf: mine) == bytes)
    }

    /// B4: a package killed after its ZIP was in place but before the manifest beside it was
    /// written used to make that ZIP "foreign" for every later package.
    @Test func aPackageKilledBeforeItsManifestBlocksNothing() throws {
        let site = try TemporarySite(SitePackageTests.pages)
        let first = try package(site)
        try FileManager.default.removeItem(at: first.zip.appendingPathExtension("sha256"))
        try FileManager.default.removeItem(at: first.reportFile)
        let next = try package(site)
        #expect(next.reportText.contains("Không có gì thay đổi"), "\(next.reportText)")
    }

    /// B4: with a stale manifest beside it (the previous package's), the report compared the new
    /// site with a package older than the one on disk.
    @Test func theReportComparesWithTheZipOnDiskNotAStaleManifest() throws {
        let site = try TemporarySite(SitePackageTests.pages)
        let first = try package(site)
        let manifest = first.zip.appendingPathExtension("sha256")
        let stale = try Data(contentsOf: manifest)
        try site.write("pages/c.md", "---\ntitle: C\n---\nBa.\n")
        let second = try package(site)
        #expect(second.report.added == ["/c/"])
        try stale.write(to: manifest)  // as if the second package was killed before writing it
        let third = try package(site)
        #expect(third.reportText.contains("Không có gì thay đổi"), "\(third.reportText)")
    }

    /// B16: names the webmaster's files carried in the output may have that a ZIP must not
    /// carry: a Windows path climbing out of the folder it is unpacked in, a line break that
    /// would forge a line of SHA256SUMS, a control character.
    @Test func namesThatCannotTravelSafelyStayOutOfTheZip() throws {
        let site = try TemporarySite(SitePackageTests.pages)
        _ = try SiteBuilder.build(site.options(), diagnostics: Diagnostics())
        let forged = "x\n" + String(repeating: "0", count: 64) + "  index.html"
        for name in ["..\\..\\Windows\\evil.bat", forged, "chuông\u{07}.txt", "ok.txt"] {
            try Data("nội dung".utf8).write(to: site.output.appendingPathComponent(name))
        }
        let made = try SitePackage.make(site: site.output, asOf: Self.asOf)
        let archive = try Archive(url: made.zip, accessMode: .read)
        let paths = archive.map(\.path)
        #expect(paths.contains("ok.txt"))
        for path in paths {
            #expect(!path.contains("\\") && !path.contains("\n") && !path.unicodeScalars.contains { $0.value < 0x20 }, "\(path.debugDescription)")
        }
        var sums = Data()
        _ = try archive.extract(try #require(archive[PackageManifest.fileName])) { sums.append($0) }
        let lines = String(decoding: sums, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == paths.count - 1)
        #expect(made.report.leftOut.count == 3)
        #expect(made.reportText.contains("không đưa vào gói"))
    }
}
