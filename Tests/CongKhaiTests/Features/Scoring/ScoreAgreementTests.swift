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

/// Scores the commune site publishes must not contradict each other (issue 23 §4): stated and
/// summed totals both shown, criteria 6.2 and 9 against the site's own tables, and the
/// service-quality index in points.
@Suite struct ScoreAgreementTests {
    static let set = """
    name: Bộ thử
    levels:
      - { key: tu_cham, label: Kết quả tự chấm điểm }
    criteria:
      - number: 6
        title: Số hóa
        contents:
          - { id: "6.2", label: Nội dung 2, max: 5, rule: rate, threshold: 5, table: reuse }
      - number: 9
        title: Hài lòng
        contents:
          - { id: "9.1", label: Nội dung, max: 5, rule: rate, threshold: 90, table: satisfaction }
      - number: 10
        title: Chỉ số
        contents:
          - { id: "10.1", label: Nội dung, max: 10, rule: index, threshold: 80 }
    """
    static let reuse = ("Đơn vị,Số hồ sơ sử dụng lại,Tổng số hồ sơ\nXã Thử Nghiệm,96,1230\n",
                        "kind: reuse\ntitle: Tỷ lệ sử dụng lại\nperiod: năm 2024\n")
    static let satisfactionMerged = ("Đơn vị,Rất hài lòng,Hài lòng (hoặc bình thường),Chưa hài lòng\nXã Thử Nghiệm,1012,376,72\n",
                                     "kind: satisfaction\ntitle: Mức độ hài lòng\nyear: 2024\nperiod: từ 15/12/2023 đến 14/12/2024\n")

    private func site(sheet: String, satisfaction: (String, String) = satisfactionMerged) throws -> TemporarySite {
        try TemporarySite([
            "data/cham-diem/bo-thu.yaml": Self.set,
            "data/cham-diem/2024/thu-nghiem.yaml": sheet,
            "data/thong-ke/su-dung-lai.csv": Self.reuse.0, "data/thong-ke/su-dung-lai.yaml": Self.reuse.1,
            "data/thong-ke/hai-long.csv": satisfaction.0, "data/thong-ke/hai-long.yaml": satisfaction.1,
        ])
    }

    /// 6.2 agrees with the reuse table (96/1.230); 9.1's b = 1.012 + 376 = 1.388 is the merged
    /// form's "rất hài lòng + hài lòng (hoặc bình thường)": it counts neutral votes, which
    /// criterion 9 does not.
    @Test func reuseAndSatisfactionAreCheckedAgainstTheTables() throws {
        let sheet = """
        unit: Xã Thử Nghiệm
        criteria_set: bo-thu
        scores:
          "6.2": { tu_cham: 5, b: 96, a: 1230 }
          "9.1": { tu_cham: 5, b: 1388, a: 1460 }
          "10.1": { tu_cham: 10, value: 86.5 }
        """
        let temporary = try site(sheet: sheet)
        let (loaded, diagnostics) = temporary.load()
        let result = try #require(loaded?.scores.first)
        let notes = Dictionary(uniqueKeysWithValues: result.contents.map { ($0.content.id, $0.tableNote) })
        #expect(notes["6.2"] == .some("Khớp với bảng thống kê “Tỷ lệ sử dụng lại”: 96/1.230."))
        let satisfaction = try #require(diagnostics.warnings.first { $0.code == .scoreDisagreement && $0.message.contains("9.1") })
        #expect(satisfaction.message.contains("b = 1.388") && satisfaction.message.contains("gồm cả lượt đánh giá bình thường"))
        #expect(satisfaction.location.file == "data/cham-diem/2024/thu-nghiem.yaml" && satisfaction.location.line == 5)
        #expect(!diagnostics.warnings.contains { $0.code == .scoreDisagreement && $0.message.contains("6.2") })

        // The page prints what the tables say; the index is in points, not a percentage.
        let page = try #require(try temporary.render()["mot-cua-kieu-mau/2024/index.html"])
        #expect(page.contains("Khớp với bảng thống kê “Tỷ lệ sử dụng lại”: 96/1.230."))
        #expect(page.contains("cột \"Hài lòng (hoặc bình thường)\" gồm cả lượt đánh giá bình thường")
                || page.contains("cột &quot;Hài lòng (hoặc bình thường)&quot; gồm cả lượt đánh giá bình thường"))
        #expect(page.contains("Chỉ số: 86,5 → 86,5 điểm") && !page.contains("86,5%"))
    }

    @Test func aSheetWhoseFiguresDifferFromTheTableIsADisagreement() throws {
        let unmerged = ("Đơn vị,Rất hài lòng,Hài lòng,Chưa hài lòng\nXã Thử Nghiệm,1000,300,160\n",
                        "kind: satisfaction\ntitle: Mức độ hài lòng\nyear: 2024\n")
        let sheet = """
        unit: Xã Thử Nghiệm
        criteria_set: bo-thu
        scores:
          "6.2": { tu_cham: 5, b: 90, a: 1230 }
          "9.1": { tu_cham: 0, b: 1300, a: 1460 }
        """
        let (loaded, diagnostics) = try site(sheet: sheet, satisfaction: unmerged).load()
        let reuse = try #require(diagnostics.warnings.first { $0.code == .scoreDisagreement && $0.message.contains("6.2") })
        #expect(reuse.message.contains("b = 90") && reuse.message.contains("96/1.230"))
        // 1.000 + 300 = 1.300 of 1.460: agrees (89,0%, below 90%: 0 points, as given).
        #expect(loaded?.scores.first?.contents.first { $0.content.id == "9.1" }?.tableNote == "Khớp với bảng thống kê “Mức độ hài lòng”: 1.300/1.460.")
        #expect(!diagnostics.warnings.contains { $0.code == .scoreDisagreement && $0.message.contains("9.1") })
    }

    /// A stated total that is not the sum is shown beside it, on the sheet and the ranking, and
    /// named in the outcome: never one silently replacing the other.
    @Test func statedAndSummedTotalsBothAppear() throws {
        let (loaded, _) = ExampleSite.load()
        let site = try #require(loaded)
        let own = try #require(site.scores.first { $0.sheet.slug == "binh-tan-hung" })
        #expect(own.totals["tu_cham"] == 100 && own.statedTotal(differingAt: "tu_cham") == 93)
        #expect(own.totals["tham_dinh"] == 76 && own.statedTotal(differingAt: "tham_dinh") == 82)
        let files = Dictionary(uniqueKeysWithValues: SiteBuilder.render(site).map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) })
        let sheet = try #require(files["mot-cua-kieu-mau/2024/binh-tan-hung/index.html"])
        #expect(sheet.contains("<td>100<br><span class=\"stated-total\">(bảng chấm ghi tổng 93)</span></td>"))
        #expect(sheet.contains("<td>76<br><span class=\"stated-total\">(bảng chấm ghi tổng 82)</span></td>"))
        #expect(sheet.contains("76/100 điểm (cộng các nội dung; bảng chấm ghi tổng 82 điểm)"))
        let ranking = try #require(files["mot-cua-kieu-mau/2024/index.html"])
        #expect(ranking.contains("76 <span class=\"stated-total\">(bảng chấm ghi 82)</span>"))
        // Hương Trà's stated 94 is the sum: nothing more is shown.
        let huongTra = try #require(files["mot-cua-kieu-mau/2024/huong-tra/index.html"])
        #expect(!huongTra.contains("stated-total\">"))
    }
}
