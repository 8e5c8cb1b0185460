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

/// A small round that breaks no rule: four units of three appraising bodies, a deadline worded
/// as seed 000's, one unit recognized after verification, one failing its appraisal, one that never
/// submitted, one whose body reported that no unit qualifies; the 6.2 appendix, on-time figures and a
/// satisfaction table that agree with the sheets. Each test changes one file to break one rule.
enum RoundFixture {
    static let files: [String: String] = [
        "data/cham-diem/bo-thu.yaml": """
        name: Bộ tiêu chí thử
        levels:
          - { key: tu_cham, label: Kết quả tự chấm điểm, heading: Tự chấm }
          - { key: tham_dinh, label: Kết quả thẩm định, heading: Thẩm định }
          - { key: tham_tra, label: Kết quả thẩm tra, heading: Thẩm tra }
        criteria:
          - number: 1
            title: Tiêu chí một
            contents:
              - { id: "1.1", label: Nội dung, max: 75, rule: manual }
          - number: 5
            title: Đúng hạn
            contents:
              - { id: "5.1", label: Nội dung 1, max: 15, rule: rate, threshold: 95, table: on_time }
          - number: 6
            title: Sử dụng lại dữ liệu
            contents:
              - { id: "6.2", label: Nội dung 2, max: 5, rule: rate, threshold: 5, table: reuse }
          - number: 9
            title: Hài lòng
            contents:
              - { id: "9.1", label: Nội dung, max: 5, rule: rate, threshold: 90, table: satisfaction }
        """,
        "data/cham-diem/2024/xa-a.yaml": """
        unit: Xã A
        criteria_set: bo-thu
        scores:
          "1.1": { tu_cham: 70, tham_dinh: 70, tham_tra: 70 }
          "5.1": { tu_cham: 15, tham_dinh: 15, tham_tra: 15 }
          "6.2": { tu_cham: 5, tham_dinh: 5, tham_tra: 5 }
          "9.1": { tu_cham: 5, tham_dinh: 5, tham_tra: 5 }
        """,
        "data/cham-diem/2024/xa-b.yaml": """
        unit: Xã B
        criteria_set: bo-thu
        scores:
          "1.1": { tu_cham: 60, tham_dinh: 55 }
          "5.1": { tu_cham: 0, tham_dinh: 0 }
          "6.2": { tu_cham: 0, tham_dinh: 0 }
          "9.1": { tu_cham: 0, tham_dinh: 0 }
        """,
        "data/cong-nhan/2024.yaml": "decision: Quyết định số 500/QĐ-UBND\ndate: 20/04/2025\nunits:\n  - { unit: Xã A, score: 95 }\n",
        "data/thong-ke/hai-long-2024.csv": "Đơn vị,Rất hài lòng,Hài lòng,Chưa hài lòng\nXã A,800,150,50\nXã B,500,300,200\n",
        "data/thong-ke/hai-long-2024.yaml": "kind: satisfaction\ntitle: Mức độ hài lòng\nyear: 2024\nsource: Hệ thống đánh giá\n",
        "data/xet-cong-nhan/2024/thong-tin.yaml": """
        title: Đánh giá, xét công nhận năm 2024
        criteria_set: bo-thu
        launched_by: Công văn số 329/VP-TTHC ngày 07/02/2025 của Văn phòng UBND tỉnh
        reuse_appendix: Phụ lục kèm theo Công văn số 329/VP-TTHC ngày 07/02/2025 của Văn phòng UBND tỉnh
        on_time_source: Hệ thống thông tin giải quyết TTHC tỉnh, năm 2024
        today_names_basis: Nghị quyết số 1677/NQ-UBTVQH15 ngày 16/06/2025 của Ủy ban Thường vụ Quốc hội
        """,
        "data/xet-cong-nhan/2024/don-vi.csv": """
        Đơn vị,Tên hiện nay,Cấp huyện,Cơ quan thẩm định
        Xã A,Xã Mới,Huyện Một,UBND huyện Một
        Xã B,Xã Mới,Huyện Một,UBND huyện Một
        Xã C,,Huyện Hai,UBND huyện Hai
        Xã D,,Huyện Ba,UBND huyện Ba
        """,
        "data/xet-cong-nhan/2024/moc-thoi-gian.csv": """
        Bước,Hạn,Tính cả ngày hạn,Văn bản,Nguyên văn
        Gửi kết quả thẩm định về tỉnh,31/03/2025,,Công văn số 329/VP-TTHC ngày 07/02/2025 của Văn phòng UBND tỉnh,trước ngày 31/3/2025
        """,
        "data/xet-cong-nhan/2024/tien-do.csv": """
        Đơn vị,Ngày nộp,Văn bản nộp,Ngày thẩm định,Văn bản thẩm định,Kết quả thẩm định,Ngày thẩm tra,Văn bản thẩm tra,Kết quả thẩm tra
        Xã A,27/02/2025,Tờ trình số 12/TTr-UBND,20/03/2025,Báo cáo số 45/BC-UBND,Đạt,15/04/2025,Báo cáo số 80/BC-VP,Đạt
        Xã B,28/02/2025,Tờ trình số 7/TTr-UBND,20/03/2025,Báo cáo số 45/BC-UBND,Không đạt,,,
        """,
        "data/xet-cong-nhan/2024/bao-cao-khong-dat.csv": "Cơ quan thẩm định,Văn bản,Ngày\nUBND huyện Ba,Báo cáo số 21/BC-UBND,25/03/2025\n",
        "data/xet-cong-nhan/2024/phu-luc-6-2.csv": "Đơn vị,Tỷ lệ (%),Điểm\nXã A,\"6,2\",5\nXã B,\"2,1\",0\nXã C,0,0\nXã D,1,0\n",
        "data/xet-cong-nhan/2024/dung-han.csv": "Đơn vị,Số hồ sơ đúng hạn,Tổng số hồ sơ đã giải quyết\nXã A,980,1000\nXã B,949,1000\n",
    ]

    struct Outcome {
        let report: RoundReport?
        let diagnostics: Diagnostics

        func unit(_ name: String) throws -> UnitStatus {
            try #require(report?.units.first { $0.unit.name == name }, "no status for \(name)")
        }

        /// The round's own findings (CK230–CK249).
        var roundFindings: [Diagnostic] {
            diagnostics.all.filter { (230...249).contains(Int($0.code.rawValue.dropFirst(2)) ?? 0) }
        }

        func findings(_ code: DiagnosticCode) -> [Diagnostic] { diagnostics.all.filter { $0.code == code } }
    }

    /// Loads the fixture with some files replaced (or, given nil, removed) and runs the round's checks.
    static func run(_ changes: [String: String?] = [:], extra: [String: Data] = [:]) throws -> Outcome {
        var all = files
        for (path, text) in changes { all[path] = text }
        let site = try TemporarySite(all.compactMapValues { $0 })
        for (path, data) in extra { try site.write(path, data) }
        let (loaded, diagnostics) = site.load()
        let site_ = try #require(loaded, "\(diagnostics.errors)")
        let round = ProvinceRoundLoader.load(siteData: site_.data, diagnostics: diagnostics).first
        let report = round.map {
            ProvinceRoundChecks.run($0, scores: site_.scores, recognition: site_.recognitions.first { $0.year == 2024 },
                                    statistics: site_.statistics, diagnostics: diagnostics)
        }
        return Outcome(report: report, diagnostics: diagnostics)
    }

    /// The fixture's progress table with one row replaced.
    static func progress(a: String? = nil, b: String? = nil, more: [String] = []) -> String {
        let lines = files["data/xet-cong-nhan/2024/tien-do.csv"]!.split(separator: "\n").map(String.init)
        return ([lines[0], a ?? lines[1], b ?? lines[2]] + more).joined(separator: "\n") + "\n"
    }

    static func timeline(dayCounts: String = "", date: String = "31/03/2025", more: [String] = []) -> String {
        (["Bước,Hạn,Tính cả ngày hạn,Văn bản,Nguyên văn",
          "Gửi kết quả thẩm định về tỉnh,\(date),\(dayCounts),Công văn số 329/VP-TTHC ngày 07/02/2025 của Văn phòng UBND tỉnh,trước ngày 31/3/2025"] + more)
            .joined(separator: "\n") + "\n"
    }
}
