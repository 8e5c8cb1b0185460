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

/// Rankings compare units at one assessment level only.
@Suite struct ScoreRankingTests {
    static let set = CriteriaSet(
        id: "t", name: "t", decision: nil,
        levels: [.init(key: "tu_cham", label: "Kết quả tự chấm điểm"), .init(key: "tham_dinh", label: "Kết quả thẩm định"),
                 .init(key: "tham_tra", label: "Kết quả thẩm tra")],
        recognitionTotal: nil,
        criteria: [.init(number: 1, title: "T", note: nil, contents: [.init(id: "1.1", label: "Nội dung", text: "", max: 100, rule: .manual)])])

    static func result(_ unit: String, _ points: [String: Double]) -> ScoreEvaluator.Result {
        let entry = ScoreSheet.Entry(points: points, numerator: nil, denominator: nil, value: nil, arose: nil, itemsMet: nil,
                                     source: nil, derivedFrom: nil, note: nil, location: SourceLocation(file: "t.yaml"))
        let sheet = ScoreSheet(unit: unit, slug: Slug.make(unit), year: 2024, criteriaSetID: "t", document: nil, statedTotals: [:],
                               entries: points.isEmpty ? [:] : ["1.1": entry], location: SourceLocation(file: "t.yaml"))
        return ScoreEvaluator.evaluate(sheet, against: set)
    }

    @Test func aSelfScoreNeverOutranksAVerifiedOne() {
        let ranking = ScoreRanking([
            Self.result("Xã Tự Chấm Cao", ["tu_cham": 99]),
            Self.result("Xã Thẩm Tra", ["tu_cham": 95, "tham_dinh": 90, "tham_tra": 80]),
            Self.result("Xã Thẩm Định", ["tu_cham": 97, "tham_dinh": 92]),
            Self.result("Xã Thẩm Tra Cao", ["tu_cham": 96, "tham_dinh": 91, "tham_tra": 85]),
        ])
        #expect(ranking.groups.map { $0.level?.key } == ["tham_tra", "tham_dinh", "tu_cham"])
        #expect(ranking.groups[0].rows.map(\.result.sheet.unit) == ["Xã Thẩm Tra Cao", "Xã Thẩm Tra"])
        #expect(ranking.groups[0].rows.map(\.total) == [85, 80])  // the verified totals, not the self-scores
        #expect(ranking.groups[1].rows.map(\.total) == [92])
        #expect(ranking.groups[2].rows.map(\.result.sheet.unit) == ["Xã Tự Chấm Cao"])
        #expect(ranking.groups.allSatisfy { $0.rows.first?.rank == 1 })  // ranks restart per level
    }

    @Test func equalTotalsShareARankAndUnscoredUnitsComeLastUnranked() {
        let ranking = ScoreRanking([
            Self.result("Xã B", ["tu_cham": 90]), Self.result("Xã A", ["tu_cham": 90]),
            Self.result("Xã C", ["tu_cham": 70]), Self.result("Xã D", [:]),
        ])
        #expect(ranking.groups.count == 2)
        #expect(ranking.groups[0].rows.map(\.rank) == [1, 1, 3])
        #expect(ranking.groups[0].rows.map(\.result.sheet.unit) == ["Xã A", "Xã B", "Xã C"])
        #expect(ranking.groups[1].level == nil && ranking.groups[1].rows.map(\.result.sheet.unit) == ["Xã D"])
    }
}
