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

/// The dossier register as the province's one-stop software exports it: every dossier, its
/// own column names and states, personal columns that are never read.
@Suite struct OneStopRegisterTests {
    static let catalog = "Mã TTHC,Tên thủ tục,Lĩnh vực,Thời hạn giải quyết,Phí\n1.014028,Hỗ trợ chi phí mai táng,Bảo trợ xã hội,3 ngày làm việc,Miễn phí\n"
    static var exportCSV: String { get throws { try String(contentsOf: WorkbookFixture.url("one-stop-register.csv"), encoding: .utf8) } }
    static let personal = ["0912345678", "an@example.vn", "Lê Lợi", "0912345682", "phuc@example.vn"]

    @Test func statesAreTypedFromTheExportsWords() {
        #expect(DossierStatus(text: "Đã trả kết quả") == .returned)
        #expect(DossierStatus(text: "ĐÃ TRẢ KẾT QUẢ") == .returned)
        #expect(DossierStatus(text: "Mới đăng ký") == .registered)
        #expect(DossierStatus(text: "Đang xử lý") == .processing)
        #expect(DossierStatus(text: "Chờ bổ sung") == .awaitingSupplement)
        #expect(DossierStatus(text: "Có kết quả") == .resolved)
        #expect(DossierStatus(text: "Dừng xử lý") == .stopped)
        #expect(DossierStatus(text: "Công dân yêu cầu rút hồ sơ") == .withdrawn)
        #expect(DossierStatus(text: "Yêu cầu bổ sung giấy tờ") == .awaitingSupplement)
        #expect(DossierStatus(text: "Đã xử lý xong") == .resolved)
        #expect(DossierStatus(text: "10") == .returned && DossierStatus(text: " 7 ") == .withdrawn && DossierStatus(text: "11") == nil)
        #expect(DossierStatus(text: "Đã phê duyệt ngân sách") == nil)
        #expect(DossierStatus.withdrawn.counts == false && DossierStatus.processing.counts && DossierStatus.resolved.isFinished)
    }

    @Test func anExportOfAllDossiersGivesRatesAndLeavesOutWhatWasNeverResolved() throws {
        let site = try TemporarySite(["data/thu-tuc.csv": Self.catalog, "data/ho-so.csv": try Self.exportCSV])
        let (loaded, diagnostics) = site.load(asOf: "2025-12-31")
        #expect(!diagnostics.hasErrors, "\(diagnostics.errors)")
        let register = try #require(loaded?.register)
        // Withdrawn (0004), stopped (0005) and not yet received (0006) are neither on time nor late.
        #expect(register.entries.map { String($0.dossier.code.suffix(4)) } == ["0001", "0002", "0003"])
        #expect(register.entries.map(\.dossier.status) == [.returned, .returned, .resolved])
        #expect(register.entries.map(\.dossier.online) == [true, false, true])
        // 0003 has its result (Ngày hoàn thành 14/01) but was not yet handed over: that date counts.
        #expect(register.entries[2].dossier.returned == CivilDate(year: 2025, month: 1, day: 14))
        // 0002 finished on its due date (09/01) and was handed over the day after: on time, since
        // the date processing finished decides, as the portal's indicators count it.
        #expect(register.entries.map(\.outcome) == [.early, .onTime, .late(workingDays: 3, open: false)])
        #expect(register.isComplete && register.byYear.map(\.tally) == [DossierRegister.Tally(early: 1, onTime: 1, late: 1)])
        // "Ngày gia hạn" is the extended date; "Chủ hồ sơ" the applicant, published as initials.
        #expect(register.entries[2].dossier.newDate == CivilDate(year: 2025, month: 1, day: 15))
        #expect(register.entries[0].dossier.publicName == "N. V. A.")
    }

    @Test func personalColumnsAreNeverReadNorPublished() throws {
        let site = try TemporarySite(["data/thu-tuc.csv": Self.catalog, "data/ho-so.csv": try Self.exportCSV])
        let (loaded, diagnostics) = site.load(asOf: "2025-12-31")
        let warned = diagnostics.warnings.filter { $0.code == .personalDataColumn }.compactMap(\.location.field)
        #expect(warned == ["Địa chỉ", "Số điện thoại", "Thư điện tử"])
        // Emptied as soon as the file was parsed: nothing in memory still holds them.
        guard case .table(let table) = try #require(loaded?.data.documents["ho-so.csv"]) else {
            Issue.record("register not parsed as a table")
            return
        }
        for column in ["Địa chỉ", "Số điện thoại", "Thư điện tử"] {
            let index = try #require(table.headers.firstIndex(of: column))
            #expect(table.rows.allSatisfy { $0[index].isEmpty })
        }
        _ = try SiteBuilder.build(site.options(asOf: "2025-12-31"), diagnostics: Diagnostics())
        for (path, bytes) in treeContents(site.output) {
            let text = String(decoding: bytes, as: UTF8.self)
            for secret in Self.personal { #expect(!text.contains(secret), "\(secret) in \(path)") }
        }
    }

    @Test func theExportAsAWorkbookBuildsTheSameSiteAsItsCSV() throws {
        let fromCSV = try TemporarySite(["data/thu-tuc.csv": Self.catalog, "data/ho-so.csv": try Self.exportCSV])
        let fromWorkbook = try TemporarySite(["data/thu-tuc.csv": Self.catalog])
        try fromWorkbook.copy(fixture: WorkbookFixture.url("one-stop-register.xlsx"), to: "data/ho-so.xlsx")
        let (loaded, diagnostics) = fromWorkbook.load(asOf: "2025-12-31")
        #expect(!diagnostics.hasErrors, "\(diagnostics.errors)")
        #expect(loaded?.register.entries.count == 3)
        // Two header rows (parents "Thông tin hồ sơ", "Thời gian"); the code typed as a number.
        #expect(diagnostics.warnings.first { $0.code == .procedureCodeRestored }?.location.cell == "Danh sách hồ sơ!C6")
        // The #N/A in a phone cell is not reported: personal columns are never turned into values.
        #expect(!diagnostics.all.contains { $0.code == .workbookErrorCell }, "\(diagnostics.all)")
        // Under their parent "Thông tin hồ sơ" the personal columns are still recognized and emptied.
        #expect(diagnostics.warnings.filter { $0.code == .personalDataColumn }.compactMap(\.location.cell) == ["Danh sách hồ sơ!E5", "Danh sách hồ sơ!F5", "Danh sách hồ sơ!G5"])
        if case .table(let table) = loaded?.data.documents["ho-so.xlsx"] {
            let personal = table.headers.indices.filter { DossierColumns.looksPersonal(table.headers[$0]) }
            #expect(personal.count == 3 && table.rows.allSatisfy { row in personal.allSatisfy { row[$0].isEmpty } })
        } else {
            Issue.record("register workbook not parsed as a table")
        }
        let fromCSVFiles = try fromCSV.render(asOf: "2025-12-31")
        let fromWorkbookFiles = try fromWorkbook.render(asOf: "2025-12-31")
        // Only the source's file name ("ho-so.csv" / "ho-so.xlsx") may differ.
        #expect(Set(fromCSVFiles.keys) == Set(fromWorkbookFiles.keys))
        for (path, text) in fromCSVFiles {
            #expect(fromWorkbookFiles[path]?.replacingOccurrences(of: "ho-so.xlsx", with: "ho-so.csv") == text, "\(path) differs")
        }
    }

    @Test func statesThatContradictTheDatesAreWarnedAboutAtTheirCell() throws {
        let register = """
        Mã hồ sơ,Mã thủ tục,Ngày tiếp nhận,Ngày hẹn trả,Ngày trả,Trạng thái
        H1,1.014028,06/01/2025,09/01/2025,,Đã trả kết quả
        H2,1.014028,06/01/2025,09/01/2025,08/01/2025,Đang xử lý
        H3,1.014028,06/01/2025,09/01/2025,08/01/2025,Đã duyệt xong xuôi
        """
        let (loaded, diagnostics) = try TemporarySite(["data/thu-tuc.csv": Self.catalog, "data/ho-so.csv": register + "\n"]).load(asOf: "2025-12-31")
        let contradictions = diagnostics.warnings.filter { $0.code == .dossierStatusContradictsDates }
        #expect(contradictions.map(\.location.line) == [2, 3])
        #expect(contradictions.allSatisfy { $0.location.field == "Trạng thái" })
        #expect(diagnostics.warnings.first { $0.code == .dossierUnknownStatus }?.location.line == 4)
        // H1 says it was returned but gives no date: not counted, rather than shown as late.
        #expect(loaded?.register.entries.map(\.dossier.code) == ["H2", "H3"])
    }
}
