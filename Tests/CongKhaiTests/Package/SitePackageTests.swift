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

@Suite struct SitePackageTests {
    @Test func sha256MatchesTheStandardVectors() {
        #expect(SHA256.hex(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Data("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(Data(repeating: 0x61, count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    static let pages = ["pages/a.md": "---\ntitle: A\n---\nMột.\n", "pages/b.md": "---\ntitle: B\n---\nHai.\n"]

    static func package(_ site: TemporarySite) throws -> SitePackage.Made {
        _ = try SiteBuilder.build(site.options(), diagnostics: Diagnostics())
        return try SitePackage.make(site: site.output, asOf: CivilDate(parsing: "2026-11-21")!)
    }

    @Test func sameSiteGivesTheSameZipBytes() throws {
        let first = try TemporarySite(Self.pages), second = try TemporarySite(Self.pages)
        let one = try Self.package(first)
        // The second site's files are older on disk: file times must not reach the ZIP.
        _ = try SiteBuilder.build(second.options(), diagnostics: Diagnostics())
        for path in treeContents(second.output).keys {
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000)],
                                                  ofItemAtPath: second.output.appendingPathComponent(path).path)
        }
        let two = try SitePackage.make(site: second.output, asOf: CivilDate(parsing: "2026-11-21")!)
        #expect(try Data(contentsOf: one.zip) == Data(contentsOf: two.zip))
        #expect(one.zip.path == first.root.appendingPathComponent("public.zip").path)

        // The ZIP holds the site and a manifest whose digests are the files'.
        let site = treeContents(first.output).filter { !$0.key.hasPrefix(".") }
        let archive = try Archive(url: one.zip, accessMode: .read)
        var entries: [String: Data] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            entries[entry.path] = data
        }
        let manifest = PackageManifest(text: String(decoding: try #require(entries[PackageManifest.fileName]), as: UTF8.self))
        #expect(Set(manifest.digests.keys) == Set(site.keys))
        for (path, data) in site {
            #expect(entries[path] == data)
            #expect(manifest.digests[path] == SHA256.hex(data))
        }
        // Nothing was written inside the site or the content.
        #expect(!FileManager.default.fileExists(atPath: first.output.appendingPathComponent(PackageManifest.fileName).path))
        #expect(!FileManager.default.fileExists(atPath: first.content.appendingPathComponent("public.zip").path))
    }

    @Test func reportNamesPagesAddedChangedAndRemoved() throws {
        let site = try TemporarySite(Self.pages)
        let first = try Self.package(site)
        #expect(first.report.isFirst)
        #expect(first.report.added.contains("/a/"))
        #expect(try Self.package(site).reportText.contains("Không có gì thay đổi"))

        try site.write("pages/a.md", "---\ntitle: A\n---\nMột, đã sửa.\n")
        try site.write("site.yaml", TemporarySite.minimalConfig.replacingOccurrences(of: "0255 3000 009", with: "0255 3000 019"))
        try site.write("pages/c.md", "---\ntitle: C\n---\nBa.\n")
        try FileManager.default.removeItem(at: site.content.appendingPathComponent("pages/b.md"))
        let next = try Self.package(site)
        #expect(!next.report.isFirst)
        #expect(next.report.changed.contains("/a/"))
        #expect(next.report.added == ["/c/"])
        #expect(next.report.removed == ["/b/"])
        #expect(next.reportText.contains("Trang mới (1):\n  /c/"))
        #expect(next.reportText.contains("Trang đã bỏ (1):\n  /b/"))
        // The feedback notice's fragment shows the phone: the article holding it must be pasted again.
        #expect(next.report.fragmentsToPaste
                == ["Thông báo tiếp nhận phản ánh, kiến nghị về quy định hành chính (/nhung/doan/phan-anh-kien-nghi.htm)"])
        #expect(next.reportText.contains("cần dán lại"))
        let kept = try String(contentsOf: next.reportFile, encoding: .utf8)
        #expect(kept == next.reportText)
    }

    @Test func aZipCongKhaiDidNotWriteIsNeverReplaced() throws {
        let site = try TemporarySite(Self.pages)
        let foreign = site.root.appendingPathComponent("public.zip")
        try FileManager.default.createDirectory(at: site.root, withIntermediateDirectories: true)
        try Data("của người dùng".utf8).write(to: foreign)
        #expect(throws: SitePackage.PackageError.self) { _ = try Self.package(site) }
        #expect(try Data(contentsOf: foreign) == Data("của người dùng".utf8))
    }
}
