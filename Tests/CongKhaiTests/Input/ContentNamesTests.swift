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

/// File names in the content folder as the webmaster's tools make them (issue 26, B19, B20,
/// B29): a name that is not UTF-8, a name holding a line break, two names that give templates
/// the same `data` name.
@Suite struct ContentNamesTests {
    /// B29: a file name in Windows-1258 (copied from an old Windows share) was reported as a
    /// file that is missing. It is named for what it is, and nothing else is said about it.
    @Test func aFileNameThatIsNotUTF8IsNamedAsSuch() throws {
        let site = try TemporarySite(["pages/a.md": "---\ntitle: A\n---\nMột.\n"])
        try FileManager.default.createDirectory(at: site.content.appendingPathComponent("data"), withIntermediateDirectories: true)
        // "thông-ke.csv" with its "ô" in Windows-1258.
        let name = Array((site.content.path + "/data/th").utf8) + [0xF4] + Array("ng-ke.csv".utf8) + [0]
        let descriptor = open(name.map { CChar(bitPattern: $0) }, O_WRONLY | O_CREAT, 0o644)
        try #require(descriptor >= 0)
        close(descriptor)
        let (_, diagnostics) = site.load()
        let errors = diagnostics.errors.filter { $0.location.file.hasPrefix("data/th") }
        #expect(errors.count == 1, "\(diagnostics.errors)")
        let error = try #require(errors.first)
        #expect(error.code == .unreadableFile)
        #expect(error.message.contains("UTF-8"))
        #expect(!error.message.contains("không còn ở đó"))
    }

    /// B19: a line break in a data file's name printed a second line that read like a
    /// diagnostic of its own.
    @Test func aLineBreakInAFileNameCannotForgeADiagnosticLine() throws {
        let site = try TemporarySite(["pages/a.md": "---\ntitle: A\n---\nMột.\n"])
        let forged = "x.yaml\nsite.yaml:1:1: lỗi CK011: giả mạo\ny.yaml"
        try site.write("data/\(forged)", "a: [\n")
        let (_, diagnostics) = site.load()
        let printed = diagnostics.all.map(\.description).joined(separator: "\n")
        #expect(!printed.split(separator: "\n").contains { $0.hasPrefix("site.yaml:1:1: lỗi CK011") }, "\(printed)")
        #expect(printed.contains("\\u{A}site.yaml:1:1"))
    }

    /// B20: `lanh_dao.yaml` and `lanh-dao.yaml` (or a file and a folder) both become
    /// `data.lanh_dao`; one of them silently disappeared from every template.
    @Test func twoDataFilesWithTheSameTemplateNameAreAnError() throws {
        let site = try TemporarySite([
            "data/lanh-dao.yaml": "- ten: Ông A\n",
            "data/lanh_dao.yaml": "- ten: Ông B\n",
            "data/thong-ke.yaml": "- a: 1\n",
            "data/thong_ke/hai-long.yaml": "- b: 2\n",
        ])
        let (_, diagnostics) = site.load()
        let clashes = diagnostics.errors.filter { $0.code == .dataNameClash }
        #expect(clashes.count == 2, "\(diagnostics.errors)")
        #expect(clashes.contains { $0.message.contains("data/lanh-dao.yaml") && $0.message.contains("data.lanh_dao") })
        #expect(clashes.contains { $0.message.contains("data.thong_ke") })
    }
}
