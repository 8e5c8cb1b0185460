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

/// Findings 4 and 7 of issue 13 through the real `congkhai` command, as a webmaster meets them.
@Suite struct UnsafeInputCommandTests {
    @Test func personalDataInTheRegisterIsWarnedWithoutBeingPrintedAndNotPublished() throws {
        let executable = try #require(CongKhaiExecutable.url, "congkhai executable not built")
        let site = try TemporarySite([
            "data/thu-tuc.csv": "Mã TTHC,Tên thủ tục,Lĩnh vực,Thời hạn giải quyết,Phí\n1.014028,Hỗ trợ mai táng,Bảo trợ xã hội,3 ngày làm việc,Miễn phí\n",
            "data/ho-so-tre-han.csv": """
            Mã hồ sơ,Mã TTHC,Người nộp,Ngày tiếp nhận,Ngày trả,Lý do,Ngày hẹn lại,Ngày xin lỗi
            000.00.25.H55-250106-0001,1.014028,Phạm Văn C 0905 123 456,06/01/2025,13/01/2025,Gọi 0912.345.678 - số 12 đường Lê Lợi,13/01/2025,08/01/2025

            """,
        ])
        let result = try CongKhaiExecutable.run(executable, ["build", "--source", site.content.path, "--output", site.output.path,
                                                             "--as-of", "2025-12-31", "--verbose"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("data/ho-so-tre-han.csv:2:3 [Người nộp]: cảnh báo CK120"))
        #expect(result.stderr.contains("data/ho-so-tre-han.csv:2:6 [Lý do]: cảnh báo CK120"))
        for secret in ["0905 123 456", "0912.345.678", "Lê Lợi"] {
            #expect(!result.stderr.contains(secret) && !result.stdout.contains(secret))
            for (path, data) in treeContents(site.output) {
                #expect(!String(decoding: data, as: UTF8.self).contains(secret), "\(secret) in \(path)")
            }
        }
        let letter = try #require(treeContents(site.output)["xin-loi/000-00-25-h55-250106-0001/index.html"])
        #expect(String(decoding: letter, as: UTF8.self).contains("P. V. C."))
    }

    @Test func aJavascriptFeedbackLinkStopsTheBuild() throws {
        let executable = try #require(CongKhaiExecutable.url, "congkhai executable not built")
        let config = TemporarySite.minimalConfig + "\n  province_system_name: Hệ thống tỉnh\n  province_system_url: javascript:alert(1)\n"
        let site = try TemporarySite(["pages/a.md": "---\ntitle: A\n---\nx\n"], config: config)
        let result = try CongKhaiExecutable.run(executable, ["build", "--source", site.content.path, "--output", site.output.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("site.yaml:21:24 [feedback.province_system_url]: lỗi CK121"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("phan-anh-kien-nghi/index.html").path))
    }
}
