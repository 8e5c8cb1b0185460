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

/// Statistics say what they count, in seed 004's words and shapes.
@Suite struct StatisticsShapeTests {
    static func table(_ files: [String: String], asOf: String = "2026-11-21") throws -> (StatisticsTable?, Diagnostics) {
        let (site, diagnostics) = try TemporarySite(files).load(asOf: asOf)
        return (site?.statistics.first, diagnostics)
    }

    @Test func satisfactionKeepsSeed004sColumnNamesAndSaysNeutralVotesCount() throws {
        let (merged, _) = try Self.table([
            "data/thong-ke/hl.csv": "Stt,Địa phương,Rất hài lòng,Hài lòng (hoặc bình thường),Chưa hài lòng (hoặc Không hài lòng/rất tệ)\n1,Xã A,10,5,5\n",
            "data/thong-ke/hl.yaml": "kind: satisfaction\ntitle: Hài lòng\n",
        ])
        let table = try #require(merged)
        #expect(table.columns.contains("Hài lòng (hoặc bình thường)"))
        #expect(table.columns.contains("Chưa hài lòng (hoặc Không hài lòng/rất tệ)"))
        #expect(table.rows.first?.cells.last == "75,0%")
        #expect(table.notes.contains { $0.contains("gồm cả lượt đánh giá bình thường") })

        let (plain, _) = try Self.table([
            "data/thong-ke/hl.csv": "Đơn vị,Rất hài lòng,Hài lòng,Chưa hài lòng\nXã A,10,5,5\n",
            "data/thong-ke/hl.yaml": "kind: satisfaction\ntitle: Hài lòng\n",
        ])
        let separate = try #require(plain)
        #expect(separate.columns.contains("Hài lòng") && !separate.columns.contains("Hài lòng (hoặc bình thường)"))
        #expect(!separate.notes.joined().contains("bình thường"))
    }

    @Test func onlineServicesPerTypeOverSeed004sTwoPeriodsWithAComparisonEach() throws {
        let (built, diagnostics) = try Self.table([
            "data/thong-ke/tt.csv": try String(contentsOf: WorkbookFixture.url("online-report.csv"), encoding: .utf8),
            "data/thong-ke/tt.yaml": "kind: online\ntitle: Trực tuyến\nyear: 2024\n",
        ])
        #expect(!diagnostics.hasErrors, "\(diagnostics.errors)")
        let table = try #require(built)
        #expect(table.columns == ["Một phần: 15/12/2023 – 14/06/2024", "Một phần: 15/06/2024 – 14/12/2024", "So sánh tỷ lệ (một phần)",
                                  "Toàn trình: 15/12/2023 – 14/06/2024", "Toàn trình: 15/06/2024 – 14/12/2024", "So sánh tỷ lệ (toàn trình)"])
        // 412 → 455 is +10,4%; 198 → 287 is +44,9%; from 0 there is nothing to compare; 40 → 30 is −25%.
        #expect(table.rows.map(\.cells) == [["412", "455", "+10,4%", "198", "287", "+44,9%"], ["0", "12", "–", "40", "30", "−25,0%"]])
    }

    /// The reporting export's five merged header rows read as the flat CSV does.
    @Test func fiveRowHeaderWorkbookGivesTheSameTableAsItsCSV() throws {
        let sidecar = "kind: online\ntitle: Trực tuyến\nyear: 2024\n"
        let (fromCSV, _) = try Self.table([
            "data/thong-ke/tt.csv": try String(contentsOf: WorkbookFixture.url("online-report.csv"), encoding: .utf8),
            "data/thong-ke/tt.yaml": sidecar,
        ])
        let site = try TemporarySite(["data/thong-ke/tt.yaml": sidecar])
        try site.copy(fixture: WorkbookFixture.url("online-report.xlsx"), to: "data/thong-ke/tt.xlsx")
        let (loaded, diagnostics) = site.load()
        #expect(!diagnostics.hasErrors, "\(diagnostics.errors)")
        #expect(diagnostics.warnings.filter { $0.code == .unknownColumn }.isEmpty, "\(diagnostics.warnings)")
        let table = try #require(loaded?.statistics.first)
        #expect(table.rows.map(\.cells) == (try #require(fromCSV)).rows.map(\.cells))
        #expect(table.rows.map(\.label) == ["Xã Thử Nghiệm", "Xã Bên Cạnh"])
    }

    @Test func onTimeRatesSayTheirDenominatorAndNeedTheWholeRegister() throws {
        let catalog = "Mã TTHC,Tên thủ tục,Lĩnh vực,Thời hạn giải quyết,Phí\n1.014028,A,B,3 ngày làm việc,Miễn phí\n"
        let register = "Mã hồ sơ,Mã TTHC,Ngày tiếp nhận,Ngày trả\nH1,1.014028,06/01/2025,08/01/2025\nH2,1.014028,06/01/2025,13/01/2025\n"
        let (complete, _) = try TemporarySite(["data/thu-tuc.csv": catalog, "data/ho-so.csv": register]).load(asOf: "2025-12-31")
        let table = try #require(complete?.statistics.first { $0.kind == .onTime })
        #expect(table.rows.map(\.cells) == [["1", "0", "1", "2", "50,0%"]])
        #expect(table.notes.contains { $0.contains("toàn bộ 2 hồ sơ đã giải quyết") })

        let lateOnly = try TemporarySite(["data/thu-tuc.csv": catalog, "data/ho-so-tre-han.csv": register])
        let (site, _) = lateOnly.load(asOf: "2025-12-31")
        #expect(site?.statistics.contains { $0.kind == .onTime } == false)
        let page = try #require(try lateOnly.render(asOf: "2025-12-31")["xin-loi/index.html"])
        #expect(!page.contains("Tỉ lệ giải quyết đúng hạn</h2>") && page.contains("không nêu tỉ lệ giải quyết đúng hạn"))
    }
}
