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

/// Letters follow the form's fields and the regime of their date; the register's dates are
/// checked against --as-of. Dates are hand-checked against the shipped 2025 schedule.
@Suite struct ApologyLetterTests {
    static let catalog = """
    Mã TTHC,Tên thủ tục,Lĩnh vực,Thời hạn giải quyết,Phí
    1.014028,Hỗ trợ chi phí mai táng,Bảo trợ xã hội,3 ngày làm việc,Miễn phí
    1.004837,Thủ tục đăng ký giám hộ,Hộ tịch,3 ngày làm việc,Miễn phí
    2.000908,Cấp bản sao từ sổ gốc,Chứng thực,Trong ngày,Miễn phí

    """
    static let header = "Mã hồ sơ,Mã TTHC,Người nộp,Ngày tiếp nhận,Hạn trả,Ngày trả,Lý do,Ngày hẹn lại,Số văn bản xin lỗi,Ngày xin lỗi\n"

    private func site(_ rows: String, files: [String: String] = [:], asOf: String = "2025-12-31") throws -> (Site?, Diagnostics, TemporarySite) {
        var all = files
        all["data/thu-tuc.csv"] = Self.catalog
        all["data/ho-so-tre-han.csv"] = Self.header + rows
        let temporary = try TemporarySite(all)
        let (site, diagnostics) = temporary.load(asOf: asOf)
        return (site, diagnostics, temporary)
    }

    @Test func aReturnOrLetterLaterThanAsOfIsAnErrorInTheRegister() throws {
        let rows = """
        HS-1,1.014028,A,06/01/2025 09:00,,13/07/2025,,,,
        HS-2,1.014028,B,06/01/2025 09:00,,,Chậm,15/01/2025 16:00,01/PXL,08/02/2025
        HS-3,1.014028,C,06/01/2025 09:00,,31/01/2025,,,,

        """
        let (site, diagnostics, _) = try site(rows, asOf: "2025-01-31")
        let errors = diagnostics.errors.filter { $0.code == .dossierDateAfterAsOf }
        #expect(errors.map(\.location.line) == [2, 3], "\(diagnostics.errors)")
        #expect(errors.first?.location.field == "Ngày trả" && errors.first?.message.contains("13/07/2025") == true)
        // Neither row is judged "188 days late": they are not in the register at all.
        #expect(site?.register.entries.map(\.dossier.code) == ["HS-3"])
    }

    @Test func aLetterNeedsANewDateAndAReasonAndANewTimeIsExpected() throws {
        let rows = """
        HS-1,1.014028,A,06/01/2025 09:00,,13/01/2025,Chậm,,01/PXL,08/01/2025
        HS-2,1.014028,B,06/01/2025 09:00,,13/01/2025,,13/01/2025 16:00,02/PXL,08/01/2025
        HS-3,1.014028,C,06/01/2025 09:00,,13/01/2025,Chậm,13/01/2025,03/PXL,08/01/2025

        """
        let (_, diagnostics, _) = try site(rows)
        let incomplete = diagnostics.errors.filter { $0.code == .apologyLetterIncomplete }
        #expect(incomplete.map { "\($0.location.line ?? 0):\($0.location.field ?? "")" } == ["2:Ngày hẹn lại", "3:Lý do"], "\(incomplete)")
        #expect(diagnostics.warnings.filter { $0.code == .apologyNewTimeMissing }.map(\.location.line) == [4])
    }

    @Test func lettersFollowTheFormsFieldsAndSayWhenTheyWereLate() throws {
        // 1.004837 received Mon 26/05/2025: 3 working days → Thu 29/05. A letter of 30/05 is
        // later than Wed 28/05, the day before the due date.
        let rows = """
        HS-1,1.004837,Nguyễn Văn An,26/05/2025 09:30,,04/06/2025,Đang chờ người giám hộ ký,04/06/2025 16:30,04/PXL,30/05/2025
        HS-2,1.014028,Trần Thị Bích,06/01/2025 09:00,,13/01/2025,Chậm,13/01/2025 08:00,01/PXL,08/01/2025

        """
        let (_, diagnostics, temporary) = try site(rows)
        #expect(diagnostics.warnings.filter { $0.code == .dossierLateApology }.map(\.location.line) == [2])
        let files = try temporary.render(asOf: "2025-12-31")
        let late = try #require(files["xin-loi/hs-1/index.html"])
        #expect(late.contains("Kính gửi: Ông/Bà/Tổ chức N. V. A."))
        #expect(late.contains("thủ tục đăng ký giám hộ") && !late.contains("thủ tục Thủ tục"))
        #expect(late.contains("Lý do: Đang chờ người giám hộ ký") && !late.contains("Do Đang"))
        #expect(late.contains("vào 16 giờ 30 phút, ngày 04/06/2025"))
        #expect(late.contains("Nơi nhận:"))
        #expect(late.contains("gửi ngày 30/05/2025, sau thời hạn phải gửi văn bản xin lỗi (chậm nhất ngày 28/05/2025"))
        #expect(!late.contains("……"))
        let onTime = try #require(files["xin-loi/hs-2/index.html"])
        #expect(!onTime.contains("sau thời hạn phải gửi"))
        #expect(onTime.contains("vào 08 giờ 00 phút, ngày 13/01/2025"))
        let list = try #require(files["xin-loi/index.html"])
        #expect(list.contains("sau thời hạn gửi chậm nhất ngày 28/05/2025"))
    }

    @Test func deskAndBasisFollowTheLetterDateOnBothSidesOf01July2025() throws {
        let rows = """
        HS-1,1.014028,A,23/06/2025 09:00,,30/06/2025,Chậm,30/06/2025 16:00,01/PXL,25/06/2025
        HS-2,1.014028,B,30/06/2025 09:00,,07/07/2025,Chậm,07/07/2025 16:00,02/XL,01/07/2025

        """
        let (_, _, temporary) = try site(rows)
        let files = try temporary.render(asOf: "2025-12-31")
        let old = try #require(files["xin-loi/hs-1/index.html"])
        let new = try #require(files["xin-loi/hs-2/index.html"])
        #expect(old.contains("Bộ phận Một cửa tiếp nhận hồ sơ") && old.contains("Mẫu số 04 ban hành kèm theo Thông tư số 01/2018/TT-VPCP"))
        #expect(!old.contains("Trung tâm Phục vụ hành chính công"))
        #expect(new.contains("Trung tâm Phục vụ hành chính công xã Thử Nghiệm tiếp nhận"))
        // Nghị định 118/2025 prescribes no form that could be verified: the letter is written in the
        // last verified form, cited, under the decree of its date, with no caveat printed.
        #expect(new.contains("Phiếu xin lỗi và hẹn lại ngày trả kết quả") && !new.contains("Bộ phận Một cửa"))
        #expect(new.contains("Mẫu số 04 ban hành kèm theo Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của Văn phòng Chính phủ; Nghị định số 118/2025/NĐ-CP"))
        #expect(!new.contains("chưa được đối chiếu") && !new.contains("không theo mẫu nào"))
        // Pages that are not dated themselves use the desk of --as-of.
        let plain = try TemporarySite(["data/thu-tuc.csv": Self.catalog])
        #expect(try #require(plain.render(asOf: "2025-07-01")["niem-yet/index.html"]).contains("niêm yết tại Trung tâm Phục vụ hành chính công xã Thử Nghiệm"))
        #expect(try #require(plain.render(asOf: "2025-06-30")["niem-yet/index.html"]).contains("niêm yết tại Bộ phận Một cửa"))
    }

    /// Thông tư 03/2025/TT-VPCP was signed 15/09/2025; its effective date was not found. Until a
    /// webmaster gives it, no letter cites it; once given, letters on each side follow it.
    @Test func theCircularIsCitedOnlyFromItsEffectiveDate() throws {
        let rows = """
        HS-1,1.014028,A,27/10/2025 09:00,,05/11/2025,Chậm,05/11/2025 16:00,01/XL,29/10/2025
        HS-2,1.014028,B,03/11/2025 09:00,,10/11/2025,Chậm,10/11/2025 16:00,02/XL,04/11/2025

        """
        let (_, unknown, withoutDate) = try site(rows)
        #expect(unknown.warnings.contains { $0.code == .legalRegimeUnverified && $0.message.contains("tt03-2025") && $0.message.contains("15/09/2025") })
        let files = try withoutDate.render(asOf: "2025-12-31")
        for path in ["xin-loi/hs-1/index.html", "xin-loi/hs-2/index.html"] {
            let letter = try #require(files[path])
            #expect(!letter.contains("03/2025/TT-VPCP") && letter.contains("118/2025/NĐ-CP"), "\(path)")
        }

        // A hypothetical effective date, for the test only: 01/11/2025. The circular's form is
        // still unverified: letters from then cite the circular as their basis but keep the
        // 2018 form, and `check` says so.
        let regimeFile = "- ma: tt03-2025\n  tu: 01/11/2025\n  nguon: kiểm thử\n"
        let (_, known, withDate) = try site(rows, files: ["data/che-do-mot-cua.yaml": regimeFile])
        #expect(!known.warnings.contains { $0.code == .legalRegimeUnverified && $0.message.contains("chưa có ngày hiệu lực") })
        #expect(known.warnings.contains { $0.code == .legalRegimeUnverified && $0.message.contains("\"tt03-2025\"") && $0.message.contains("mẫu gần nhất đã đối chiếu") })
        let dated = try withDate.render(asOf: "2025-12-31")
        let before = try #require(dated["xin-loi/hs-1/index.html"])  // 29/10/2025
        let after = try #require(dated["xin-loi/hs-2/index.html"])   // 04/11/2025
        #expect(!before.contains("03/2025/TT-VPCP") && before.contains("Phiếu xin lỗi và hẹn lại ngày trả kết quả"))
        #expect(after.contains("Phiếu xin lỗi và hẹn lại ngày trả kết quả") && after.contains("Thông tư số 03/2025/TT-VPCP ngày 15/9/2025"))
        #expect(!after.contains("Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết"))

        // Once a webmaster has read the circular's form and marks it verified, it is used.
        let verified = regimeFile + "  xac_minh: true\n"
        let (_, _, withForm) = try site(rows, files: ["data/che-do-mot-cua.yaml": verified])
        let circular = try #require(try withForm.render(asOf: "2025-12-31")["xin-loi/hs-2/index.html"])
        #expect(circular.contains("Mẫu số 04 Phụ lục I ban hành kèm theo Thông tư số 03/2025/TT-VPCP"))
        #expect(circular.contains("Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết"))
    }

    /// A letter is never published with a note that it follows no verified form: with none
    /// to follow, it is not published at all, nor linked, nor in the feed, and `check` says so.
    @Test func aLetterNoVerifiedFormCoversIsNotPublished() throws {
        let rows = "HS-1,1.014028,A,06/01/2025 09:00,,13/01/2025,Chậm,13/01/2025 16:00,01/PXL,08/01/2025\n"
        let (_, diagnostics, temporary) = try site(rows, files: ["data/che-do-mot-cua.yaml": "- ma: nd61-2018\n  xac_minh: false\n"])
        #expect(diagnostics.warnings.contains { $0.code == .legalRegimeUnverified && $0.message.contains("HS-1") && $0.message.contains("không được công bố") })
        let files = try temporary.render(asOf: "2025-12-31")
        #expect(files["xin-loi/hs-1/index.html"] == nil)
        #expect(!(try #require(files["xin-loi/index.html"])).contains("xin-loi/hs-1/"))
        #expect(!(try #require(files["feed.xml"])).contains("HS-1"))
        // The portal fragment of late dossiers lists the dossier but links no letter either.
        let fragment = try #require(files["nhung/doan/xin-loi.htm"])
        #expect(fragment.contains("HS-1"))
        #expect(!fragment.contains("xin-loi/hs-1/"))
    }

    @Test func badRegimeEntriesAreLocatedErrors() throws {
        let regimeFile = """
        - ma: tt03-2025
          tu: 01/09/2025
        - ma: moi
          tu: 01/01/2027
          bo_phan: Trung tâm
          giao_dien: apology-2030
        - ma: khac
          tuu: 01/01/2027

        """
        let (_, diagnostics, _) = try site("", files: ["data/che-do-mot-cua.yaml": regimeFile])
        let errors = diagnostics.errors.filter { $0.code == .legalRegimeInvalid }
        #expect(errors.contains { $0.message.contains("trước ngày ký 15/09/2025") })
        #expect(errors.contains { $0.message.contains("giao_dien") && $0.location.line == 6 })
        #expect(errors.contains { $0.message.contains("tuu") && $0.location.line == 8 })
        #expect(errors.allSatisfy { $0.location.file == "data/che-do-mot-cua.yaml" })
    }

    @Test func theThreePMRuleIsShownWhereItMovedASameDayDueDate() throws {
        let rows = """
        HS-1,2.000908,A,06/01/2025 15:30,,08/01/2025,,,,
        HS-2,2.000908,B,06/01/2025 14:30,,07/01/2025,,,,

        """
        let (site, diagnostics, temporary) = try site(rows)
        #expect(diagnostics.errors.isEmpty, "\(diagnostics.errors)")
        let entries = try #require(site?.register.entries)
        #expect(entries[0].dossier.due == CivilDate(parsing: "07/01/2025") && entries[0].dossier.receivedAfterCutOff)
        #expect(entries[0].outcome == .late(workingDays: 1, open: false))
        #expect(entries[1].dossier.due == CivilDate(parsing: "06/01/2025") && entries[1].outcome == .late(workingDays: 1, open: false))
        let list = try #require(try temporary.render(asOf: "2025-12-31")["xin-loi/index.html"])
        #expect(list.contains("tiếp nhận sau 15 giờ: trả trong ngày làm việc tiếp theo") && list.contains("Căn cứ: Nghị định số 23/2015/NĐ-CP"))
        #expect(list.contains("Bộ luật Dân sự 2015, Điều 147"))
        #expect(list.contains("Làm việc bù cho ngày nghỉ thứ Sáu 02/05/2025 (ngày làm việc)"))
    }

    /// The rule is data: a site whose texts say another hour, or none, writes it in ngay-nghi.yaml.
    @Test func theSameDayCutOffIsSiteData() throws {
        let rows = "HS-1,2.000908,A,06/01/2025 15:30,,07/01/2025,,,,\n"
        let at1600 = "tiep_nhan_trong_ngay: { gio: \"16:00\", can_cu: Quyết định số 1/QĐ-UBND }\n"
        let (later, _, laterSite) = try site(rows, files: ["data/ngay-nghi.yaml": at1600])
        #expect(later?.register.entries.first?.dossier.due == CivilDate(parsing: "06/01/2025"))
        #expect(try #require(laterSite.render(asOf: "2025-12-31")["xin-loi/index.html"]).contains("sau 16 giờ hoặc vào ngày nghỉ thì trả trong ngày làm việc tiếp theo. Căn cứ: Quyết định số 1/QĐ-UBND"))
        let (none, _, noneSite) = try site(rows, files: ["data/ngay-nghi.yaml": "tiep_nhan_trong_ngay: { gio: khong }\n"])
        #expect(none?.register.entries.first?.dossier.due == CivilDate(parsing: "06/01/2025"))
        #expect(try #require(noneSite.render(asOf: "2025-12-31")["xin-loi/index.html"]).contains("Thủ tục giải quyết trong ngày:") == false)
        let (_, bad, _) = try site(rows, files: ["data/ngay-nghi.yaml": "tiep_nhan_trong_ngay: { gio: \"25:00\", can_cu: X }\n"])
        #expect(bad.errors.contains { $0.code == .holidayEntryInvalid && $0.location.file == "data/ngay-nghi.yaml" && $0.location.line == 1 })
    }

    @Test func procedureLabelsAndReturnTimes() {
        #expect(DossierRenderer.procedureLabel(name: "Thủ tục đăng ký khai sinh", code: "1.001193") == "thủ tục đăng ký khai sinh")
        #expect(DossierRenderer.procedureLabel(name: "Đăng ký khai sinh", code: "1.001193") == "thủ tục đăng ký khai sinh")
        #expect(DossierRenderer.procedureLabel(name: "UBND xã xác nhận", code: "1.1") == "thủ tục UBND xã xác nhận")
        #expect(DossierRenderer.procedureLabel(name: nil, code: "1.001193") == "thủ tục mã 1.001193")
        #expect(DossierRenderer.returnTime(date: CivilDate(year: 2025, month: 7, day: 28)!, minutes: 16 * 60) == "16 giờ 00 phút, ngày 28/07/2025")
        #expect(DossierRenderer.returnTime(date: CivilDate(year: 2025, month: 7, day: 28)!, minutes: nil) == "ngày 28/07/2025")
    }
}
