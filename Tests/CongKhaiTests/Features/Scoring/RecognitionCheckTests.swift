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

    @Test func aUnitWithoutASheetIsWarnedAboutAndOneNobodyVerifiedIsAnError() throws {
        // Xã C has only its self-score: the set's last level (the province's verification here)
        // is missing, so the list would recognize it on its own claim.
        let (_, diagnostics) = try Self.site(list: "decision: QĐ 1\nunits:\n  - { unit: Xã C, score: 88 }\n  - { unit: Xã Không Có }\n").load()
        let unverified = try #require(diagnostics.errors.first { $0.code == .recognitionUnverified })
        #expect(unverified.location.line == 3 && unverified.message.contains("kết quả thẩm định"))
        #expect(diagnostics.warnings.first { $0.code == .recognitionUnitWithoutSheet }?.location.line == 4)
    }

    /// Quảng Ngãi's set has three levels; recognition rests on the province's verification
    /// (thẩm tra), not on the district's appraisal, whatever the totals.
    @Test func recognitionNeedsTheVerificationLevelOfTheSet() throws {
        let set = """
        levels:
          - { key: tu_cham, label: Kết quả tự chấm điểm }
          - { key: tham_dinh, label: Kết quả thẩm định }
          - { key: tham_tra, label: Kết quả thẩm tra của tỉnh }
        criteria:
          - number: 1
            title: Tiêu chí
            contents:
              - { id: "1.1", label: Nội dung, max: 100, rule: manual }
        """
        let site = try TemporarySite([
            "data/cham-diem/bo-ba.yaml": set,
            "data/cham-diem/2024/xa-d.yaml": "unit: Xã D\ncriteria_set: bo-ba\nscores:\n  \"1.1\": { tu_cham: 95, tham_dinh: 92 }\n",
            "data/cham-diem/2024/xa-e.yaml": "unit: Xã E\ncriteria_set: bo-ba\nscores:\n  \"1.1\": { tu_cham: 95, tham_dinh: 92, tham_tra: 91 }\n",
            "data/cong-nhan/2024.yaml": "decision: QĐ 2\nunits:\n  - { unit: Xã D, score: 92 }\n  - { unit: Xã E, score: 91 }\n",
        ])
        let (_, diagnostics) = site.load()
        #expect(diagnostics.errors.map(\.code) == [.recognitionUnverified], "\(diagnostics.errors)")
        #expect(diagnostics.errors.first?.location.line == 3 && diagnostics.errors.first?.message.contains("kết quả thẩm tra của tỉnh") == true)

        // A set naming another level takes it: appraisal is then enough.
        let appraised = try TemporarySite([
            "data/cham-diem/bo-ba.yaml": set.replacingOccurrences(of: "criteria:", with: "recognition_level: tham_dinh\ncriteria:"),
            "data/cham-diem/2024/xa-d.yaml": "unit: Xã D\ncriteria_set: bo-ba\nscores:\n  \"1.1\": { tu_cham: 95, tham_dinh: 92 }\n",
            "data/cong-nhan/2024.yaml": "decision: QĐ 2\nunits:\n  - { unit: Xã D, score: 92 }\n",
        ])
        #expect(!appraised.load().1.hasErrors, "\(appraised.load().1.errors)")
    }
}
