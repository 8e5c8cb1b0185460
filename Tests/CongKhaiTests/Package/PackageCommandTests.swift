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

/// `congkhai package` end to end, and `congkhai check` on a malformed base_url.
@Suite struct PackageCommandTests {
    @Test func packageBuildsThenZipsBesideTheOutput() throws {
        let executable = try #require(CongKhaiExecutable.url, "congkhai executable not built")
        let site = try TemporarySite(["pages/a.md": "---\ntitle: A\n---\nMột.\n"])
        let arguments = ["package", "--source", site.content.path, "--output", site.output.path, "--as-of", "2026-11-21",
                         "--base-url", "https://ThuNghiem.example.vn", "--relative-links"]
        let first = try CongKhaiExecutable.run(executable, arguments)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Đây là gói đầu tiên"))
        #expect(first.stdout.contains("public.zip"))
        let zip = site.root.appendingPathComponent("public.zip")
        let bytes = try Data(contentsOf: zip)
        // Built by the command itself, relative links on.
        let page = try String(contentsOf: site.output.appendingPathComponent("a/index.html"), encoding: .utf8)
        #expect(page.contains("href=\"../assets/"))
        let second = try CongKhaiExecutable.run(executable, arguments)
        #expect(second.status == 0)
        #expect(second.stdout.contains("Không có gì thay đổi"))
        #expect(try Data(contentsOf: zip) == bytes)
    }

    @Test func checkNamesTheLineOfAMalformedBaseURL() throws {
        let executable = try #require(CongKhaiExecutable.url, "congkhai executable not built")
        let config = TemporarySite.minimalConfig.replacingOccurrences(
            of: "base_url: https://thunghiem.example.vn/", with: "base_url: https://thunghiem.example.vn:80800/")
        let site = try TemporarySite(["pages/a.md": "---\ntitle: A\n---\nMột.\n"], config: config)
        let result = try CongKhaiExecutable.run(executable, ["check", "--source", site.content.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("site.yaml:3:11 [base_url]: lỗi CK200"), "\(result.stderr)")
    }
}
