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

/// Nghị định 63/2010 Điều 8 elements per procedure, the summary figure, and seed 003's
/// criterion 3 judged from the site (issue 10 §4).
@Suite struct ProcedureCompletenessTests {
    static let row = "Mã TTHC,Tên thủ tục,Lĩnh vực,Thời hạn giải quyết,Phí,Cơ quan thực hiện\n1.001193,Đăng ký khai sinh,Hộ tịch,1 ngày,Miễn phí,UBND cấp xã\n2.000986,Chứng thực bản sao,Chứng thực,,,\n"
    static let detail = """
    ## Trình tự thực hiện

    Nộp hồ sơ.

    ## Cách thức thực hiện

    Trực tiếp.

    ## Thành phần, số lượng hồ sơ

    Tờ khai.

    ## Đối tượng thực hiện

    Cha, mẹ.

    ## Kết quả thực hiện

    Giấy khai sinh.

    ## Mẫu đơn, tờ khai

    - Tờ khai đăng ký khai sinh theo mẫu.
    """

    @Test func eachMissingElementIsNamedAtTheRow() throws {
        let (site, diagnostics) = try TemporarySite(["data/thu-tuc.csv": Self.row, "data/thu-tuc/1.001193.md": Self.detail]).load()
        let warnings = diagnostics.warnings.filter { $0.code == .procedureIncomplete }
        #expect(warnings.count == 1)
        let warning = try #require(warnings.first)
        #expect(warning.location.file == "data/thu-tuc.csv" && warning.location.line == 3)
        #expect(warning.message.contains("2.000986 thiếu: b) Trình tự thực hiện; c) Cách thức thực hiện; d) Thành phần, số lượng hồ sơ; đ) Thời hạn giải quyết; e) Đối tượng thực hiện; g) Cơ quan giải quyết; h) Kết quả thực hiện; h) Phí, lệ phí."))
        #expect(site?.completeness == ProcedureCompleteness.Summary(published: 2, complete: 1))
        #expect(site?.completeness.line == "1/2 thủ tục đủ nội dung (Nghị định 63/2010 Điều 8)")
    }

    @Test func anEmptySectionOrAWordInsideAnotherWordDoesNotCount() throws {
        let detail = "## Trình tự thực hiện\n\n## Phiếu hẹn\n\nCó.\n"
        let (site, _) = try TemporarySite(["data/thu-tuc.csv": Self.row, "data/thu-tuc/2.000986.md": detail]).load()
        let procedure = try #require(site?.catalog.all.first { $0.code == "2.000986" })
        let missing = ProcedureCompleteness.missing(procedure)
        #expect(missing.contains(.steps))  // the section is empty
        #expect(missing.contains(.fee))  // "Phiếu" is not "phí"
    }

    @Test func withdrawnProceduresAreNotCounted() throws {
        let csv = "Mã TTHC,Tên thủ tục,Lĩnh vực,Trạng thái,Quyết định công bố\n1.001193,Đăng ký khai sinh,Hộ tịch,bãi bỏ,12/QĐ-UBND\n"
        let (site, diagnostics) = try TemporarySite(["data/thu-tuc.csv": csv]).load()
        #expect(site?.completeness.published == 0)
        #expect(!diagnostics.warnings.contains { $0.code == .procedureIncomplete })
    }

    /// The example's own criteria set (Quảng Ngãi QĐ 737, seed 003) names criterion 3's content
    /// "3.1"; a sheet of the site's own unit claiming it while content is missing is flagged at
    /// every level that gives points, and another unit's sheet is not judged by this site.
    @Test func criterionThreeClaimedWhileContentIsMissingIsFlagged() throws {
        let criteria = try String(contentsOf: Repository.content.appendingPathComponent("data/cham-diem/qd-737-2024.yaml"), encoding: .utf8)
        let sheet = """
        unit: Xã Thử Nghiệm
        criteria_set: qd-737-2024
        scores:
          "3.1": { tu_cham: 5, tham_dinh: 0 }
        """
        let other = sheet.replacingOccurrences(of: "Xã Thử Nghiệm", with: "Xã Khác")
        let files = ["data/thu-tuc.csv": Self.row, "data/thu-tuc/1.001193.md": Self.detail,
                     "data/cham-diem/qd-737-2024.yaml": criteria, "data/cham-diem/2024/thu-nghiem.yaml": sheet,
                     "data/cham-diem/2024/khac.yaml": other]
        let (_, diagnostics) = try TemporarySite(files).load()
        let flagged = diagnostics.warnings.filter { $0.code == .contentCriterionClaimed }
        #expect(flagged.count == 1)
        #expect(flagged.first?.location.file == "data/cham-diem/2024/thu-nghiem.yaml")
        #expect(flagged.first?.message.contains("nội dung 3.1") == true && flagged.first?.message.contains("1/2 thủ tục") == true)

        var complete = files
        complete["data/thu-tuc.csv"] = "Mã TTHC,Tên thủ tục,Lĩnh vực,Thời hạn giải quyết,Phí,Cơ quan thực hiện\n1.001193,Đăng ký khai sinh,Hộ tịch,1 ngày,Miễn phí,UBND cấp xã\n"
        let (_, clean) = try TemporarySite(complete).load()
        #expect(!clean.warnings.contains { $0.code == .contentCriterionClaimed })

        // The criterion scores the feedback notice with the catalog: a notice without the
        // province body's phone and e-mail makes the claim false too (Nghị định 20/2008 Điều 13).
        let noContacts = TemporarySite.minimalConfig
            .replacingOccurrences(of: "    phone: 0255 3000 100\n", with: "")
            .replacingOccurrences(of: "\n    email: pakn@tinh.example.vn", with: "")
        let (_, notice) = try TemporarySite(complete, config: noContacts).load()
        let claimed = try #require(notice.warnings.first { $0.code == .contentCriterionClaimed })
        #expect(claimed.message.contains("số điện thoại chuyên dùng của Văn phòng Ủy ban nhân dân tỉnh Quảng Ngãi")
                && claimed.message.contains("thư điện tử của Văn phòng Ủy ban nhân dân tỉnh Quảng Ngãi")
                && !claimed.message.contains("thủ tục đang áp dụng thiếu nội dung"), "\(claimed.message)")
    }
}
