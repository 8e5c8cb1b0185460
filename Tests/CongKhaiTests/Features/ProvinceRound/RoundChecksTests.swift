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

/// Each check of the round fails on the data that breaks it, at the place that breaks it, and
/// says nothing on the fixture that breaks no rule.
@Suite struct RoundChecksTests {
    typealias Fixture = RoundFixture
    static let progressFile = "data/xet-cong-nhan/2024/tien-do.csv"
    static let timelineFile = "data/xet-cong-nhan/2024/moc-thoi-gian.csv"
    static let listFile = "data/cong-nhan/2024.yaml"

    @Test func aRoundThatBreaksNoRuleHasNoFinding() throws {
        let outcome = try Fixture.run()
        #expect(!outcome.diagnostics.hasErrors, "\(outcome.diagnostics.errors)")
        #expect(outcome.roundFindings.isEmpty, "\(outcome.roundFindings)")
        let a = try outcome.unit("Xã A")
        #expect(a.stage == .recognized && a.unit.todayName == "Xã Mới" && a.sheetFile == "data/cham-diem/2024/xa-a.yaml")
        #expect(a.submission?.timeliness == nil, "no deadline for submissions: nothing said")
        #expect(a.appraisal?.timeliness == .onTime && a.verification?.timeliness == nil && !a.isLate)
        #expect(a.recognition?.problems == [] && a.recognition?.decision == "Quyết định số 500/QĐ-UBND")
        #expect(a.threshold == .notSet(criteriaSet: "Bộ tiêu chí thử"), "the set gives no recognition total: none is invented")
        #expect(a.totals.map(\.computed) == [95, 95, 95] && a.totals.allSatisfy { $0.statedWhenDifferent == nil })
        #expect(a.reuseAppendix?.reference == .appendix(points: 5, rate: 6.2, pointsFromRate: false, document: "Phụ lục kèm theo Công văn số 329/VP-TTHC ngày 07/02/2025 của Văn phòng UBND tỉnh"))
        #expect(a.reuseAppendix?.agrees == true && a.satisfaction?.agrees == true && a.onTime?.agrees == true)
        #expect(a.satisfaction?.reference == .rate(numerator: 950, denominator: 1000, threshold: 90, earned: 5, source: "bảng thống kê “Mức độ hài lòng”, Hệ thống đánh giá"))
        #expect(try outcome.unit("Xã B").stage == .appraisedFailing)
        #expect(try outcome.unit("Xã B").onTime?.reference == .rate(numerator: 949, denominator: 1000, threshold: 95, earned: 0, source: "Hệ thống thông tin giải quyết TTHC tỉnh, năm 2024"))
        #expect(try outcome.unit("Xã C").stage == .notSubmitted && (try outcome.unit("Xã C").sheetFile) == nil)
        #expect(try outcome.unit("Xã D").stage == .areaReportedNoneQualifying)
        let report = try #require(outcome.report?.noQualifyingReports.first)
        #expect(report.units == ["Xã D"] && report.timing.timeliness == .onTime)
        #expect(outcome.report?.sheetsOutsideRound == [])
    }

    // MARK: Sheets and units

    @Test func aUnitThatTookPartWithoutASheetAndASheetOfNoUnit() throws {
        let outcome = try Fixture.run([
            Self.progressFile: Fixture.progress(more: ["Xã C,01/03/2025,Tờ trình số 3/TTr-UBND,,,,,,"]),
            "data/cham-diem/2024/xa-z.yaml": "unit: Xã Z\ncriteria_set: bo-thu\nscores:\n  \"1.1\": { tu_cham: 70 }\n",
        ])
        let missing = try #require(outcome.findings(.roundUnitWithoutSheet).first)
        #expect(missing.location.file == Self.progressFile && missing.location.line == 4 && missing.message.contains("Xã C"))
        let outside = try #require(outcome.findings(.roundUnitUnknown).first)
        #expect(outside.severity == .error && outside.location.file == "data/cham-diem/2024/xa-z.yaml")
        #expect(outcome.report?.sheetsOutsideRound == ["Xã Z"])
        #expect(try outcome.unit("Xã C").stage == .submitted)
    }

    @Test func aSheetOnAnotherCriteriaSetOrASecondSheetForAUnit() throws {
        let outcome = try Fixture.run([
            "data/cham-diem/bo-khac.yaml": Fixture.files["data/cham-diem/bo-thu.yaml"]!,
            "data/cham-diem/2024/xa-b.yaml": Fixture.files["data/cham-diem/2024/xa-b.yaml"]!.replacingOccurrences(of: "criteria_set: bo-thu", with: "criteria_set: bo-khac"),
            "data/cham-diem/2024/xa-a-ban-2.yaml": Fixture.files["data/cham-diem/2024/xa-a.yaml"]!,
        ])
        let errors = outcome.findings(.roundDataInvalid).filter { $0.severity == .error }
        #expect(errors.contains { $0.location.file == "data/cham-diem/2024/xa-b.yaml" && $0.message.contains("dùng bộ tiêu chí bo-khac, đợt năm 2024 dùng bo-thu") })
        #expect(errors.contains { $0.message.contains("Xã A đã có bảng chấm điểm năm 2024") })
    }

    // MARK: Deadlines

    @Test func anActOnTheDeadlineDayIsUndeterminedUntilTheRoundSaysHowToReadIt() throws {
        let onTheDay = Fixture.progress(b: "Xã B,28/02/2025,Tờ trình số 7/TTr-UBND,31/03/2025,Báo cáo số 50/BC-UBND,Không đạt,,,")
        let unstated = try Fixture.run([Self.progressFile: onTheDay])
        let unclear = try #require(unstated.findings(.roundDeadlineDayUnclear).first)
        #expect(unclear.location.line == 3 && unclear.location.field == "Ngày thẩm định" && unclear.message.contains("trước ngày 31/3/2025"))
        #expect(unstated.findings(.roundActLate).isEmpty)
        #expect(try unstated.unit("Xã B").appraisal?.timeliness == .undetermined)

        // "Không": the day named is already late (seed 000's "trước ngày", read literally).
        let excluded = try Fixture.run([Self.progressFile: onTheDay, Self.timelineFile: Fixture.timeline(dayCounts: "Không")])
        #expect(excluded.findings(.roundActLate).map(\.location.line) == [3] && excluded.findings(.roundDeadlineDayUnclear).isEmpty)
        #expect(try excluded.unit("Xã B").appraisal?.timeliness == .late(days: 0) && (try excluded.unit("Xã B").isLate))
        // "Có": the day counts.
        let included = try Fixture.run([Self.progressFile: onTheDay, Self.timelineFile: Fixture.timeline(dayCounts: "Có")])
        #expect(included.findings(.roundActLate).isEmpty && included.findings(.roundDeadlineDayUnclear).isEmpty)
    }

    @Test func actsAfterTheirDeadlineAreLateWhateverTheReading() throws {
        let outcome = try Fixture.run([
            Self.progressFile: Fixture.progress(b: "Xã B,28/02/2025,Tờ trình số 7/TTr-UBND,02/04/2025,Báo cáo số 50/BC-UBND,Không đạt,,,"),
            "data/xet-cong-nhan/2024/bao-cao-khong-dat.csv": "Cơ quan thẩm định,Văn bản,Ngày\nUBND huyện Ba,Báo cáo số 21/BC-UBND,07/04/2025\n",
            Self.timelineFile: Fixture.timeline(more: ["Nộp hồ sơ tự đánh giá,28/02/2025,Có,Kế hoạch số 5/KH-UBND của UBND huyện Một,"]),
        ])
        let late = outcome.findings(.roundActLate)
        #expect(late.contains { $0.location.file == Self.progressFile && $0.location.line == 3 && $0.message.contains("2 ngày sau hạn 31/03/2025") })
        #expect(late.contains { $0.location.file == "data/xet-cong-nhan/2024/bao-cao-khong-dat.csv" && $0.message.contains("UBND huyện Ba") && $0.message.contains("7 ngày sau hạn") })
        #expect(!late.contains { $0.message.hasPrefix("Xã B: nộp") }, "Xã B submitted on 28/02, the day that counts")
        #expect(late.contains { $0.message.hasPrefix("Xã A: nộp") } == false)
        #expect(outcome.report?.noQualifyingReports.first?.timing.timeliness == .late(days: 7))
    }

    // MARK: Recognition

    @Test func recognitionNeedsTheProvincesVerificationConcludedQualifying() throws {
        let unverified = try Fixture.run([Self.progressFile: Fixture.progress(a: "Xã A,27/02/2025,Tờ trình số 12/TTr-UBND,20/03/2025,Báo cáo số 45/BC-UBND,Đạt,,,")])
        let error = try #require(unverified.findings(.roundRecognizedUnverified).first)
        #expect(error.severity == .error && error.location.file == Self.listFile && error.location.line == 4)
        #expect(try unverified.unit("Xã A").recognition?.problems == [.unverified])
        // The sheet has verification points the round has no record of: said too.
        #expect(unverified.findings(.roundLevelsContradict).contains { $0.location.file == "data/cham-diem/2024/xa-a.yaml" && $0.message.contains("Thẩm tra") })

        let failed = try Fixture.run([Self.progressFile: Fixture.progress(a: "Xã A,27/02/2025,Tờ trình số 12/TTr-UBND,20/03/2025,Báo cáo số 45/BC-UBND,Đạt,15/04/2025,Báo cáo số 80/BC-VP,Không đạt")])
        #expect(failed.findings(.roundRecognizedUnverified).first?.message.contains("\"Không đạt\"") == true)
        #expect(try failed.unit("Xã A").recognition?.problems == [.verificationFailed])
    }

    @Test func recognitionMayNotPrecedeItsVerificationNorTheResultsDeadline() throws {
        let early = try Fixture.run([Self.listFile: "decision: QĐ 1\ndate: 10/04/2025\nunits:\n  - { unit: Xã A, score: 95 }\n"])
        let beforeVerification = try #require(early.findings(.roundRecognitionTooEarly).first)
        #expect(beforeVerification.message.contains("trước ngày thẩm tra 15/04/2025") && beforeVerification.location.line == 4)
        #expect(try early.unit("Xã A").recognition?.problems == [.beforeVerification(verified: CivilDate(year: 2025, month: 4, day: 15)!)])

        // Verified on 25/03, recognized on 28/03: results could still arrive until 30 or 31/03.
        let verifiedEarly = Fixture.progress(a: "Xã A,27/02/2025,Tờ trình số 12/TTr-UBND,20/03/2025,Báo cáo số 45/BC-UBND,Đạt,25/03/2025,Báo cáo số 80/BC-VP,Đạt")
        let beforeDeadline = try Fixture.run([Self.progressFile: verifiedEarly,
                                              Self.listFile: "decision: QĐ 1\ndate: 28/03/2025\nunits:\n  - { unit: Xã A, score: 95 }\n"])
        #expect(beforeDeadline.findings(.roundRecognitionTooEarly).map(\.severity) == [.error])
        #expect(beforeDeadline.findings(.roundRecognitionTooEarly).first?.message.contains("chưa hết") == true)
        // On the deadline's day itself: depends on the reading, which the round has not stated.
        let onTheDay = try Fixture.run([Self.progressFile: verifiedEarly,
                                        Self.listFile: "decision: QĐ 1\ndate: 31/03/2025\nunits:\n  - { unit: Xã A, score: 95 }\n"])
        #expect(onTheDay.findings(.roundRecognitionTooEarly).isEmpty)
        #expect(onTheDay.findings(.roundDeadlineDayUnclear).contains { $0.location.file == Self.listFile })
        let excluded = try Fixture.run([Self.progressFile: verifiedEarly, Self.timelineFile: Fixture.timeline(dayCounts: "Không"),
                                        Self.listFile: "decision: QĐ 1\ndate: 31/03/2025\nunits:\n  - { unit: Xã A, score: 95 }\n"])
        #expect(excluded.roundFindings.isEmpty, "read as \"trước ngày\", 31/03 is after the last day: \(excluded.roundFindings)")
    }

    @Test func theThresholdIsTheSetsOwnAndNeverInvented() throws {
        let set = Fixture.files["data/cham-diem/bo-thu.yaml"]!
        let below = try Fixture.run(["data/cham-diem/bo-thu.yaml": set.replacingOccurrences(of: "levels:", with: "recognition_total: 96\nlevels:")])
        #expect(try below.unit("Xã A").threshold == .below(total: 95, threshold: 96))
        #expect(below.findings(.recognitionBelowThreshold).count == 1, "reported once, by the recognition list's check")
        let met = try Fixture.run(["data/cham-diem/bo-thu.yaml": set.replacingOccurrences(of: "levels:", with: "recognition_total: 90\nlevels:")])
        #expect(try met.unit("Xã A").threshold == .met(total: 95, threshold: 90))
        #expect(try met.unit("Xã B").threshold == nil, "only recognized units are held to it")
    }

    @Test func aListedUnitOutsideTheRound() throws {
        let outcome = try Fixture.run([Self.listFile: "decision: QĐ 1\ndate: 20/04/2025\nunits:\n  - { unit: Xã A, score: 95 }\n  - { unit: Xa B }\n"])
        let unknown = try #require(outcome.findings(.roundUnitUnknown).first)
        #expect(unknown.location.file == Self.listFile && unknown.location.line == 5 && unknown.message.contains("Có phải \"Xã B\"?"))
    }

    // MARK: The province's figures

    @Test func theReuseAppendixIsUsedDirectlyAndADifferingSheetIsReported() throws {
        let appendix = "data/xet-cong-nhan/2024/phu-luc-6-2.csv"
        let outcome = try Fixture.run([appendix: "Đơn vị,Tỷ lệ (%),Điểm\nXã A,\"4,9\",0\nXã B,\"7,5\",0\n"])
        let differs = outcome.findings(.roundReuseAppendixDiffers)
        // Xã A's sheet gives 5 at each of its three levels; the appendix gives 0: one warning.
        #expect(differs.filter { $0.location.file == "data/cham-diem/2024/xa-a.yaml" }.count == 1)
        #expect(differs.contains { $0.message.contains("nội dung 6.2 tự chấm 5, thẩm định 5, thẩm tra 5 điểm, phụ lục của tỉnh ghi 0 điểm") })
        // Xã B's row says 7,5% and 0 points: inconsistent under the set, its points still used.
        #expect(differs.contains { $0.location.file == appendix && $0.location.line == 3 && $0.message.contains("7,5%") && $0.message.contains("Vẫn dùng điểm của phụ lục") })
        let a = try outcome.unit("Xã A").reuseAppendix
        #expect(a?.differingLevels == ["tu_cham", "tham_dinh", "tham_tra"] && a?.sheetPoints.map(\.points) == [5, 5, 5])
        if case .appendix(let points, _, let fromRate, _) = a?.reference { #expect(points == 0 && !fromRate) } else { Issue.record("no appendix reference") }

        let missing = try Fixture.run([appendix: "Đơn vị,Tỷ lệ (%)\nXã B,\"2,1\"\n"])
        #expect(missing.findings(.roundReuseAppendixDiffers).contains { $0.message.contains("Xã A có bảng chấm điểm nhưng không có trong phụ lục") })
        #expect(try missing.unit("Xã A").reuseAppendix?.reference == .missingFromAppendix)
        // A rate without points: the points it earns under the set's rule, said to be derived.
        #expect(try missing.unit("Xã B").reuseAppendix?.reference == .appendix(points: 0, rate: 2.1, pointsFromRate: true, document: "Phụ lục kèm theo Công văn số 329/VP-TTHC ngày 07/02/2025 của Văn phòng UBND tỉnh"))
    }

    @Test func criterionNineAgainstTheSatisfactionTable() throws {
        let table = "data/thong-ke/hai-long-2024.csv"
        let low = try Fixture.run([table: "Đơn vị,Rất hài lòng,Hài lòng,Chưa hài lòng\nXã A,800,150,200\n"])
        let differs = low.findings(.roundSatisfactionDiffers)
        #expect(differs.count == 1 && differs.allSatisfy { $0.location.file == "data/cham-diem/2024/xa-a.yaml" })
        #expect(differs.first?.message.contains("950/1.150") == true && differs.first?.message.contains("dưới ngưỡng 90%") == true)
        // Seed 004's form counts neutral votes with "hài lòng": not criterion 9's rate, not compared.
        let merged = try Fixture.run([table: "Đơn vị,Rất hài lòng,Hài lòng (hoặc bình thường),Chưa hài lòng\nXã A,800,150,200\n"])
        #expect(merged.findings(.roundSatisfactionDiffers).isEmpty)
        if case .notComparable(let reason) = try merged.unit("Xã A").satisfaction?.reference { #expect(reason.contains("bình thường")) }
        else { Issue.record("a merged count was compared") }
    }

    /// 949 of 1,000 is 94.9%: below 95%, compared exactly, never rounded up.
    @Test func criterionFiveAgainstTheOnTimeRateComparedExactly() throws {
        let figures = "data/xet-cong-nhan/2024/dung-han.csv"
        let below = try Fixture.run([figures: "Đơn vị,Số hồ sơ đúng hạn,Tổng số hồ sơ đã giải quyết\nXã A,949,1000\n"])
        #expect(below.findings(.roundOnTimeDiffers).count == 1)
        #expect(below.findings(.roundOnTimeDiffers).first?.message.contains("949/1.000 = 94,9%") == true)
        let at = try Fixture.run([figures: "Đơn vị,Số hồ sơ đúng hạn,Tổng số hồ sơ đã giải quyết\nXã A,950,1000\n"])
        #expect(at.findings(.roundOnTimeDiffers).isEmpty)
        // Figures handed in by the caller (a multi-commune build) are used instead of the table.
        let site = try TemporarySite(Fixture.files)
        let (loaded, diagnostics) = site.load()
        let site_ = try #require(loaded)
        let round = try #require(ProvinceRoundLoader.load(siteData: site_.data, diagnostics: diagnostics).first)
        let report = ProvinceRoundChecks.run(round, scores: site_.scores, recognition: site_.recognitions.first, statistics: [],
                                             onTimeFigures: [RateFigure(unit: "Xã A", numerator: 10, denominator: 20, source: "Sổ hồ sơ của xã", location: nil)],
                                             diagnostics: diagnostics)
        #expect(diagnostics.all.filter { $0.code == .roundOnTimeDiffers }.count == 1)
        #expect(report.units.first?.onTime?.reference == .rate(numerator: 10, denominator: 20, threshold: 95, earned: 0, source: "Sổ hồ sơ của xã"))
    }

    @Test func aStatedTotalThatIsNotTheSumKeepsBothFigures() throws {
        let sheet = Fixture.files["data/cham-diem/2024/xa-a.yaml"]!.replacingOccurrences(of: "scores:", with: "totals: { tu_cham: 99 }\nscores:")
        let outcome = try Fixture.run(["data/cham-diem/2024/xa-a.yaml": sheet])
        let own = try #require(outcome.unit("Xã A").totals.first)
        #expect(own.computed == 95 && own.statedWhenDifferent == 99 && own.label == "Tự chấm")
        #expect(outcome.diagnostics.warnings.contains { $0.code == .scoreDisagreement && $0.message.contains("ghi 99 điểm nhưng cộng các nội dung được 95 điểm") })
    }

    // MARK: Dates and levels

    @Test func datesOutOfOrderOrFarFromTheRoundsYear() throws {
        let outcome = try Fixture.run([Self.progressFile: Fixture.progress(
            a: "Xã A,27/02/2025,Tờ trình số 12/TTr-UBND,20/02/2025,Báo cáo số 45/BC-UBND,Đạt,15/04/2025,Báo cáo số 80/BC-VP,Đạt",
            b: "Xã B,28/02/2035,Tờ trình số 7/TTr-UBND,20/03/2025,Báo cáo số 45/BC-UBND,Không đạt,,,")])
        let order = outcome.findings(.roundDateOrder)
        #expect(order.contains { $0.severity == .error && $0.location.line == 2 && $0.location.field == "Ngày thẩm định" && $0.message.contains("trước ngày nộp 27/02/2025") })
        #expect(order.contains { $0.location.line == 3 })
        #expect(outcome.findings(.roundDataInvalid).contains { $0.location.line == 3 && $0.message.contains("xa năm của đợt") })
    }

    @Test func levelsThatContradictEachOther() throws {
        let outcome = try Fixture.run([
            Self.progressFile: Fixture.progress(
                a: "Xã A,27/02/2025,Tờ trình số 12/TTr-UBND,,,,15/04/2025,Báo cáo số 80/BC-VP,Đạt",
                b: "Xã B,28/02/2025,Tờ trình số 7/TTr-UBND,20/03/2025,Báo cáo số 45/BC-UBND,Không đạt,15/04/2025,Báo cáo số 81/BC-VP,Không đạt",
                more: ["Xã D,01/03/2025,Tờ trình số 2/TTr-UBND,20/03/2025,Báo cáo số 9/BC-UBND,Đạt,,,"]),
        ])
        let contradictions = outcome.findings(.roundLevelsContradict)
        #expect(contradictions.contains { $0.severity == .error && $0.location.line == 2 && $0.message.contains("chưa có kết quả thẩm định của UBND huyện Một") })
        #expect(contradictions.contains { $0.severity == .error && $0.location.line == 3 && $0.message.contains("thẩm định \"Không đạt\"") })
        #expect(contradictions.contains { $0.severity == .error && $0.location.file == "data/xet-cong-nhan/2024/bao-cao-khong-dat.csv" && $0.message.contains("Xã D") })
        // Xã B's sheet has no verification points though the round records a verification.
        #expect(contradictions.contains { $0.severity == .warning && $0.location.file == "data/cham-diem/2024/xa-b.yaml" && $0.message.contains("chưa có điểm \"Thẩm tra\"") })
        #expect(try outcome.unit("Xã B").stage == .verifiedFailing && (try outcome.unit("Xã D").stage) == .appraisedQualifying)
    }

    /// After 01/07/2025 a round may have no appraising level: a verification without appraisal
    /// is then no contradiction.
    @Test func aRoundWithoutAppraisingBodiesVerifiesDirectly() throws {
        let outcome = try Fixture.run([
            "data/xet-cong-nhan/2024/don-vi.csv": "Đơn vị\nXã A\nXã B\nXã C\nXã D\n",
            "data/xet-cong-nhan/2024/bao-cao-khong-dat.csv": nil,
            Self.progressFile: Fixture.progress(a: "Xã A,27/02/2025,Tờ trình số 12/TTr-UBND,,,,15/04/2025,Báo cáo số 80/BC-VP,Đạt"),
        ])
        #expect(!outcome.findings(.roundLevelsContradict).contains { $0.severity == .error }, "\(outcome.findings(.roundLevelsContradict))")
        #expect(try outcome.unit("Xã A").appraisingBody == nil)
    }
}
