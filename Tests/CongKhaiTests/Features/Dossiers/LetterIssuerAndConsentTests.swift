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

/// Letters in the name of their date, dates on days off, late dossiers without a letter, and
/// the applicant's name with consent (issue 23 §3 and §7).
@Suite struct LetterIssuerAndConsentTests {
    static let catalog = "Mã TTHC,Tên thủ tục,Lĩnh vực,Thời hạn giải quyết,Phí\n1.014028,Hỗ trợ chi phí mai táng,Bảo trợ xã hội,3 ngày làm việc,Miễn phí\n"
    static let header = "Mã hồ sơ,Mã TTHC,Người nộp,Ngày tiếp nhận,Hạn trả,Ngày trả,Lý do,Ngày hẹn lại,Số văn bản xin lỗi,Ngày xin lỗi,Đồng ý công khai tên,Căn cứ đồng ý\n"
    static let history = """

    history:
      - until: 30/06/2025
        commune: Xã Thử Cũ
        agency: Ủy ban nhân dân xã Thử Cũ
        superior: Ủy ban nhân dân huyện Thử
        signer_title: CHỦ TỊCH
        signer_name: Lê Văn Cũ
        source: Nghị quyết sắp xếp (kiểm thử)
    """

    /// The letter itself, without the site's header and footer (which name today's commune).
    private func article(_ html: String) -> String {
        guard let start = html.range(of: "<article"), let end = html.range(of: "</article>") else { return html }
        return String(html[start.lowerBound..<end.upperBound])
    }

    private func site(_ rows: String, config: String = TemporarySite.minimalConfig, asOf: String = "2025-12-31") throws -> (Site?, Diagnostics, TemporarySite) {
        let temporary = try TemporarySite(["data/thu-tuc.csv": Self.catalog, "data/ho-so.csv": Self.header + rows], config: config)
        let (site, diagnostics) = temporary.load(asOf: asOf)
        return (site, diagnostics, temporary)
    }

    /// Letters dated before 01/07/2025 are the old commune's, under its district, signed by whom
    /// signed then; letters after are today's commune's, under the province.
    @Test func theIssuerIsTheOneOfTheLettersDate() throws {
        let config = TemporarySite.minimalConfig.replacingOccurrences(of: "  working_hours: Thứ Hai đến thứ Sáu\n",
            with: "  working_hours: Thứ Hai đến thứ Sáu\n  superior: Ủy ban nhân dân tỉnh Quảng Ngãi\n  signer_name: Nguyễn Văn Mới\n") + Self.history
        let rows = """
        HS-1,1.014028,A,16/06/2025 09:00,,24/06/2025,Chậm,24/06/2025 16:00,01/PXL,18/06/2025,,
        HS-2,1.014028,B,14/07/2025 09:00,,22/07/2025,Chậm,22/07/2025 16:00,02/XL,16/07/2025,,

        """
        let (_, diagnostics, temporary) = try site(rows, config: config)
        #expect(!diagnostics.warnings.contains { $0.code == .letterIssuerUnknown || $0.code == .staleName }, "\(diagnostics.warnings)")
        let files = try temporary.render(asOf: "2025-12-31")
        let old = article(try #require(files["xin-loi/hs-1/index.html"]))
        #expect(old.contains("<span>Ủy ban nhân dân huyện Thử</span>") && old.contains("<strong>Ủy ban nhân dân xã Thử Cũ</strong>"))
        #expect(old.contains("Thử Cũ, ngày 18 tháng 06 năm 2025") && old.contains("<strong>Lê Văn Cũ</strong>"))
        #expect(old.contains("Ủy ban nhân dân xã Thử Cũ xin lỗi") && !old.contains("Thử Nghiệm") && !old.contains("tỉnh Quảng Ngãi</span>"))
        let new = article(try #require(files["xin-loi/hs-2/index.html"]))
        #expect(new.contains("<span>Ủy ban nhân dân tỉnh Quảng Ngãi</span>") && new.contains("<strong>Ủy ban nhân dân xã Thử Nghiệm</strong>"))
        #expect(new.contains("<strong>Nguyễn Văn Mới</strong>") && !new.contains("Thử Cũ"))
    }

    /// Without history, a letter before the reform names no superior and no signer: neither is
    /// known, and today's would be false. `check` asks for the history.
    @Test func withoutHistoryNothingIsInventedBeforeTheReform() throws {
        let config = TemporarySite.minimalConfig.replacingOccurrences(of: "  working_hours: Thứ Hai đến thứ Sáu\n",
            with: "  working_hours: Thứ Hai đến thứ Sáu\n  superior: Ủy ban nhân dân tỉnh Quảng Ngãi\n  signer_name: Nguyễn Văn Mới\n")
        let rows = "HS-1,1.014028,A,16/06/2025 09:00,,24/06/2025,Chậm,24/06/2025 16:00,01/PXL,18/06/2025,,\n"
        let (_, diagnostics, temporary) = try site(rows, config: config)
        let warning = try #require(diagnostics.warnings.first { $0.code == .letterIssuerUnknown })
        #expect(warning.location.line == 2 && warning.message.contains("HS-1") && warning.message.contains("history"))
        let letter = article(try #require(try temporary.render(asOf: "2025-12-31")["xin-loi/hs-1/index.html"]))
        #expect(!letter.contains("Ủy ban nhân dân tỉnh Quảng Ngãi") && !letter.contains("Nguyễn Văn Mới"))
    }

    @Test func badHistoryEntriesAreLocatedErrors() throws {
        let config = TemporarySite.minimalConfig + "\nhistory:\n  - until: 30/06/2025\n    commune: Xã A\n  - until: 30/06/2025\n    commune: Xã C\n    agency: UBND xã C\n  - until: 01/01/2020\n    commune: Xã B\n    agency: UBND xã B\n"
        let (_, diagnostics, _) = try site("", config: config)
        #expect(diagnostics.errors.contains { $0.code == .siteConfigMissingField && $0.location.file == "site.yaml" && $0.message.contains("\"agency\"") })
        let order = try #require(diagnostics.errors.first { $0.message.contains("thứ tự thời gian") })
        #expect(order.location.line != nil)
    }

    /// A letter dated on a Sunday, a new date on a declared day off: warnings at their cells,
    /// and notes above the letter in the preview. A late dossier without a letter, and one
    /// returned after its re-set date as well, are shown as such on /xin-loi/.
    @Test func daysOffAndMissingLettersAreShown() throws {
        // HS-1: letter Sunday 20/04/2025. HS-2: new date Friday 02/05/2025 (declared day off,
        // TB 6150/TB-BLĐTBXH). HS-3: late, no letter. HS-4: new date 17/03, returned 20/03.
        let rows = """
        HS-1,1.014028,A,14/04/2025 09:00,,25/04/2025,Chậm,25/04/2025 16:00,01/PXL,20/04/2025,,
        HS-2,1.014028,B,22/04/2025 09:00,,02/05/2025,Chậm,02/05/2025 16:00,02/PXL,23/04/2025,,
        HS-3,1.014028,C,06/01/2025 09:00,,10/01/2025,,,,,,
        HS-4,1.014028,D,10/03/2025 09:00,,20/03/2025,Chậm,17/03/2025 16:00,03/PXL,11/03/2025,,

        """
        let (site, diagnostics, temporary) = try site(rows)
        let dayOff = diagnostics.warnings.filter { $0.code == .dossierDateOnDayOff }
        #expect(dayOff.contains { $0.location.line == 2 && $0.location.field == "Ngày xin lỗi" && $0.message.contains("Chủ nhật") })
        #expect(dayOff.contains { $0.location.line == 3 && $0.location.field == "Ngày hẹn lại" && $0.message.contains("02/05/2025") })
        let loaded = try #require(site)
        let notes = loaded.families.internalNotes(for: loaded)
        #expect(notes["xin-loi/hs-1/"]?.contains { $0.contains("20/04/2025") } == true, "\(notes)")

        let list = try #require(try temporary.render(asOf: "2025-12-31")["xin-loi/index.html"])
        #expect(list.contains("1 hồ sơ trễ hạn chưa có văn bản xin lỗi."))
        #expect(list.contains("1 hồ sơ trả kết quả sau cả ngày hẹn lại"))
        #expect(list.contains("Hồ sơ <span class=\"code\">HS-3</span> <span class=\"badge\">Chưa có văn bản xin lỗi</span>"))
        #expect(list.contains("Hồ sơ <span class=\"code\">HS-4</span> <span class=\"badge\">Quá cả ngày hẹn lại</span>"))
    }

    /// Pages naming dossiers are kept out of search engines and the sitemap.
    @Test func apologyPagesAreNoindexAndOutOfTheSitemap() throws {
        let rows = "HS-1,1.014028,A,06/01/2025 09:00,,13/01/2025,Chậm,13/01/2025 16:00,01/PXL,08/01/2025,,\n"
        let (_, _, temporary) = try site(rows)
        let files = try temporary.render(asOf: "2025-12-31")
        for path in ["xin-loi/index.html", "xin-loi/hs-1/index.html"] {
            #expect(try #require(files[path]).contains("<meta name=\"robots\" content=\"noindex\">"), "\(path)")
        }
        #expect(!(try #require(files["sitemap.xml"])).contains("xin-loi"))
    }

    /// A full name needs a consent reference; without one, initials. Initials of the same
    /// person never sit beside their full name: that dossier shows no applicant.
    @Test func aFullNameNeedsAConsentReferenceAndHidesTheSamePersonsInitials() throws {
        let rows = """
        HS-1,1.014028,Huỳnh Thị Mai,14/04/2025 09:00,,25/04/2025,Chậm,25/04/2025 16:00,01/PXL,17/04/2025,có,Phiếu đồng ý ngày 14/04/2025
        HS-2,1.014028,Huỳnh Thị Mai,15/12/2025 09:00,,26/12/2025,Chậm,26/12/2025 16:00,02/PXL,17/12/2025,không,
        HS-3,1.014028,Lê Văn Tám,15/12/2025 09:00,,26/12/2025,Chậm,26/12/2025 16:00,03/PXL,17/12/2025,có,
        HS-4,1.014028,Phan Thị Chín,15/12/2025 09:00,,26/12/2025,Chậm,26/12/2025 16:00,04/PXL,17/12/2025,"có – phiếu đồng ý ngày 15/12/2025",

        """
        let (site, diagnostics, temporary) = try site(rows)
        #expect(diagnostics.warnings.first { $0.code == .nameWithoutConsentReference }?.location.line == 4)
        #expect(diagnostics.warnings.first { $0.code == .initialsBesideFullName }.map { ($0.location.line, $0.location.field) } ?? (0, nil) == (3, "Người nộp"))
        let names = Dictionary(uniqueKeysWithValues: try #require(site).register.entries.map { ($0.dossier.code, $0.dossier.publicName) })
        #expect(names["HS-1"] == "Huỳnh Thị Mai" && names["HS-2"] == .some(nil))
        #expect(names["HS-3"] == "L. V. T." && names["HS-4"] == "Phan Thị Chín")
        let files = try temporary.render(asOf: "2025-12-31")
        let list = try #require(files["xin-loi/index.html"])
        #expect(list.contains("Huỳnh Thị Mai <span class=\"hint\">(công khai họ tên theo đồng ý của người nộp: Phiếu đồng ý ngày 14/04/2025)</span>"))
        #expect(!list.contains("H. T. M.") && list.contains("L. V. T.") && !list.contains("Lê Văn Tám"))
        #expect(list.contains("(công khai họ tên theo đồng ý của người nộp: phiếu đồng ý ngày 15/12/2025)"))
        let second = try #require(files["xin-loi/hs-2/index.html"])
        #expect(second.contains("Kính gửi: Ông/Bà/Tổ chức có hồ sơ mã") && !second.contains("H. T. M."))
    }

    @Test func consentCellsReadTheirReference() {
        #expect(ConsentCell.read("có") == (true, nil))
        #expect(ConsentCell.read("Đồng ý") == (true, nil))
        #expect(ConsentCell.read("có – phiếu đồng ý ngày 14/04/2025") == (true, "phiếu đồng ý ngày 14/04/2025"))
        #expect(ConsentCell.read("có (văn bản số 12 ngày 01/02/2025)") == (true, "văn bản số 12 ngày 01/02/2025"))
        #expect(ConsentCell.read("không") == (false, nil))
    }

    /// The example: its letters before 01/07/2025 are Xã Bình Tân's under huyện Bình Sơn (its
    /// history), after it Xã Bình Tân Hưng's under the province; every letter in a verified form.
    @Test func theExamplesLettersFollowItsHistory() throws {
        let (loaded, diagnostics) = ExampleSite.load()
        let site = try #require(loaded)
        #expect(!diagnostics.warnings.contains { $0.code == .letterIssuerUnknown })
        let files = Dictionary(uniqueKeysWithValues: SiteBuilder.render(site).map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) })
        let january = article(try #require(files["xin-loi/000-00-25-h55-250113-0005/index.html"]))  // 24/01/2025
        #expect(january.contains("Ủy ban nhân dân huyện Bình Sơn") && january.contains("Ủy ban nhân dân xã Bình Tân</strong>")
                && january.contains("Bình Tân, ngày 24 tháng 01 năm 2025") && january.contains("Lê Văn Tùng"))
        #expect(!january.contains("Bình Tân Hưng") && !january.contains("tỉnh Quảng Ngãi</span>"))
        let july = article(try #require(files["xin-loi/000-00-25-h55-250707-0016/index.html"]))  // 17/07/2025
        #expect(july.contains("Ủy ban nhân dân tỉnh Quảng Ngãi") && july.contains("Ủy ban nhân dân xã Bình Tân Hưng</strong>")
                && july.contains("Nguyễn Văn Minh") && !july.contains("Lê Văn Tùng"))
        #expect(july.contains("Mẫu số 04 ban hành kèm theo Thông tư số 01/2018/TT-VPCP") && july.contains("Nghị định số 118/2025/NĐ-CP"))
        for (path, html) in files where path.hasPrefix("xin-loi/") {
            #expect(!html.contains("chưa được đối chiếu") && !html.contains("không theo mẫu nào"), "\(path)")
        }
    }
}
