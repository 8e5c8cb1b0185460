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

/// The feedback notice as a document of the commune (issue 23 §8): its addresses agree with
/// every page's footer, and it carries its number, date and signer when the site gives them.
@Suite struct FeedbackNoticeDocumentTests {
    @Test func theNoticesAddressesAgreeWithTheFooter() throws {
        // The example's old values: the footer's postal address was the Centre's, the notice's
        // the People's Committee's, for one and the same receiving body.
        let differing = TemporarySite.minimalConfig
            .replacingOccurrences(of: "  address: Thôn 1, xã Thử Nghiệm\n  phone: 0255 3000 000",
                                  with: "  address: Thôn 1, xã Thử Nghiệm\n  postal_address: Trung tâm Phục vụ hành chính công xã Thử Nghiệm, thôn 1\n  phone: 0255 3000 000")
            .replacingOccurrences(of: "  phone: 0255 3000 009", with: "  postal_address: Ủy ban nhân dân xã Thử Nghiệm, thôn 1\n  phone: 0255 3000 009")
        let (_, diagnostics) = try TemporarySite([:], config: differing).load()
        let warning = try #require(diagnostics.warnings.first { $0.code == .feedbackAddressDiffers })
        #expect(warning.location.file == "site.yaml" && warning.message.contains("địa chỉ nhận thư"))
        // The notice's street address lies within the agency's ("Thôn 1, xã Thử Nghiệm"): agreed.
        #expect(diagnostics.warnings.filter { $0.code == .feedbackAddressDiffers }.count == 1)

        let within = TemporarySite.minimalConfig.replacingOccurrences(of: "  address: Thôn 1, xã Thử Nghiệm\n  phone: 0255 3000 009",
                                                                      with: "  address: Bộ phận tiếp nhận, thôn 1, xã Thử Nghiệm\n  phone: 0255 3000 009")
        #expect(!(try TemporarySite([:], config: within).load().1.warnings.contains { $0.code == .feedbackAddressDiffers }))

        // Another receiving body has its own address.
        let other = differing.replacingOccurrences(of: "  receiving_body: Ủy ban nhân dân xã Thử Nghiệm", with: "  receiving_body: Văn phòng Hội đồng nhân dân xã")
        #expect(!(try TemporarySite([:], config: other).load().1.warnings.contains { $0.code == .feedbackAddressDiffers }))
    }

    @Test func theNoticeCarriesItsNumberDateAndSigner() throws {
        let config = TemporarySite.minimalConfig.replacingOccurrences(of: "  email: pakn@thunghiem.example.vn\n",
            with: "  email: pakn@thunghiem.example.vn\n  number: 15/TB-UBND\n  date: 07/07/2025\n  signer_title: CHỦ TỊCH\n  signer_name: Nguyễn Văn Ký\n")
        let files = try TemporarySite([:], config: config).render()
        for path in ["phan-anh-kien-nghi/index.html", "phan-anh-kien-nghi/in/index.html"] {
            let page = try #require(files[path])
            #expect(page.contains("Số: 15/TB-UBND") && page.contains("Thử Nghiệm, ngày 07 tháng 07 năm 2025"), "\(path)")
            #expect(page.contains("<strong>CHỦ TỊCH</strong>") && page.contains("<strong>Nguyễn Văn Ký</strong>"), "\(path)")
        }
        // Without them nothing is invented.
        let plain = try #require(try TemporarySite([:]).render()["phan-anh-kien-nghi/index.html"])
        #expect(!plain.contains("Số: ") && !plain.contains("class=\"signature\""))
    }

    @Test func theExamplesNoticeAndFooterAgree() throws {
        let (loaded, diagnostics) = ExampleSite.load()
        let site = try #require(loaded)
        #expect(!diagnostics.warnings.contains { $0.code == .feedbackAddressDiffers })
        #expect(site.config.feedback.postalAddress == site.config.agency.postalAddress)
        let files = Dictionary(uniqueKeysWithValues: SiteBuilder.render(site).map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) })
        let notice = try #require(files["phan-anh-kien-nghi/index.html"])
        #expect(notice.contains("Số: 15/TB-UBND") && notice.contains("Nguyễn Văn Minh"))
    }
}
