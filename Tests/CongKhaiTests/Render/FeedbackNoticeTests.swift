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

/// The feedback notice carries what Nghị định 20/2008/NĐ-CP asks, and `check` warns about
/// what a site leaves out.
@Suite struct FeedbackNoticeTests {
    @Test func theNoticeCarriesTheDecreesContent() throws {
        let temporary = try TemporarySite([:], config: TemporarySite.minimalConfig + "\nportal:\n  source: kiểm thử\n  checked: 21/11/2026\n")
        let (_, diagnostics) = temporary.load()
        #expect(!diagnostics.warnings.contains { [.feedbackNoticeIncomplete, .portalLinksUnchecked].contains($0.code) },
                "\(diagnostics.warnings)")
        let files = try temporary.render()
        for path in ["phan-anh-kien-nghi/index.html", "phan-anh-kien-nghi/in/index.html"] {
            let page = try #require(files[path])
            // The province's receiving body with address, dedicated phone and e-mail (Điều 10, 13).
            for text in ["Văn phòng Ủy ban nhân dân tỉnh Quảng Ngãi", "Số 1 đường Thử, tỉnh Quảng Ngãi", "0255 3000 100", "pakn@tinh.example.vn"] {
                #expect(page.contains(text), "\(path): \(text)")
            }
            // The commune's own channel, and its web address on the printed notice too.
            #expect(page.contains("pakn@thunghiem.example.vn") && page.contains("https://thunghiem.example.vn/"), "\(path)")
            // Điều 5 (what), Điều 6 (how), Điều 7 khoản 2 a (the dedicated phone), in the decree's words.
            #expect(page.contains("Sự không đồng bộ, không thống nhất của các quy định hành chính."))
            #expect(page.contains("Sáng kiến ban hành mới quy định hành chính liên quan đến hoạt động kinh doanh, đời sống nhân dân."))
            #expect(page.contains("văn bản; điện thoại; phiếu lấy ý kiến"))
            #expect(page.contains("chỉ thực hiện phản ánh, kiến nghị thông qua số điện thoại chuyên dùng đã công bố công khai"))
            #expect(page.contains("https://dichvucong.gov.vn/phan-anh-kien-nghi"))
        }
    }

    @Test func missingNoticeContentIsWarned() throws {
        let config = """
        commune: Xã Thử Nghiệm
        province: Quảng Ngãi
        agency:
          name: Ủy ban nhân dân xã Thử Nghiệm
          address: Thôn 1
          phone: 0255 3000 000
          email: ubnd@thunghiem.example.vn
          working_hours: Thứ Hai đến thứ Sáu
        feedback:
          receiving_body: Ủy ban nhân dân xã Thử Nghiệm
          address: Thôn 1
          phone: 0255 3000 009
          email: pakn@thunghiem.example.vn
        portal:
          feedback_url: https://dichvucong.gov.vn/p/phananhkiennghi/pakn-gui-phan-anh-kien-nghi.html
        """
        let temporary = try TemporarySite([:], config: config)
        let (_, diagnostics) = temporary.load()
        let incomplete = diagnostics.warnings.filter { $0.code == .feedbackNoticeIncomplete }
        #expect(incomplete.contains { $0.message.contains("feedback.province") && $0.location.file == "site.yaml" && $0.location.line != nil })
        #expect(incomplete.contains { $0.message.contains("base_url") })
        let portal = diagnostics.warnings.filter { $0.code == .portalLinksUnchecked }
        #expect(portal.contains { $0.message.contains("pakn-gui-phan-anh-kien-nghi.html") })
        #expect(portal.contains { $0.message.contains("portal.checked") && $0.message.contains("portal.source") })
        #expect(diagnostics.errors.isEmpty, "\(diagnostics.errors)")
    }

    @Test func aProvinceBodyWithoutItsDetailsIsWarnedAndThePageSaysWhereToLook() throws {
        let config = TemporarySite.minimalConfig
            .replacingOccurrences(of: "    address: Số 1 đường Thử, tỉnh Quảng Ngãi\n    phone: 0255 3000 100\n    email: pakn@tinh.example.vn",
                                  with: "    website: https://tinh.example.vn/")
        let temporary = try TemporarySite([:], config: config)
        let (_, diagnostics) = temporary.load()
        let missing = diagnostics.warnings.filter { $0.code == .feedbackNoticeIncomplete }.map(\.message)
        #expect(missing.count == 3, "\(missing)")
        let page = try #require(try temporary.render()["phan-anh-kien-nghi/index.html"])
        #expect(page.contains("do Ủy ban nhân dân tỉnh công khai") && page.contains("https://tinh.example.vn/"))
    }
}

extension FeedbackNoticeTests {
    /// Mustache looks a missing key up in the enclosing context: the province's missing phone
    /// must not be filled with the commune's.
    @Test func theProvinceBodyNeverBorrowsTheCommunesContacts() throws {
        let config = TemporarySite.minimalConfig
            .replacingOccurrences(of: "    address: Số 1 đường Thử, tỉnh Quảng Ngãi\n    phone: 0255 3000 100\n    email: pakn@tinh.example.vn",
                                  with: "    website: https://tinh.example.vn/")
        let page = try #require(try TemporarySite([:], config: config).render()["phan-anh-kien-nghi/index.html"])
        let provinceSection = try #require(page.components(separatedBy: "<h2>2.").first)
        for commune in ["0255 3000 009", "pakn@thunghiem.example.vn", "Thôn 1, xã Thử Nghiệm"] {
            #expect(!provinceSection.contains(commune), "\(commune)")
        }
        #expect(provinceSection.contains("Văn phòng Ủy ban nhân dân tỉnh Quảng Ngãi"))
    }
}
