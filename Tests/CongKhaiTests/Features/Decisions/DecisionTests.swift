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

/// Announcement decisions (issue 11 §3): reading, each procedure's lifecycle on the as-of date,
/// contradictions with the catalog, and seed 002's five-working-day deadline.
@Suite struct DecisionTests {
    static let header = "Số quyết định,Ngày ký,Ngày hiệu lực,Cơ quan ban hành,Mã TTHC,Nội dung công bố,Mã thay thế\n"
    static let issuer = "Chủ tịch UBND tỉnh Quảng Ngãi"
    static let catalog = """
    Mã TTHC,Tên thủ tục,Lĩnh vực,Thời hạn giải quyết,Phí,Trạng thái
    1.001193,Đăng ký khai sinh,Hộ tịch,1 ngày,Miễn phí,
    1.004884,Đăng ký lại khai sinh,Hộ tịch,5 ngày làm việc,Miễn phí,
    2.000986,Chứng thực bản sao,Chứng thực,Trong ngày,2.000 đồng/trang,
    1.000894,Đăng ký kết hôn,Hộ tịch,1 ngày,Miễn phí,
    """

    private func site(_ decisions: String, catalog: String = DecisionTests.catalog, extra: [String: String] = [:],
                      asOf: String = "2026-11-21") throws -> (Site?, Diagnostics, TemporarySite) {
        var files = extra
        files["data/thu-tuc.csv"] = catalog
        files["data/quyet-dinh-cong-bo.csv"] = Self.header + decisions
        let temporary = try TemporarySite(files)
        let (site, diagnostics) = temporary.load(asOf: asOf)
        return (site, diagnostics, temporary)
    }

    @Test func blankDecisionCellsContinueTheDecisionAboveAndActionsAreRead() throws {
        let (site, diagnostics, _) = try site("""
        12/QĐ-UBND,05/01/2026,15/01/2026,\(Self.issuer),1.001193,Công bố mới,
        ,,,,1.004884,"Sửa đổi, bổ sung",
        ,,,,2.000986,Thay thế,1.000894
        """)
        #expect(diagnostics.errors.isEmpty, "\(diagnostics.errors)")
        let decision = try #require(site?.decisions.decisions.first)
        #expect(decision.number == "12/QĐ-UBND" && decision.signed.iso == "2026-01-05" && decision.effective.iso == "2026-01-15")
        #expect(decision.entries.map(\.action) == [.new, .amend, .replace])
        #expect(decision.entries.last?.replacement == "1.000894")
        #expect(decision.citation == "Quyết định số 12/QĐ-UBND ngày 05/01/2026 của Chủ tịch UBND tỉnh Quảng Ngãi")
    }

    @Test func rowsOfOneDecisionThatDisagreeAreLocatedErrors() throws {
        let (_, diagnostics, _) = try site("""
        12/QĐ-UBND,05/01/2026,,\(Self.issuer),1.001193,công bố mới,
        12/QĐ-UBND,06/01/2026,,\(Self.issuer),1.004884,công bố mới,
        13/QĐ-UBND,10/01/2026,09/01/2026,\(Self.issuer),1.004884,công bố mới,
        14/QĐ-UBND,10/01/2026,,\(Self.issuer),1.004884,đổi tên,
        15/QĐ-UBND,10/01/2026,,\(Self.issuer),2.000986,thay thế,
        """)
        let errors = diagnostics.errors
        #expect(errors.contains { $0.code == .decisionRowsDisagree && $0.location.line == 3 && $0.location.field == "Ngày ký" })
        #expect(errors.contains { $0.code == .decisionInvalid && $0.message.contains("13/QĐ-UBND có hiệu lực (09/01/2026) trước ngày ký") })
        #expect(errors.contains { $0.code == .decisionInvalid && $0.location.line == 5 && $0.message.contains("\"đổi tên\" không rõ") })
        #expect(errors.contains { $0.code == .decisionInvalid && $0.location.line == 6 && $0.message.contains("Mã thay thế") })
    }

    @Test func lifecycleOnBothSidesOfEachEffectiveDate() throws {
        let decisions = """
        10/QĐ-UBND,01/03/2026,15/03/2026,\(Self.issuer),1.001193,công bố mới,
        11/QĐ-UBND,01/06/2026,10/06/2026,\(Self.issuer),1.001193,"sửa đổi, bổ sung",
        12/QĐ-UBND,01/09/2026,01/10/2026,\(Self.issuer),1.001193,thay thế,1.000894
        """
        let book = try #require(try site(decisions).0?.decisions)
        func state(_ code: String, _ date: String) -> ProcedureLifecycle.State? {
            ProcedureLifecycle.derive(code: code, book: book, asOf: CivilDate(parsing: date)!)?.state
        }
        #expect(state("1.001193", "2026-03-14") == .upcoming(from: CivilDate(parsing: "2026-03-15")!))
        #expect(state("1.001193", "2026-03-15") == .inForce)
        let amended = try #require(ProcedureLifecycle.derive(code: "1.001193", book: book, asOf: CivilDate(parsing: "2026-06-10")!))
        #expect(amended.amendedSince?.iso == "2026-06-10" && amended.basis?.number == "11/QĐ-UBND")
        let beforeAbolition = try #require(ProcedureLifecycle.derive(code: "1.001193", book: book, asOf: CivilDate(parsing: "2026-09-30")!))
        #expect(beforeAbolition.state == .inForce && beforeAbolition.pending?.action == .replace)
        let abolished = try #require(ProcedureLifecycle.derive(code: "1.001193", book: book, asOf: CivilDate(parsing: "2026-10-01")!))
        #expect(abolished.state == .abolished(since: CivilDate(parsing: "2026-10-01")!))
        #expect(abolished.abolishedBy?.number == "12/QĐ-UBND" && abolished.replacedBy == "1.000894")
        // The replacing code is announced by the same decision.
        #expect(state("1.000894", "2026-09-30") == .upcoming(from: CivilDate(parsing: "2026-10-01")!))
        #expect(state("1.000894", "2026-10-01") == .inForce)
        #expect(state("2.000986", "2026-10-01") == nil)
    }

    @Test func theDecisionWinsOverTheCatalogAndTheContradictionIsWarned() throws {
        let (site, diagnostics, temporary) = try site("""
        20/QĐ-UBND,01/09/2026,15/09/2026,\(Self.issuer),2.000986,bãi bỏ,
        21/QĐ-UBND,01/09/2026,01/12/2026,\(Self.issuer),1.004884,công bố mới,
        22/QĐ-UBND,01/09/2026,15/09/2026,\(Self.issuer),1.001669,công bố mới,
        23/QĐ-UBND,01/09/2026,01/01/2027,\(Self.issuer),1.000894,bãi bỏ,
        """)
        let loaded = try #require(site)
        let warnings = diagnostics.warnings
        #expect(warnings.contains { $0.code == .catalogContradictsDecision && $0.message.contains("2.000986 đã bị bãi bỏ từ 15/09/2026") && $0.location.line == 4 })
        #expect(warnings.contains { $0.code == .announcedCodeMissing && $0.message.contains("1.001669") && $0.location.file == "data/quyet-dinh-cong-bo.csv" && $0.location.line == 4 })
        #expect(loaded.catalog.inForce.map(\.code).sorted() == ["1.000894", "1.001193"])
        #expect(loaded.catalog.upcoming.map(\.code) == ["1.004884"])
        #expect(!loaded.catalog.inForce.contains { $0.code == "2.000986" })

        let pages = try temporary.render()
        let abolished = try #require(pages["thu-tuc-hanh-chinh/2.000986/index.html"])
        #expect(abolished.contains("Thủ tục này đã bị bãi bỏ từ ngày 15/09/2026 theo Quyết định số 20/QĐ-UBND ngày 01/09/2026 của Chủ tịch UBND tỉnh Quảng Ngãi"))
        let pending = try #require(pages["thu-tuc-hanh-chinh/1.000894/index.html"])
        #expect(pending.contains("sẽ được bãi bỏ từ 01/01/2027"))
        let upcoming = try #require(pages["thu-tuc-hanh-chinh/1.004884/index.html"])
        #expect(upcoming.contains("Căn cứ:") == false)  // not yet in effect: no basis to cite
        #expect(upcoming.contains("có hiệu lực từ 01/12/2026"))
        let list = try #require(pages["quyet-dinh-cong-bo/index.html"])
        #expect(list.contains("Quyết định số 23/QĐ-UBND") && list.contains("Hạn cập nhật lên trang"))
    }

    /// A replacement code the catalog does not have is shown without a link; before, the
    /// template's plain `{{url}}` found the replaced procedure's own address.
    @Test func aReplacementOutsideTheCatalogIsNotLinkedToTheReplacedProcedure() throws {
        let (_, _, temporary) = try site("40/QĐ-UBND,01/03/2026,15/03/2026,\(Self.issuer),1.001193,thay thế,1.999999\n")
        let list = try #require(try temporary.render()["quyet-dinh-cong-bo/index.html"])
        #expect(list.contains("thay thế bằng 1.999999</td>"))
        #expect(!list.contains(">1.999999</a>"))
    }

    @Test func aProcedurePageCitesItsDecision() throws {
        let (_, diagnostics, temporary) = try site("10/QĐ-UBND,01/03/2026,15/03/2026,\(Self.issuer),1.001193,công bố mới,\n")
        #expect(diagnostics.errors.isEmpty)
        let page = try #require(try temporary.render()["thu-tuc-hanh-chinh/1.001193/index.html"])
        #expect(page.contains("Căn cứ: <a href=\"/quyet-dinh-cong-bo/#qd-10-qd-ubnd\">Quyết định số 10/QĐ-UBND ngày 01/03/2026 của Chủ tịch UBND tỉnh Quảng Ngãi</a> (công bố mới), có hiệu lực từ 15/03/2026."))
    }

    /// Seed 002: five working days from signing, on the working calendar. Signed Friday
    /// 13/02/2026, before the Tết break (Mon 16 – Fri 20/02/2026 off): the fifth working day
    /// after it is Friday 27/02/2026 (23, 24, 25, 26, 27).
    @Test func theDeadlineCountsWorkingDaysAndLateChangesAreWarned() throws {
        let decisions = "30/QĐ-UBND,13/02/2026,13/02/2026,\(Self.issuer),1.001669,công bố mới,\n"
        let (onTime, onTimeDiagnostics, _) = try site(decisions, asOf: "2026-02-27")
        let progress = try #require(onTime?.decisionProgress.first)
        #expect(progress.deadline.iso == "2026-02-27")
        #expect(progress.updated == nil && progress.pendingCodes == ["1.001669"])
        #expect(!onTimeDiagnostics.warnings.contains { $0.code == .decisionNotPublishedInTime })

        let (_, lateDiagnostics, _) = try site(decisions, asOf: "2026-03-02")
        let late = try #require(lateDiagnostics.warnings.first { $0.code == .decisionNotPublishedInTime })
        #expect(late.message.contains("hạn cập nhật lên trang là 27/02/2026") && late.message.contains("1.001669"))
        #expect(late.location.file == "data/quyet-dinh-cong-bo.csv" && late.location.line == 2)

        // Listed: done, dated by the record of published codes.
        let catalog = Self.catalog + "\n1.001669,Đăng ký giám hộ có yếu tố nước ngoài,Hộ tịch,5 ngày làm việc,Miễn phí,"
        let record = PublishedCodes.header.joined(separator: ",") + "\nthu-tuc,1.001669,Đăng ký giám hộ có yếu tố nước ngoài,Hộ tịch,hiện hành,2026-03-03,2026-03-03,0,2026-03-03\nquyet-dinh,30/QĐ-UBND,,,,2026-02-16,,,\n"
        let (done, doneDiagnostics, _) = try site(decisions, catalog: catalog, extra: [PublishedCodes.fileName: record], asOf: "2026-03-05")
        let doneProgress = try #require(done?.decisionProgress.first)
        #expect(doneProgress.updated?.iso == "2026-03-03" && doneProgress.late)
        #expect(!doneDiagnostics.warnings.contains { $0.code == .decisionNotPublishedInTime })
    }

    @Test func anAmendmentIsOnTheSiteOnlyOnceTheContentChangedAfterSigning() throws {
        let decisions = "40/QĐ-UBND,02/11/2026,02/11/2026,\(Self.issuer),1.001193,\"sửa đổi, bổ sung\",\n"
        let (site0, _, temporary) = try site(decisions)
        let fingerprint = String(try #require(site0?.catalog.all.first { $0.code == "1.001193" }).sourceFingerprint, radix: 16)
        func record(contentSince: String) -> String {
            PublishedCodes.header.joined(separator: ",") + "\nthu-tuc,1.001193,Đăng ký khai sinh,Hộ tịch,hiện hành,2025-01-01,2025-01-01,\(fingerprint),\(contentSince)\nquyet-dinh,40/QĐ-UBND,,,,2026-11-03,,,\n"
        }
        try temporary.write(PublishedCodes.fileName, record(contentSince: "2025-01-01"))
        let (stale, staleDiagnostics) = temporary.load()
        #expect(stale?.decisionProgress.first?.pendingCodes == ["1.001193"])
        #expect(staleDiagnostics.warnings.contains { $0.code == .decisionNotPublishedInTime })
        try temporary.write(PublishedCodes.fileName, record(contentSince: "2026-11-04"))
        let (fresh, _) = temporary.load()
        #expect(fresh?.decisionProgress.first?.updated?.iso == "2026-11-04")
    }
    /// The same decisions as an .xlsx export (title row, serial dates, the decision's cells merged
    /// down, codes Excel turned into numbers) read as the CSV form does.
    @Test func decisionsFromAWorkbookAsExported() throws {
        let temporary = try TemporarySite(["data/thu-tuc.csv": Self.catalog])
        try temporary.copy(fixture: WorkbookFixture.url("decisions.xlsx"), to: "data/quyet-dinh-cong-bo.xlsx")
        let (site, diagnostics) = temporary.load()
        #expect(diagnostics.errors.isEmpty, "\(diagnostics.errors)")
        let decision = try #require(site?.decisions.decisions.first)
        #expect(site?.decisions.decisions.count == 1)
        #expect(decision.number == "12/QĐ-UBND" && decision.signed.iso == "2026-01-05" && decision.effective.iso == "2026-01-15")
        #expect(decision.entries.map(\.code) == ["1.001193", "2.000720", "2.000986"])
        #expect(decision.entries.map(\.action) == [.new, .abolish, .replace])
        #expect(decision.entries.last?.replacement == "1.000894")
        let restored = diagnostics.warnings.filter { $0.code == .procedureCodeRestored }.map { $0.location.cell ?? "" }
        #expect(restored.sorted() == ["Dữ liệu!E4", "Dữ liệu!G5"])
    }
}
