import CongKhaiCore
import CongKhaiInput

/// Runs every check of a round over its records, the year's evaluated score sheets, the
/// recognition decision and the site's statistics, reports each finding as a located diagnostic,
/// and returns the typed summary the round's pages are made from.
///
/// Pure over its inputs: no file is read here. The threshold, the stated totals and the sheets'
/// own disagreements are reported where commune sites report them too (CK191, CK103); the round
/// keeps their typed values.
public enum ProvinceRoundChecks {
    public static func run(_ round: ProvinceRound, scores: [ScoreEvaluator.Result], recognition: RecognitionList?,
                           statistics: [StatisticsTable], onTimeFigures: [RateFigure] = [], diagnostics: Diagnostics) -> RoundReport {
        let sheets = RoundSheets.match(round, scores: scores, recognition: recognition, diagnostics: diagnostics)
        let recognized = recognition.map { RecognitionTimingCheck.check(round, recognition: $0, diagnostics: diagnostics) } ?? [:]
        let reuse = ReuseAppendixCheck.check(round, sheets: sheets.byUnit, diagnostics: diagnostics)
        let satisfaction = RateFigureCheck.check(.satisfaction, figures: RateFigureCheck.satisfactionFigures(statistics, year: round.year),
                                                 round: round, sheets: sheets.byUnit, diagnostics: diagnostics)
        // Figures handed in (issue 22's per-commune registers) win over the round's own table.
        let onTimeSource = onTimeFigures.isEmpty ? round.onTimeFigures : onTimeFigures
        let onTime = RateFigureCheck.check(.onTime, figures: onTimeSource, round: round, sheets: sheets.byUnit, diagnostics: diagnostics)
        RoundConsistencyCheck.check(round, sheets: sheets.byUnit, diagnostics: diagnostics)

        let reported = Set(round.noQualifyingReports.map(\.bodyKey))
        var units: [UnitStatus] = []
        for unit in round.units {
            let progress = round.progress(of: unit)
            let body = round.appraisingBody(of: unit)
            func timing(_ record: DatedDocument?, _ step: RoundStep) -> ActTiming? {
                record.map { RoundDeadlineCheck.timing($0, step: step, in: round, who: unit.name, diagnostics: diagnostics) }
            }
            let result = sheets.byUnit[unit.key]
            let recognition = recognized[unit.key]
            units.append(UnitStatus(
                unit: unit, appraisingBody: body,
                stage: stage(progress, recognized: recognition != nil,
                             areaReportedNone: body.map { reported.contains(RoundUnit.key($0)) } == true),
                sheetFile: result?.sheet.location.file,
                submission: timing(progress?.submission, .submission),
                appraisal: timing(progress?.appraisal?.record, .appraisalResult),
                appraisalOutcome: progress?.appraisal?.outcome,
                verification: timing(progress?.verification?.record, .verification),
                verificationOutcome: progress?.verification?.outcome,
                recognition: recognition,
                threshold: recognition != nil ? result.map(RecognitionThreshold.status) : nil,
                totals: result.map(totals) ?? [],
                reuseAppendix: reuse[unit.key], satisfaction: satisfaction[unit.key], onTime: onTime[unit.key]))
        }
        let reports = round.noQualifyingReports.map { report in
            RoundReport.ReportTiming(
                report: report,
                timing: RoundDeadlineCheck.timing(report.record, step: .appraisalResult, in: round, who: report.body, diagnostics: diagnostics),
                units: round.units(appraisedBy: report.body).map(\.name))
        }
        var recognitionTiming: ActTiming?
        if let recognition, let date = recognition.date {
            let record = DatedDocument(document: recognition.decision, date: date,
                                       location: SourceLocation(file: "data/\(RecognitionListReader.folder)\(round.year).yaml", line: 1))
            recognitionTiming = RoundDeadlineCheck.timing(record, step: .recognition, in: round, who: "UBND tỉnh", diagnostics: diagnostics)
        }
        return RoundReport(round: round, units: units, noQualifyingReports: reports,
                           sheetsOutsideRound: sheets.outside.map(\.unit), recognitionDecision: recognition?.decision,
                           recognitionTiming: recognitionTiming)
    }

    /// The furthest step the records show.
    static func stage(_ progress: UnitProgress?, recognized: Bool, areaReportedNone: Bool) -> UnitStage {
        if recognized { return .recognized }
        if let outcome = progress?.verification?.outcome { return outcome == .qualifies ? .verifiedQualifying : .verifiedFailing }
        if let outcome = progress?.appraisal?.outcome { return outcome == .qualifies ? .appraisedQualifying : .appraisedFailing }
        if areaReportedNone { return .areaReportedNoneQualifying }
        if progress?.submission != nil || progress?.appraisal != nil || progress?.verification != nil { return .submitted }
        return .notSubmitted
    }

    /// Each level's computed total, with the sheet's stated total beside it where they differ.
    static func totals(_ result: ScoreEvaluator.Result) -> [LevelTotal] {
        result.criteriaSet.levels.compactMap { level in
            guard let computed = result.totals[level.key] else {
                // A stated total with no content points at its level still differs from 0.
                return result.sheet.statedTotals[level.key].map {
                    LevelTotal(level: level.key, label: level.columnHeading, computed: 0, statedWhenDifferent: $0 == 0 ? nil : $0)
                }
            }
            return LevelTotal(level: level.key, label: level.columnHeading, computed: computed,
                              statedWhenDifferent: result.statedTotal(differingAt: level.key))
        }
    }
}
