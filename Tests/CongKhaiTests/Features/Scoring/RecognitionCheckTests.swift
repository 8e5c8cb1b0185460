import Foundation
import Testing
@testable import CongKhai

/// A recognition list must agree with the score sheets it rests on.
@Suite struct RecognitionCheckTests {
    static let set = """
    name: Bộ thử
    levels:
      - { key: tu_cham, label: Kết quả tự chấm điểm }
      - { key: tham_dinh, label: Kết quả thẩm định }
    recognition_total: 80
    criteria:
      - number: 1
        title: Tiêu chí
        contents:
          - { id: "1.1", label: Nội dung, max: 100, rule: manual }
    """

    static func site(list: String) throws -> TemporarySite {
        try TemporarySite([
            "data/cham-diem/bo-thu.yaml": set,
            "data/cham-diem/2024/xa-a.yaml": "unit: Xã A\ncriteria_set: bo-thu\nscores:\n  \"1.1\": { tu_cham: 95, tham_dinh: 90 }\n",
            "data/cham-diem/2024/xa-b.yaml": "unit: Xã B\ncriteria_set: bo-thu\nscores:\n  \"1.1\": { tu_cham: 90, tham_dinh: 70 }\n",
            "data/cham-diem/2024/xa-c.yaml": "unit: Xã C\ncriteria_set: bo-thu\nscores:\n  \"1.1\": { tu_cham: 88 }\n",
            "data/cong-nhan/2024.yaml": list,
        ])
    }

    @Test func aListThatAgreesWithItsSheetsIsClean() throws {
        let (loaded, diagnostics) = try Self.site(list: "decision: QĐ 1\nunits:\n  - { unit: Xã A, score: 90 }\n").load()
        #expect(loaded != nil && !diagnostics.hasErrors, "\(diagnostics.errors)")
        #expect(diagnostics.all.filter { $0.code.rawValue.hasPrefix("CK19") }.isEmpty)
    }

    @Test func aScoreThatDiffersFromTheSheetIsAnErrorAtItsLine() throws {
        // 95 is Xã A's self-score; the sheet's final (appraised) total is 90.
        let (_, diagnostics) = try Self.site(list: "decision: QĐ 1\nunits:\n  - { unit: Xã A, score: 95 }\n").load()
        let error = try #require(diagnostics.errors.first { $0.code == .recognitionScoreDiffers })
        #expect(error.location.file == "data/cong-nhan/2024.yaml" && error.location.line == 3)
        #expect(error.message.contains("95") && error.message.contains("90") && error.message.contains("thẩm định"))
    }

    @Test func aUnitBelowTheSetsThresholdIsAnError() throws {
        let (_, diagnostics) = try Self.site(list: "decision: QĐ 1\nunits:\n  - { unit: Xã B, score: 70 }\n").load()
        #expect(diagnostics.errors.map(\.code) == [.recognitionBelowThreshold])
        #expect(diagnostics.errors.first?.message.contains("80") == true)
    }

    @Test func unitsWithoutASheetOrWithOnlyASelfScoreAreWarnedAbout() throws {
        let (_, diagnostics) = try Self.site(list: "decision: QĐ 1\nunits:\n  - { unit: Xã C, score: 88 }\n  - { unit: Xã Không Có }\n").load()
        #expect(!diagnostics.hasErrors, "\(diagnostics.errors)")
        #expect(diagnostics.warnings.first { $0.code == .recognitionOnSelfScore }?.location.line == 3)
        #expect(diagnostics.warnings.first { $0.code == .recognitionUnitWithoutSheet }?.location.line == 4)
    }
}
