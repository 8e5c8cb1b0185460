import Foundation
import Testing
@testable import CongKhai
@testable import CongKhaiCore
@testable import CongKhaiEncoding
@testable import CongKhaiFamilies
@testable import CongKhaiInput
@testable import CongKhaiMarkdown
@testable import CongKhaiSite
import CongKhaiTestSupport

/// Incremental builds must give the bytes a clean build gives, after any sequence of edits,
/// and must render only what an edit reaches.
@Suite struct IncrementalBuildTests {
    /// Builds into the site's output (incrementally) and into a fresh folder (clean), and
    /// returns the incremental build's summary after checking both trees are identical.
    @discardableResult
    private func buildAndCompare(_ site: TemporarySite, asOf: String = "2026-11-21", _ step: String,
                                 sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> OutputWriter.Summary {
        let incremental = try SiteBuilder.build(site.options(asOf: asOf), diagnostics: Diagnostics())
        var clean = site.options(asOf: asOf)
        clean.output = site.root.appendingPathComponent("clean-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: clean.output) }
        _ = try SiteBuilder.build(clean, diagnostics: Diagnostics())
        let built = treeContents(site.output)
        let expected = treeContents(clean.output)
        #expect(Set(built.keys) == Set(expected.keys), "\(step): file lists differ", sourceLocation: sourceLocation)
        let differing = expected.keys.filter { built[$0] != nil && built[$0] != expected[$0] }.sorted()
        #expect(differing.isEmpty, "\(step): \(differing) differ", sourceLocation: sourceLocation)
        return incremental.output
    }

    @Test func aSeriesOfEditsEndsByteIdenticalToACleanBuild() throws {
        let site = try TemporarySite(SampleSite.files)
        let first = try buildAndCompare(site, "first build")
        #expect(!first.incremental)

        try site.write("data/thu-tuc.csv", SampleSite.catalog + "\n1.000894,Đăng ký khai tử,Hộ tịch,1 ngày làm việc,Miễn phí")
        try site.write("data/thu-tuc/1.000894.md", "## Thành phần hồ sơ\n\n1. Tờ khai.\n")
        let added = try buildAndCompare(site, "add a procedure")
        #expect(added.incremental)

        try site.write("data/thu-tuc.csv", SampleSite.catalog.replacingOccurrences(of: "Đăng ký kết hôn", with: "Đăng ký kết hôn (sửa)")
                       + "\n1.000894,Đăng ký khai tử,Hộ tịch,1 ngày làm việc,Miễn phí")
        try buildAndCompare(site, "change a row")

        try site.write("data/thu-tuc/1.001193.md", "## Trình tự thực hiện\n\n- Bước 1: nộp hồ sơ **trực tuyến**.\n")
        try buildAndCompare(site, "change a detail file")

        // A published code may not simply vanish (CK182): withdrawing one added by mistake means
        // taking it out of the record of published codes too, a deliberate edit under version control.
        try site.write("data/thu-tuc.csv", SampleSite.catalog)
        try FileManager.default.removeItem(at: site.content.appendingPathComponent("data/thu-tuc/1.000894.md"))
        let record = try String(contentsOf: site.content.appendingPathComponent(PublishedCodes.fileName), encoding: .utf8)
        try site.write(PublishedCodes.fileName, record.split(separator: "\n").filter { !$0.contains("1.000894") }.joined(separator: "\n") + "\n")
        let deleted = try buildAndCompare(site, "delete a procedure")
        #expect(deleted.removed >= 3)  // its page, its sheet and its QR file

        let footer = try String(contentsOf: Repository.root.appendingPathComponent("Themes/default/templates/partials/footer.mustache"), encoding: .utf8)
        try site.write("theme/templates/partials/footer.mustache", footer + "<p>Chân trang riêng của xã.</p>\n")
        let themed = try buildAndCompare(site, "edit a template")
        #expect(themed.pagesUnchanged == 0, "a template edit reaches every page")

        try site.write("pages/gioi-thieu.md", "---\ntitle: Giới thiệu xã\nmenu: 1\n---\nĐã sửa.")
        try buildAndCompare(site, "edit a page title (in the menu)")

        try site.write("static/files/mau-don.txt", "Mẫu đơn mới")
        try buildAndCompare(site, "edit a static file")

        try buildAndCompare(site, asOf: "2027-03-01", "change the as-of date")
        try buildAndCompare(site, asOf: "2026-11-21", "change it back")
    }

    /// Keys come from the files the loader read (issue 14), not from a second walk of the
    /// folder: a file nothing reads changes no key, a data file templates see changes them all.
    @Test func keysFollowWhatTheLoaderReadNotWhatTheFolderHolds() throws {
        let site = try TemporarySite(SampleSite.files)
        func keys() throws -> [String: UInt64] {
            let diagnostics = Diagnostics()
            let loaded = try #require(SiteBuilder.check(site.options(), diagnostics: diagnostics))
            #expect(diagnostics.inputs.files.map(\.path).contains("data/thu-tuc.csv"))
            let fingerprints = InputFingerprints(site: loaded, options: site.options(), inputs: diagnostics.inputs)
            return Dictionary(uniqueKeysWithValues: SiteBuilder.plan(loaded).map { ($0.path, fingerprints.key(for: $0)) })
        }
        let before = try keys()
        try site.write("ghi-chu-cua-toi.odt", "Ghi chú của người quản trị, không phải nội dung.")
        #expect(try keys() == before)

        try site.write("data/lien-he.yaml", "duong_day_nong: 0255 3000 111\n")
        let after = try keys()
        let pages = before.keys.filter { $0.hasSuffix(".html") }
        #expect(!pages.isEmpty && pages.allSatisfy { after[$0] != before[$0] }, "templates see data/: every page")

        try site.write("pages/gioi-thieu.md", "---\ntitle: Giới thiệu\nmenu: 1\n---\nĐã sửa nội dung, không sửa tiêu đề.")
        let edited = try keys()
        #expect(edited["gioi-thieu/index.html"] != after["gioi-thieu/index.html"])
        #expect(edited["thu-tuc-hanh-chinh/1.001193/index.html"] == after["thu-tuc-hanh-chinh/1.001193/index.html"])
    }

    @Test func anUnchangedSiteIsNotWrittenAgain() throws {
        let site = try TemporarySite(SampleSite.files)
        _ = try SiteBuilder.build(site.options(), diagnostics: Diagnostics())
        let before = modificationTimes(site.output)
        let second = try SiteBuilder.build(site.options(), diagnostics: Diagnostics()).output
        #expect(second.written == 0 && second.removed == 0)
        #expect(second.unchanged == before.count)
        #expect(modificationTimes(site.output) == before)
    }

    @Test func oneProcedureEditRendersOnlyWhatDependsOnIt() throws {
        let site = try TemporarySite(SampleSite.files)
        _ = try SiteBuilder.build(site.options(), diagnostics: Diagnostics())
        let before = modificationTimes(site.output)
        try site.write("data/thu-tuc/1.001193.md", "## Trình tự thực hiện\n\n- Bước 1: nộp hồ sơ qua bưu điện.\n")
        let summary = try buildAndCompare(site, "edit one detail file")
        let after = modificationTimes(site.output)
        let rewritten = Set(after.keys.filter { after[$0] != before[$0] })
        // The procedure's own page changed; the list and search index show only its name,
        // which did not change, so they were rendered but left as they were.
        #expect(rewritten.contains("thu-tuc-hanh-chinh/1.001193/index.html"))
        #expect(!rewritten.contains("thu-tuc-hanh-chinh/1.004884/index.html"))
        #expect(!rewritten.contains("niem-yet/1.004884/index.html"))
        #expect(summary.written == rewritten.count)
    }

    @Test(arguments: ["corrupt", "foreign"])
    func anUntrustedManifestIsDiscardedWithANotice(_ kind: String) throws {
        let site = try TemporarySite(SampleSite.files)
        _ = try SiteBuilder.build(site.options(), diagnostics: Diagnostics())
        let built = treeContents(site.output)
        let manifest = try String(contentsOf: try site.servedManifest(), encoding: .utf8)
        let text = kind == "corrupt" ? "garbage\n"
            : manifest.replacingOccurrences(of: "congkhai-manifest \(OutputManifest.formatVersion) ", with: "congkhai-manifest \(OutputManifest.formatVersion) 0.0.1+other")
        try Data(text.utf8).write(to: try site.servedManifest())
        let again = try SiteBuilder.build(site.options(), diagnostics: Diagnostics()).output
        #expect(!again.incremental)
        #expect(again.discardedCache?.contains(kind == "corrupt" ? "hỏng" : "phiên bản") == true)
        #expect(treeContents(site.output) == built)
        // The new cache is trusted by the next build.
        #expect(try SiteBuilder.build(site.options(), diagnostics: Diagnostics()).output.incremental)
    }

    @Test func aFileDeletedByHandIsWrittenAgain() throws {
        let site = try TemporarySite(SampleSite.files)
        _ = try SiteBuilder.build(site.options(), diagnostics: Diagnostics())
        let page = site.output.appendingPathComponent("thu-tuc-hanh-chinh/1.004884/index.html")
        try FileManager.default.removeItem(at: page)
        let again = try SiteBuilder.build(site.options(), diagnostics: Diagnostics()).output
        #expect(again.written == 1)
        #expect(FileManager.default.fileExists(atPath: page.path))
    }

    private func modificationTimes(_ folder: URL) -> [String: Int64] {
        treeContents(folder).keys.reduce(into: [:]) { times, path in
            times[path] = FileStatus(path: folder.appendingPathComponent(path).path)?.modifiedNanoseconds
        }
    }
}

@Suite struct InputRecordTests {
    /// The catalog's table and detail files are keyed by the procedures; everything else the
    /// loader read (a workbook's options file too) is in the shared ring.
    @Test func knowsWhichInputsAreKeyedElsewhere() {
        let record = InputRecord()
        record.keyElsewhere(FamilyRegistry.standard.keyedByFamilies)
        for path in ["data/thu-tuc.csv", "data/thu-tuc.xlsx", "data/thu-tuc", "data/thu-tuc/1.001193.md", "theme/templates/base.mustache"] {
            #expect(record.isKeyedElsewhere(path), "\(path)")
        }
        for path in ["data/thu-tuc.xlsx.yaml", "data/thu-tuc-cu.csv", "data/ho-so.csv", "site.yaml", "data/thu-tuc.csv/x"] {
            #expect(!record.isKeyedElsewhere(path), "\(path)")
        }
        record.record("data/thu-tuc.csv", text: "a")
        record.record("site.yaml", text: "a")
        #expect(record.files.map(\.path) == ["data/thu-tuc.csv", "site.yaml"])
        #expect(record.files.map(\.fingerprint) == [nil, FNV1a.hash("a")])
    }
}

@Suite struct OutputManifestTests {
    @Test func roundTripsAndRejectsWhatItCannotTrust() throws {
        var manifest = OutputManifest()
        manifest.entries["a/index.html"] = .init(key: 0xdead_beef, hash: 7,
                                                 status: FileStatus(size: 12, modifiedNanoseconds: 34, changedNanoseconds: 35, inode: 99))
        manifest.entries["qr/1.001193.png"] = .init(key: 1, hash: 2, status: FileStatus(size: 5, modifiedNanoseconds: 6))
        let data = manifest.encoded(tool: "t1")
        #expect(OutputManifest.decode(data, tool: "t1") == .success(manifest))
        #expect(OutputManifest.decode(data, tool: "t2") == .failure(.foreignVersion))

        var tampered = String(decoding: data, as: UTF8.self)
        tampered = tampered.replacingOccurrences(of: "\t12\t", with: "\t13\t")
        #expect(OutputManifest.decode(Data(tampered.utf8), tool: "t1") == .failure(.corrupt))
        #expect(OutputManifest.decode(data.prefix(data.count - 10), tool: "t1") == .failure(.corrupt))
        #expect(OutputManifest.decode(Data([0xff, 0xfe]), tool: "t1") == .failure(.corrupt))
    }

    /// Read on bytes: negative times (before 1970), the largest numbers, no entries at all;
    /// and a line that is not seven fields, or a number that does not fit, is corruption.
    @Test func readsEveryNumberItWritesAndNothingElse() throws {
        var manifest = OutputManifest()
        manifest.entries["nhung/thu-tuc/hộ-tịch/index.html"] = .init(
            key: .max, hash: 0, status: FileStatus(size: Int.max, modifiedNanoseconds: .min, changedNanoseconds: -1, inode: .max))
        manifest.entries["a"] = .init(key: 0xabc, hash: 0xf00, status: FileStatus(size: 0, modifiedNanoseconds: .max))
        #expect(OutputManifest.decode(manifest.encoded(tool: "t"), tool: "t") == .success(manifest))
        #expect(OutputManifest.decode(OutputManifest().encoded(tool: "t"), tool: "t") == .success(OutputManifest()))

        func resealed(_ body: String) -> Data {
            Data("\(body)\nend \(body.split(separator: "\n").count - 1) \(String(FNV1a.hash(body), radix: 16))\n".utf8)
        }
        let header = "congkhai-manifest \(OutputManifest.formatVersion) t"
        #expect(OutputManifest.decode(resealed(header + "\na\t1\t2\t3\t4\t5\t6"), tool: "t")
                == .success(OutputManifest(entries: ["a": .init(key: 1, hash: 2, status: FileStatus(size: 3, modifiedNanoseconds: 4, changedNanoseconds: 5, inode: 6))])))
        for bad in ["a\t1\t2\t3\t4\t5", "a\t1\t2\t3\t4\t5\t6\t7", "a\t1\tz\t3\t4\t5\t6", "a\t1\t2\t-3\t4\t5\t6",
                    "a\t1\t2\t3\t9223372036854775808\t5\t6", "a\t10000000000000000\t2\t3\t4\t5\t6", "../a\t1\t2\t3\t4\t5\t6",
                    "a\t\t2\t3\t4\t5\t6"] {
            #expect(OutputManifest.decode(resealed(header + "\n" + bad), tool: "t") == .failure(.corrupt), "\(bad)")
        }
    }
}
