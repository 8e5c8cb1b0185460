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

/// Time limits in their true unit (issue 23 §1–2). Every due date below is hand-checked on the
/// shipped 2025–2026 calendars (docs/research/legal-facts.md §1): Bộ luật Dân sự 2015 Điều 147
/// khoản 3 (the day of receipt is not counted) and Điều 148 khoản 5 (a last day off moves on).
@Suite struct TimeLimitUnitTests {
    static let header = "Mã hồ sơ,Mã TTHC,Người nộp,Ngày tiếp nhận,Hạn trả,Ngày trả\n"

    private func site(catalog: String, details: [String: String] = [:], register: String = "",
                      asOf: String = "2026-06-30") throws -> (Site?, Diagnostics, TemporarySite) {
        var files = ["data/thu-tuc.csv": catalog]
        for (code, text) in details { files["data/thu-tuc/\(code).md"] = text }
        if !register.isEmpty { files["data/ho-so.csv"] = Self.header + register }
        let temporary = try TemporarySite(files)
        let (site, diagnostics) = temporary.load(asOf: asOf)
        return (site, diagnostics, temporary)
    }

    private func outcome(_ site: Site?, _ code: String) -> Dossier.Outcome? {
        site?.register.entries.first { $0.dossier.code == code }?.outcome
    }

    /// "3 ngày" of Thủ tục cấp Giấy xác nhận tình trạng hôn nhân (1.004873) is 3 working days.
    /// Received Thursday 15/05/2025 and returned Tuesday 20/05: on time in working days
    /// (Fri 16, Mon 19, Tue 20); counted as calendar days it would have been due Monday 19/05
    /// (Sunday 18/05 moved on) and been published one day late.
    @Test func aHoTichLimitInWorkingDaysFromAUnitField() throws {
        let catalog = "Mã TTHC,Tên thủ tục,Lĩnh vực,Thời hạn giải quyết,Đơn vị thời hạn\n1.004873,Thủ tục cấp Giấy xác nhận tình trạng hôn nhân,Hộ tịch,3 ngày,WORKING_DAY\n"
        let register = "HS-1,1.004873,A,15/05/2025 09:00,,20/05/2025\n"
        let (site, diagnostics, temporary) = try site(catalog: catalog, register: register)
        let procedure = try #require(site?.catalog.all.first)
        #expect(procedure.limit == .workingDays(3) && procedure.timeLimitUnitSource == .unitField)
        #expect(site?.register.entries.first?.dossier.due == CivilDate(parsing: "20/05/2025"))
        #expect(outcome(site, "HS-1") == .onTime)
        #expect(!diagnostics.warnings.contains { $0.code == .timeLimitUnitUnstated })
        // The page states the unit it counted in.
        let page = try #require(try temporary.render(asOf: "2026-06-30")["thu-tuc-hanh-chinh/1.004873/index.html"])
        #expect(page.contains("<dt>Thời hạn giải quyết</dt><dd>3 ngày làm việc</dd>"))

        // The same row stated in calendar days: due Monday 19/05, one working day late.
        let calendarDays = catalog.replacingOccurrences(of: "3 ngày,WORKING_DAY", with: "3 ngày dương lịch,")
        let (counted, _, _) = try self.site(catalog: calendarDays, register: register)
        #expect(outcome(counted, "HS-1") == .late(workingDays: 1, open: false))
    }

    /// A bare number takes the unit its column header states; the header is still the column.
    @Test func aBareNumberTakesTheHeadersUnit() throws {
        let catalog = "Mã TTHC,Tên thủ tục,Lĩnh vực,Thời hạn giải quyết (ngày làm việc)\n1.000689,Đăng ký khai sinh kết hợp nhận cha mẹ con,Hộ tịch,3\n1.004837,Đăng ký giám hộ,Hộ tịch,5 ngày dương lịch\n"
        // Friday 03/01/2025 + 3 working days: Mon 06, Tue 07, Wed 08/01.
        let register = "HS-1,1.000689,A,03/01/2025 10:00,,08/01/2025\n"
        let (site, diagnostics, temporary) = try site(catalog: catalog, register: register)
        #expect(!diagnostics.warnings.contains { $0.code == .unknownColumn }, "\(diagnostics.warnings)")
        let procedures = try #require(site?.catalog.all)
        #expect(procedures.first { $0.code == "1.000689" }?.limit == .workingDays(3))
        #expect(procedures.first { $0.code == "1.000689" }?.timeLimitUnitSource == .header)
        // A cell that states its own unit wins over the header.
        #expect(procedures.first { $0.code == "1.004837" }?.limit == .calendarDays(5))
        #expect(outcome(site, "HS-1") == .onTime)
        let page = try #require(try temporary.render(asOf: "2026-06-30")["thu-tuc-hanh-chinh/1.000689/index.html"])
        #expect(page.contains("<dd>3 ngày làm việc</dd>"))
    }

    /// Where neither cell nor header states a unit: the page says so (never a bare "1"), one
    /// warning names every such cell, and no verdict rests on the limit.
    @Test func anUnstatedUnitIsSaidGroupedAndNeverJudged() throws {
        let catalog = "Mã TTHC,Tên thủ tục,Lĩnh vực,Thời hạn giải quyết\n1.003622,Thông báo tổ chức lễ hội,Văn hóa,15 ngày\n1.011609,Công nhận hộ có mức sống trung bình,Bảo trợ xã hội,1\n1.014028,Hỗ trợ chi phí mai táng,Bảo trợ xã hội,3 ngày làm việc\n"
        // Returned 40 days after receipt: late by any reading, but no unit is stated.
        let register = "HS-1,1.003622,A,15/09/2025 10:00,,27/10/2025\nHS-2,1.003622,B,15/09/2025 10:00,30/09/2025,03/10/2025\n"
        let (site, diagnostics, temporary) = try site(catalog: catalog, register: register)
        let grouped = diagnostics.warnings.filter { $0.code == .timeLimitUnitUnstated }
        #expect(grouped.count == 1)
        let warning = try #require(grouped.first)
        #expect(warning.location.file == "data/thu-tuc.csv" && warning.location.line == 2)
        #expect(warning.message.contains("2 thủ tục") && warning.message.contains("1.003622 \"15 ngày\" (data/thu-tuc.csv dòng 2)")
                && warning.message.contains("1.011609 \"1\" (data/thu-tuc.csv dòng 3)") && !warning.message.contains("1.014028"))
        #expect(outcome(site, "HS-1") == .undetermined)
        // With the register's own due date the dossier is judged on it: 30/09 → 03/10 is 3 working days late.
        #expect(outcome(site, "HS-2") == .late(workingDays: 3, open: false))
        #expect(diagnostics.warnings.contains { $0.code == .dossierNoTimeLimit && $0.location.line == 2 && $0.message.contains("chưa ghi đơn vị") })

        let files = try temporary.render(asOf: "2026-06-30")
        let festival = try #require(files["thu-tuc-hanh-chinh/1.003622/index.html"])
        #expect(festival.contains("<dd>15 ngày (chưa ghi rõ ngày làm việc hay ngày dương lịch)</dd>"))
        let bare = try #require(files["thu-tuc-hanh-chinh/1.011609/index.html"])
        #expect(bare.contains("<dd>1 (chưa ghi đơn vị: ngày làm việc hay ngày)</dd>") && !bare.contains("<dd>1</dd>"))
        let list = try #require(files["thu-tuc-hanh-chinh/index.html"])
        #expect(list.contains("Thời hạn: 1 (chưa ghi đơn vị: ngày làm việc hay ngày)"))
        let apologies = try #require(files["xin-loi/index.html"])
        #expect(apologies.contains("1 hồ sơ chưa được xếp đúng hạn hay trễ hạn") && apologies.contains("1.003622"))
    }

    /// Chứng thực hợp đồng, giao dịch: "không quá 02 ngày làm việc" (Nghị định 23/2015/NĐ-CP
    /// Điều 37); sửa đổi, bổ sung, hủy bỏ (2.000913) has no limit of its own, so Điều 7's
    /// same day with the 15:00 rule applies. Never "Không xác định".
    @Test func chungThucLimitsFromTheDecree() throws {
        let catalog = """
        Mã TTHC,Tên thủ tục,Lĩnh vực,Thời hạn giải quyết
        2.001035,Chứng thực hợp đồng,Chứng thực,"Không quá 02 ngày làm việc kể từ ngày nhận đủ hồ sơ (Nghị định 23/2015/NĐ-CP, Điều 37)"
        2.000913,"Chứng thực việc sửa đổi, bổ sung, hủy bỏ giao dịch",Chứng thực,"Trong ngày tiếp nhận (tiếp nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo), theo Nghị định 23/2015/NĐ-CP, Điều 7"
        2.001016,Chứng thực văn bản từ chối nhận di sản,Chứng thực,Không xác định (theo bảng cách thức)

        """
        let register = """
        HS-1,2.001035,A,23/06/2025 08:00,,25/06/2025
        HS-2,2.000913,B,23/06/2025 15:30,,24/06/2025
        HS-3,2.000913,C,23/06/2025 10:00,,24/06/2025

        """
        let (site, diagnostics, _) = try site(catalog: catalog, register: register)
        // Monday 23/06 + 2 working days: Wednesday 25/06.
        #expect(site?.register.entries.first { $0.dossier.code == "HS-1" }?.dossier.due == CivilDate(parsing: "25/06/2025"))
        #expect(outcome(site, "HS-1") == .onTime)
        // After 15:00: Tuesday 24/06; before: Monday 23/06, so returned a day late.
        #expect(outcome(site, "HS-2") == .onTime)
        #expect(outcome(site, "HS-3") == .late(workingDays: 1, open: false))
        let undetermined = try #require(diagnostics.warnings.first { $0.code == .timeLimitUndetermined })
        #expect(undetermined.location.line == 4 && undetermined.message.contains("2.001016") && undetermined.message.contains("Điều 37"))
    }

    /// Khai sinh (1.001193) is listed "1 ngày" and its record says: after 15:00, the next working
    /// day. The page and the due dates follow that sentence, and the register page quotes it.
    @Test func aOneDayLimitWithTheSameDaySentenceIsSameDay() throws {
        let catalog = "Mã TTHC,Tên thủ tục,Lĩnh vực,Thời hạn giải quyết\n1.001193,Thủ tục đăng ký khai sinh,Hộ tịch,1 ngày\n"
        let detail = """
        ## Trình tự thực hiện

        - Hồ sơ đầy đủ, hợp lệ thì tiếp nhận; **nếu tiếp nhận hồ sơ sau 15 giờ thì có Phiếu hẹn, trả kết quả trong ngày làm việc tiếp theo** (nộp trực tiếp).
        """
        // Wed 31/12/2025 16:00: after 15:00, and 01/01 (holiday), 02/01 (declared swap) and the
        // weekend are off: Monday 05/01/2026. Tue 06/01/2026 10:00: the same day.
        let register = """
        HS-1,1.001193,A,31/12/2025 16:00,,05/01/2026
        HS-2,1.001193,B,06/01/2026 10:00,,07/01/2026

        """
        let (site, diagnostics, temporary) = try site(catalog: catalog, details: ["1.001193": detail], register: register)
        let procedure = try #require(site?.catalog.all.first)
        #expect(procedure.sameDayClause?.hour == 15 && procedure.limit == .sameDay)
        #expect(!diagnostics.warnings.contains { $0.code == .timeLimitUnitUnstated })
        #expect(site?.register.entries.first { $0.dossier.code == "HS-1" }?.dossier.due == CivilDate(parsing: "05/01/2026"))
        #expect(outcome(site, "HS-1") == .onTime)
        #expect(outcome(site, "HS-2") == .late(workingDays: 1, open: false))
        let files = try temporary.render(asOf: "2026-06-30")
        let page = try #require(files["thu-tuc-hanh-chinh/1.001193/index.html"])
        #expect(page.contains("<dd>1 ngày (trả trong ngày; tiếp nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo)</dd>"))
        let apologies = try #require(files["xin-loi/index.html"])
        #expect(apologies.contains("1.001193 Thủ tục đăng ký khai sinh: “Hồ sơ đầy đủ, hợp lệ thì tiếp nhận; nếu tiếp nhận hồ sơ sau 15 giờ"))

        // A sentence giving the hour for one case only does not make the procedure same-day.
        let partial = "## Trình tự thực hiện\n\n- Có Phiếu hẹn trả kết quả (nếu tiếp nhận hồ sơ bổ sung thông tin hộ tịch sau 15 giờ).\n"
        #expect(SameDayClause.find(in: ProcedureDetailReader.sections(of: partial)) == nil)
    }

    /// Dossier 0022 of the example: 1.001612, 3 working days, received Monday 13/10/2025; the
    /// register says 17/10, the calendar gives Thursday 16/10. Returned Tuesday 21/10: 3 working
    /// days late (17, 20, 21) from the computed date, and both dates are published.
    @Test func dossier0022OfTheExampleCountsFromTheComputedDate() throws {
        let (loaded, diagnostics) = ExampleSite.load()
        let site = try #require(loaded)
        let entry = try #require(site.register.entries.first { $0.dossier.code == "000.00.25.H55-251013-0022" })
        #expect(entry.dossier.dueComputed == CivilDate(parsing: "16/10/2025") && entry.dossier.dueGiven == CivilDate(parsing: "17/10/2025"))
        #expect(entry.dossier.due == CivilDate(parsing: "16/10/2025"))
        #expect(entry.outcome == .late(workingDays: 3, open: false))
        let warning = try #require(diagnostics.warnings.first { $0.code == .dossierDueDateDiffers && $0.message.contains("0022") })
        #expect(warning.message.contains("17/10/2025") && warning.message.contains("16/10/2025"))
        let files = Dictionary(uniqueKeysWithValues: SiteBuilder.render(site).map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) })
        let list = try #require(files["xin-loi/index.html"])
        #expect(list.contains("16/10/2025 <span class=\"hint\">(theo thời hạn giải quyết; sổ theo dõi ghi 17/10/2025)</span>"))
        let letter = try #require(files["xin-loi/000-00-25-h55-251013-0022/index.html"])
        #expect(letter.contains("ngày 16/10/2025 (sổ theo dõi ghi ngày 17/10/2025)"))
    }

    /// The example's hộ tịch and chứng thực limits (issue 23's list): units from their sources,
    /// none left "Không xác định", and only the two limits nobody sourced left unstated.
    @Test func theExamplesLimitsHaveTheirUnits() throws {
        let (loaded, diagnostics) = ExampleSite.load()
        let site = try #require(loaded)
        func limit(_ code: String) -> TimeLimit? { site.catalog.all.first { $0.code == code }?.limit }
        #expect(limit("1.004873") == .workingDays(3))
        #expect(limit("1.000689") == .workingDays(3))
        #expect(limit("2.002189") == .workingDays(5))
        for code in ["2.001035", "2.001016", "2.001406"] { #expect(limit(code) == .workingDays(2), "\(code)") }
        #expect(limit("2.000913") == .sameDay)
        #expect(limit("1.001193") == .sameDay && limit("1.000656") == .sameDay)
        #expect(!diagnostics.warnings.contains { $0.code == .timeLimitUndetermined })
        let unstated = try #require(diagnostics.warnings.first { $0.code == .timeLimitUnitUnstated })
        #expect(unstated.message.hasPrefix("2 thủ tục") && unstated.message.contains("1.003622") && unstated.message.contains("1.011609"))
        for procedure in site.catalog.inForce {
            #expect(procedure.timeLimitText.map { !$0.contains("Không xác định") } ?? true, "\(procedure.code)")
        }
    }

    /// An abolished procedure's page shows no fact "Đang cập nhật" (nobody will update it).
    @Test func anAbolishedPageShowsNothingBeingUpdated() throws {
        let (loaded, _) = ExampleSite.load()
        let site = try #require(loaded)
        let files = Dictionary(uniqueKeysWithValues: SiteBuilder.render(site).map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) })
        let abolished = try #require(files["thu-tuc-hanh-chinh/1.003583/index.html"])
        #expect(!abolished.contains("Đang cập nhật") && abolished.contains("bãi bỏ"))
    }

    /// A fee both free and charged is named at its cell; a fee saying which case is free and
    /// which is charged is not.
    @Test func aFeeFreeAndChargedIsAWarning() throws {
        let catalog = """
        Mã TTHC,Tên thủ tục,Lĩnh vực,Thời hạn giải quyết,"Phí, lệ phí"
        1.001612,Đăng ký hộ kinh doanh,Kinh doanh,3 ngày làm việc,Miễn phí; lệ phí theo mức HĐND tỉnh quyết định
        1.000001,A,Kinh doanh,3 ngày làm việc,"Miễn phí, 50.000 đồng"
        1.001193,Đăng ký khai sinh,Hộ tịch,Trong ngày,"Miễn lệ phí khi đăng ký đúng hạn (Luật Hộ tịch 2014, Điều 11); đăng ký quá hạn theo mức Hội đồng nhân dân tỉnh"

        """
        let (_, diagnostics, _) = try site(catalog: catalog)
        let fees = diagnostics.warnings.filter { $0.code == .feeContradictory }
        #expect(fees.map(\.location.line) == [2, 3])
        #expect(fees.allSatisfy { $0.location.field == "Phí, lệ phí" })
    }
}
