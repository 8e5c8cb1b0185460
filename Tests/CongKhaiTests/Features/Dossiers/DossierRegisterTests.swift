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

@Suite struct DossierRegisterTests {
    static let catalog = """
    Mã TTHC,Tên thủ tục,Lĩnh vực,Thời hạn giải quyết,Phí
    1.014028,Hỗ trợ chi phí mai táng,Bảo trợ xã hội,3 ngày làm việc,Miễn phí
    1.014027,Trợ cấp hưu trí xã hội,Bảo trợ xã hội,10 ngày làm việc,Miễn phí
    1.001193,Đăng ký khai sinh,Hộ tịch,1 ngày,Miễn phí
    2.001035,Chứng thực hợp đồng,Chứng thực,Không xác định,50.000 đồng

    """
    static let header = "Mã hồ sơ,Mã TTHC,Người nộp,Số CCCD,Số điện thoại,Địa chỉ thường trú,Email,Ngày tiếp nhận,Hạn trả,Ngày trả,Lý do,Ngày hẹn lại,Ngày xin lỗi,Đồng ý công khai tên\n"

    private func site(_ rows: String, asOf: String = "2025-12-31") throws -> (Site?, Diagnostics, TemporarySite) {
        let temporary = try TemporarySite(["data/thu-tuc.csv": Self.catalog, "data/ho-so.csv": Self.header + rows])
        let (site, diagnostics) = temporary.load(asOf: asOf)
        return (site, diagnostics, temporary)
    }

    private func outcome(_ site: Site?, _ code: String) -> Dossier.Outcome? {
        site?.register.entries.first { $0.dossier.code == code }?.outcome
    }

    @Test func classifiesEveryOutcomeOnTheAsOfDate() throws {
        let rows = """
        HS-1,1.014028,Nguyễn Văn An,001,090,Thôn 1,a@b.vn,06/01/2025 09:00,,08/01/2025,,,,
        HS-2,1.014028,Trần Thị Bích,002,091,Thôn 2,b@b.vn,06/01/2025 09:00,,09/01/2025,,,,
        HS-3,1.014028,Lê Văn Cường,003,092,Thôn 3,c@b.vn,06/01/2025 09:00,,13/01/2025,Chờ xác minh,13/01/2025,08/01/2025,
        HS-4,1.014028,Phạm Thị Dung,004,093,Thôn 4,d@b.vn,22/12/2025 09:00,,,Chờ ý kiến,,,
        HS-5,1.014027,Hoàng Văn Em,005,094,Thôn 5,e@b.vn,29/12/2025 09:00,,,,,,

        """
        let (site, diagnostics, _) = try site(rows)
        #expect(diagnostics.errors.isEmpty, "\(diagnostics.errors)")
        #expect(outcome(site, "HS-1") == .early)                              // due Thu 09/01, returned 08/01
        #expect(outcome(site, "HS-2") == .onTime)
        #expect(outcome(site, "HS-3") == .late(workingDays: 2, open: false))  // Fri 10/01, Mon 13/01
        #expect(outcome(site, "HS-4") == .late(workingDays: 4, open: true))   // due 25/12; 26, 29, 30, 31/12
        #expect(outcome(site, "HS-5") == .inProgress)
        let year = try #require(site?.register.byYear.first)
        #expect(year.year == 2025 && year.tally == DossierRegister.Tally(early: 1, onTime: 1, late: 1))
        #expect(VietnameseNumberFormat.percent(year.tally.inTime, of: year.tally.finished) == "66,7%")
        #expect(site?.register.byMonth.map(\.month) == ["2025-01"])
        #expect(site?.register.late.map(\.dossier.code) == ["HS-4", "HS-3"])  // newest first
    }

    @Test func dueDateIsComputedWhenBlankAndShownBesideADifferentGivenOne() throws {
        let rows = """
        HS-1,1.014028,A,,,,,06/01/2025 15:30,,,,,,
        HS-2,1.014028,B,,,,,06/01/2025 09:00,10/01/2025,10/01/2025,,,,
        HS-3,2.001035,C,,,,,06/01/2025 09:00,,07/01/2025,,,,

        """
        let (site, diagnostics, _) = try site(rows, asOf: "2025-01-10")
        let entries = try #require(site?.register.entries)
        // After 15:00, three working days still count from the day after receipt: Thursday 09/01.
        #expect(entries[0].dossier.dueComputed == CivilDate(parsing: "09/01/2025"))
        #expect(!entries[0].dossier.receivedAfterCutOff)
        // The computed due date counts; the register's is kept to be shown beside it.
        #expect(entries[1].dossier.due == CivilDate(parsing: "09/01/2025"))
        #expect(entries[1].dossier.dueInRegisterDiffering == CivilDate(parsing: "10/01/2025"))
        #expect(entries[1].outcome == .late(workingDays: 1, open: false))
        #expect(diagnostics.warnings.contains { $0.code == .dossierDueDateDiffers && $0.location.line == 3 })
        // Without a usable time limit nor a due date the dossier cannot be judged.
        #expect(entries[2].outcome == .undetermined)
        #expect(diagnostics.warnings.contains { $0.code == .dossierNoTimeLimit && $0.location.line == 4 })
    }

    @Test func impossibleDatesSecondNewDatesAndReturnsBeforeReceiptAreErrorsWithRows() throws {
        let rows = """
        HS-1,1.014028,A,,,,,31/02/2025,,,,,,
        HS-2,1.014028,B,,,,,06/01/2025,,05/01/2025,,,,
        HS-3,1.014028,C,,,,,06/01/2025,,,,15/01/2025; 20/01/2025,,
        HS-4,9.999999,D,,,,,06/01/2025,,,,,,
        HS-1,1.014028,E,,,,,07/01/2025,,,,,,
        ,1.014028,F,,,,,07/01/2025,,,,,,

        """
        let (_, diagnostics, _) = try site(rows)
        let errors = diagnostics.errors.map { "\($0.code.rawValue):\($0.location.line ?? 0)" }
        #expect(Set(errors) == ["CK073:2", "CK074:3", "CK077:4", "CK076:6", "CK072:7"], "\(errors)")
        #expect(diagnostics.warnings.contains { $0.code == .dossierUnknownProcedure && $0.location.line == 5 })
    }

    @Test func lateApologyIsFlagged() throws {
        // Due Thu 09/01: the letter must be dated 08/01 at the latest.
        let rows = """
        HS-1,1.014028,A,,,,,06/01/2025,,13/01/2025,Chậm,13/01/2025,08/01/2025,
        HS-2,1.014028,B,,,,,06/01/2025,,13/01/2025,Chậm,13/01/2025,09/01/2025,

        """
        let (_, diagnostics, _) = try site(rows)
        let late = diagnostics.warnings.filter { $0.code == .dossierLateApology }
        #expect(late.map(\.location.line) == [3])
    }

    @Test func namesAreInitialsUnlessConsented() {
        var dossier = Dossier(code: "X", procedureCode: "1.014028", applicant: "Nguyễn Văn An", consentToName: false,
                              received: Receipt(date: CivilDate(year: 2025, month: 1, day: 6)!), dueGiven: nil, dueComputed: nil,
                              returned: nil, reason: nil, newDate: nil, lateUnit: nil, apologyDate: nil, letterNumber: nil,
                              location: SourceLocation(file: "t"))
        #expect(dossier.publicName == "N. V. A.")
        dossier.applicant = "đỗ  thị   ánh"
        #expect(dossier.publicName == "Đ. T. Á.")
        dossier.consentToName = true
        #expect(dossier.publicName == "đỗ  thị   ánh")
    }

    @Test func personalDataColumnsAreNamedAndNeverPublished() throws {
        let rows = """
        HS-1,1.014028,Nguyễn Văn An,079203001234,0905123456,Số 12 đường Lê Lợi,nguyenvanan@gmail.com,06/01/2025,,13/01/2025,Chậm,13/01/2025,08/01/2025,không
        HS-2,1.014028,Trần Thị Bích,079203009999,0912000111,Thôn Bàu Sen,bich.tran@yahoo.com,06/01/2025,,13/01/2025,Chậm,13/01/2025,08/01/2025,có – phiếu đồng ý ngày 06/01/2025

        """
        let (site, diagnostics, temporary) = try site(rows)
        let named = diagnostics.warnings.filter { $0.code == .personalDataColumn }.compactMap(\.location.field)
        #expect(named == ["Số CCCD", "Số điện thoại", "Địa chỉ thường trú", "Email"])
        #expect(site != nil)

        _ = try SiteBuilder.build(temporary.options(asOf: "2025-12-31"), diagnostics: Diagnostics())
        let output = treeContents(temporary.output)
        let secrets = ["079203001234", "079203009999", "0905123456", "0912000111", "Lê Lợi", "Bàu Sen",
                       "nguyenvanan@gmail.com", "bich.tran@yahoo.com", "Nguyễn Văn An"]
        for (path, data) in output {
            let text = String(decoding: data, as: UTF8.self)
            for secret in secrets { #expect(!text.contains(secret), "\(secret) found in \(path)") }
        }
        let list = String(decoding: try #require(output["xin-loi/index.html"]), as: UTF8.self)
        #expect(list.contains("N. V. A."))
        #expect(list.contains("Trần Thị Bích"))  // consented
    }

    /// Personal data typed into a published free-text column, as the desk does by mistake.
    static let plantedSecrets = [
        "079203001234", "079 203 001 234", "212345678", "0912 345 678", "0987.654.321", "+84 905 123 456",
        "nguyen.an@gmail.com", "số 12 đường Lê Lợi", "45/7 Trần Phú", "Số nhà 88 thôn Phú Lộc",
    ]

    @Test func personalDataInAnyPublishedCellIsMaskedEverywhereAndWarnedPerCell() throws {
        let header = "Mã hồ sơ,Mã TTHC,Người nộp,Ngày tiếp nhận,Hạn trả,Ngày trả,Lý do,Ngày hẹn lại,Ngày xin lỗi,Số văn bản xin lỗi,Đơn vị chậm,Đồng ý công khai tên\n"
        let columns = [0: "Mã hồ sơ", 1: "Mã TTHC", 2: "Người nộp", 6: "Lý do", 9: "Số văn bản xin lỗi", 10: "Đơn vị chậm"]
        var rows = ""
        var planted: [(line: Int, column: String, secret: String)] = []
        var line = 1
        for (index, secret) in Self.plantedSecrets.enumerated() {
            for (column, label) in columns.sorted(by: { $0.key < $1.key }) {
                line += 1
                // Both letter regimes (before and after 01/07/2025), with and without consent.
                let late2025 = line % 2 == 0
                var cells = late2025
                    ? ["HS-\(line)", "1.014028", "Trần Thị Bích", "01/08/2025", "06/08/2025", "12/08/2025", "Chậm", "12/08/2025", "04/08/2025", "0\(line)/XL-UBND", "Phòng Tư pháp", index % 3 == 0 ? "có – phiếu đồng ý ngày 01/08/2025" : "không"]
                    : ["HS-\(line)", "1.014028", "Nguyễn Văn An", "06/01/2025", "09/01/2025", "13/01/2025", "Chậm", "13/01/2025", "08/01/2025", "0\(line)/XL-UBND", "Phòng Tư pháp", "không"]
                cells[column] = cells[column] + " " + secret
                rows += cells.joined(separator: ",") + "\n"
                planted.append((line, label, secret))
            }
        }
        let temporary = try TemporarySite(["data/thu-tuc.csv": Self.catalog, "data/ho-so.csv": header + rows])
        let diagnostics = Diagnostics()
        _ = try SiteBuilder.build(temporary.options(asOf: "2025-12-31"), diagnostics: diagnostics)
        #expect(diagnostics.errors.isEmpty, "\(diagnostics.errors)")

        // One warning per planted cell, at its row and column, never quoting the data.
        let warnings = diagnostics.warnings.filter { $0.code == .personalDataInCell }
        for cell in planted {
            #expect(warnings.contains { $0.location.line == cell.line && $0.location.field == cell.column },
                    "no warning for \(cell.column) at row \(cell.line)")
        }
        #expect(warnings.count == planted.count)
        for warning in diagnostics.all {
            for secret in Self.plantedSecrets { #expect(!warning.description.contains(secret), "\(warning)") }
        }

        let output = treeContents(temporary.output)
        #expect(output.keys.contains("feed.xml") && output.keys.contains("xin-loi/index.html"))
        #expect(output.keys.filter { $0.hasPrefix("xin-loi/") }.count == planted.count + 1)  // every letter written
        let digitsOnly = Self.plantedSecrets.map { $0.filter(\.isNumber) }.filter { $0.count >= 9 }
        for (path, data) in output {
            let text = String(decoding: data, as: UTF8.self)
            for secret in Self.plantedSecrets + digitsOnly + ["Lê Lợi", "Trần Phú", "Phú Lộc", "nguyen.an"] {
                #expect(!text.contains(secret), "\(secret) found in \(path)")
            }
        }
        let list = String(decoding: try #require(output["xin-loi/index.html"]), as: UTF8.self)
        #expect(list.contains(PersonalDataMask.mask))
        #expect(list.contains("N. V. A."))                     // initials without the planted data
        #expect(list.contains("Trần Thị Bích \(PersonalDataMask.mask)"))  // consented name, data masked
        // Her other dossiers carry no initials beside that name (CK085).
        #expect(!list.contains("T. T. B."))
    }

    @Test func initialsAreLettersOnlyAndSkipMaskedData() {
        var dossier = Dossier(code: "X", procedureCode: "1.014028", applicant: "Phạm Văn C 0905 123 456", consentToName: false,
                              received: Receipt(date: CivilDate(year: 2025, month: 1, day: 6)!), dueGiven: nil, dueComputed: nil,
                              returned: nil, reason: nil, newDate: nil, lateUnit: nil, apologyDate: nil, letterNumber: nil,
                              location: SourceLocation(file: "t"))
        #expect(dossier.publicName == "P. V. C.")
        dossier.applicant = "Phạm Văn C [đã ẩn] (bà) 12"
        #expect(dossier.publicName == "P. V. C. B.")
        dossier.applicant = "[đã ẩn]"
        #expect(dossier.publicName == nil)
    }

    @Test func letterRegimeFollowsTheLetterDate() throws {
        let regimes = LegalRegimeReader.shipped()
        #expect(regimes.regime(on: CivilDate(year: 2025, month: 6, day: 30)!)?.id == "nd61-2018")
        #expect(regimes.regime(on: CivilDate(year: 2025, month: 7, day: 1)!)?.id == "nd118-2025")
        let rows = """
        HS-1,1.014028,A,,,,,23/06/2025,,30/06/2025,Chậm,30/06/2025 16:00,25/06/2025,
        HS-2,1.014028,B,,,,,30/06/2025,,07/07/2025,Chậm,07/07/2025 16:00,02/07/2025,

        """
        let (_, _, temporary) = try site(rows)
        let files = try temporary.render(asOf: "2025-12-31")
        let old = try #require(files["xin-loi/hs-1/index.html"])
        let new = try #require(files["xin-loi/hs-2/index.html"])
        #expect(old.contains("Phiếu xin lỗi và hẹn lại ngày trả kết quả") && old.contains("01/2018/TT-VPCP"))
        // From 01/07/2025: the 2018 form (the last verified one), cited, under Nghị định 118/2025.
        #expect(new.contains("Phiếu xin lỗi và hẹn lại ngày trả kết quả") && new.contains("Mẫu số 04 ban hành kèm theo Thông tư số 01/2018/TT-VPCP"))
        #expect(!new.contains("03/2025/TT-VPCP") && new.contains("118/2025/NĐ-CP") && !new.contains("61/2018/NĐ-CP"))
        #expect(try #require(files["feed.xml"]).contains("Xin lỗi vì trễ hạn hồ sơ HS-2"))
    }

    @Test func missingHolidayScheduleIsWarnedOncePerYear() throws {
        let rows = "HS-1,1.014028,A,,,,,06/01/2027,,08/01/2027,,,,\n"
        let (_, diagnostics, _) = try site(rows, asOf: "2027-03-01")
        let missing = diagnostics.warnings.filter { $0.code == .holidayScheduleMissing }
        #expect(missing.count == 1)
        #expect(missing.first?.message.contains("2027") == true)
    }

    /// The register holds personal data; the catalog reaches templates through its own
    /// pages (so incremental builds know what depends on it). Other data files are offered.
    @Test func registerAndCatalogAreNotOfferedToTemplates() throws {
        let temporary = try TemporarySite([
            "data/ho-so-tre-han.csv": Self.header + "HS-1,1.014028,A,0790,0905,X,e@x.vn,06/01/2025,,,,,,\n",
            "data/thu-tuc.csv": Self.catalog,
            "data/lanh-dao.yaml": "- ho_ten: Nguyễn Văn A\n",
        ])
        let (site, _) = temporary.load()
        guard case .map(let tree) = try #require(site).data.templateValue else { Issue.record("no data tree"); return }
        #expect(tree["ho_so_tre_han"] == nil)
        #expect(tree["thu_tuc"] == nil)
        #expect(tree["lanh_dao"] != nil)
    }
}

@Suite struct VietnameseNumberFormatTests {
    @Test func groupsThousandsWithDotsAndUsesCommaDecimals() {
        #expect(VietnameseNumberFormat.integer(1234) == "1.234")
        #expect(VietnameseNumberFormat.integer(1_234_567) == "1.234.567")
        #expect(VietnameseNumberFormat.integer(999) == "999")
        #expect(VietnameseNumberFormat.decimal(1234.5) == "1.234,5")
        #expect(VietnameseNumberFormat.decimal(97.04) == "97,0")
        #expect(VietnameseNumberFormat.percent(39, of: 40) == "97,5%")
        #expect(VietnameseNumberFormat.percent(1, of: 0) == nil)
        #expect(VietnameseNumberFormat.percent(2, of: 3) == "66,7%")
    }
}
