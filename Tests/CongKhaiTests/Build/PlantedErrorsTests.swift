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

/// `congkhai check` on a site with many planted mistakes reports every one, with its place.
@Suite struct PlantedErrorsTests {
    let content = Repository.fixtures.appendingPathComponent("planted-errors/Content")

    @Test func everyPlantedErrorIsReportedWithItsPosition() throws {
        let diagnostics = Diagnostics()
        let options = BuildOptions(source: content, output: FileManager.default.temporaryDirectory.appendingPathComponent("unused"),
                                   asOf: CivilDate(year: 2026, month: 11, day: 21)!)
        _ = SiteBuilder.check(options, diagnostics: diagnostics)
        let found = Set(diagnostics.errors.map { "\($0.code.rawValue) \($0.location.file):\($0.location.line ?? 0)" })
        let expected: Set<String> = [
            "CK013 site.yaml:8",                // e-mail without @
            "CK023 pages/trang-loi.md:3",       // slug escaping the output folder
            "CK022 pages/ngay-sai.md:3",        // 31/02
            "CK025 pages/ngay-sai.md:2",        // unknown layout
            "CK021 notices/thieu-tieu-de.md:2", // no title
            "CK051 data/thu-tuc.csv:3",         // malformed code
            "CK052 data/thu-tuc.csv:4",         // duplicate code
            "CK054 data/thu-tuc.csv:5",         // unknown online level
            "CK056 data/thu-tuc/3.000999.md:1", // detail file for unknown code
            "CK031 data/hong.yaml:3",           // YAML syntax
            "CK090 site.yaml:11",               // feedback notice without its dedicated phone
        ]
        #expect(found == expected, "missing: \(expected.subtracting(found)), unexpected: \(found.subtracting(expected))")
        #expect(diagnostics.errors.allSatisfy { !$0.message.isEmpty && $0.description.contains(": lỗi CK") })
    }

    @Test func checkCommandPrintsThemAllAndExitsOne() throws {
        let executable = try #require(CongKhaiExecutable.url, "congkhai executable not built")
        let result = try CongKhaiExecutable.run(executable, ["check", "--source", content.path, "--as-of", "2026-11-21"])
        #expect(result.status == 1)
        #expect(result.stderr.components(separatedBy: ": lỗi CK").count - 1 == 11)
        #expect(result.stderr.contains("pages/trang-loi.md:3:1: lỗi CK023"))
        #expect(result.stderr.contains("Kiểm tra: 11 lỗi"))
    }

    @Test func checkExitsZeroWithOnlyWarnings() throws {
        let executable = try #require(CongKhaiExecutable.url, "congkhai executable not built")
        let site = try TemporarySite(["data/thu-tuc.csv": "Mã TTHC,Tên thủ tục,Lĩnh vực\n1.001193,A,B\n"])
        let result = try CongKhaiExecutable.run(executable, ["check", "--source", site.content.path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("cảnh báo CK061"))
    }
}

@Suite struct NewCommandTests {
    @Test func scaffoldsABuildableSiteAndRefusesANonEmptyFolder() throws {
        let executable = try #require(CongKhaiExecutable.url, "congkhai executable not built")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("congkhai-new-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let created = try CongKhaiExecutable.run(executable, ["new", folder.path])
        #expect(created.status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Content/site.yaml").path))
        let checked = try CongKhaiExecutable.run(executable, ["check", "--source", folder.appendingPathComponent("Content").path])
        #expect(checked.status == 0, "\(checked.stderr)")
        let again = try CongKhaiExecutable.run(executable, ["new", folder.path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("đã có tệp"))
    }
}
