import CongKhaiCore
import CongKhaiInput

/// What the round's records cannot all be at once (CK240, CK241):
/// - dates out of order: appraised before submitted, verified before appraised (errors);
/// - dates far from the round's year, which are usually typing slips (warnings, CK230);
/// - verified without an appraisal where the unit has an appraising body (error);
/// - verified or recognized after an appraisal that concluded "không đạt": seed 000 sends the
///   province only the dossiers of units that qualify (error);
/// - appraised without a submission (warning);
/// - a body's "no unit qualifies" report beside a unit of its area appraised as qualifying
///   (error), a body that appraises no unit of the round, or a report nobody's unit can be of (warning);
/// - a body named differently by the units table and the progress row (warning);
/// - points on a sheet at a level whose act the round does not record, or an act recorded with
///   an outcome while the sheet has no points at its level (warnings).
enum RoundConsistencyCheck {
    static func check(_ round: ProvinceRound, sheets: [String: ScoreEvaluator.Result], diagnostics: Diagnostics) {
        for unit in round.units {
            guard let progress = round.progress(of: unit) else { continue }
            checkDates(unit, progress, round: round, diagnostics: diagnostics)
            checkLevels(unit, progress, round: round, diagnostics: diagnostics)
            if let result = sheets[unit.key] { checkSheet(unit, progress, result, diagnostics: diagnostics) }
        }
        checkReports(round, diagnostics: diagnostics)
    }

    private static func checkDates(_ unit: RoundUnit, _ progress: UnitProgress, round: ProvinceRound, diagnostics: Diagnostics) {
        let acts: [(String, DatedDocument?)] = [("nộp", progress.submission), ("thẩm định", progress.appraisal?.record),
                                               ("thẩm tra", progress.verification?.record)]
        for (what, record) in acts {
            guard let record, let date = record.date else { continue }
            // A round "năm 2024" runs from its year into the next (seed 000: launched 07/02/2025).
            if date.year < round.year || date.year > round.year + 2 {
                diagnostics.warning(.roundDataInvalid, at: record.location,
                                    "\(unit.name): ngày \(what) \(date.vietnameseShort) xa năm của đợt (\(round.year)); kiểm tra có gõ nhầm năm không.")
            }
        }
        var previous: (String, CivilDate)?
        for (what, record) in acts {
            guard let record, let date = record.date else { continue }
            if let (before, earlier) = previous, date < earlier {
                diagnostics.error(.roundDateOrder, at: record.location,
                                  "\(unit.name): ngày \(what) \(date.vietnameseShort) trước ngày \(before) \(earlier.vietnameseShort). Kiểm tra lại hai ngày này.")
            }
            previous = (what, date)
        }
    }

    private static func checkLevels(_ unit: RoundUnit, _ progress: UnitProgress, round: ProvinceRound, diagnostics: Diagnostics) {
        if let body = progress.appraisal?.body, let listed = unit.appraisingBody,
           RoundUnit.key(body) != RoundUnit.key(listed) {
            diagnostics.warning(.roundLevelsContradict, at: progress.appraisal!.record.location,
                                "\(unit.name): tiến độ ghi cơ quan thẩm định \"\(body)\", danh sách đơn vị ghi \"\(listed)\" (\(unit.location)). Sửa cho thống nhất.")
        }
        if let appraisal = progress.appraisal, progress.submission == nil {
            diagnostics.warning(.roundLevelsContradict, at: appraisal.record.location,
                                "\(unit.name) có kết quả thẩm định nhưng tiến độ không ghi việc nộp hồ sơ (ngày, văn bản nộp).")
        }
        guard let verification = progress.verification else { return }
        if progress.appraisal == nil, let body = round.appraisingBody(of: unit) {
            diagnostics.error(.roundLevelsContradict, at: verification.record.location,
                              "\(unit.name) được thẩm tra nhưng chưa có kết quả thẩm định của \(body): tỉnh chỉ thẩm tra hồ sơ đã qua thẩm định. Ghi kết quả thẩm định, hoặc bỏ cơ quan thẩm định của đơn vị nếu đợt không có cấp thẩm định.")
        }
        if progress.appraisal?.outcome == .fails {
            diagnostics.error(.roundLevelsContradict, at: verification.record.location,
                              "\(unit.name) được thẩm tra dù thẩm định \"Không đạt\": cơ quan thẩm định chỉ gửi tỉnh hồ sơ của đơn vị đạt tiêu chí. Kiểm tra lại kết quả thẩm định hoặc bỏ việc thẩm tra.")
        }
    }

    private static func checkSheet(_ unit: RoundUnit, _ progress: UnitProgress, _ result: ScoreEvaluator.Result, diagnostics: Diagnostics) {
        let levels = RoundLevels(result.criteriaSet)
        func hasPoints(_ level: CriteriaSet.Level) -> Bool { result.totals[level.key] != nil }
        let pairs: [(CriteriaSet.Level?, Bool, Bool, String)] = [
            (levels.verification, progress.verification != nil, progress.verification?.outcome != nil, "thẩm tra"),
        ] + levels.appraisal.map { ($0, progress.appraisal != nil, progress.appraisal?.outcome != nil, "thẩm định") }
        for (level, recorded, concluded, what) in pairs {
            guard let level else { continue }
            if hasPoints(level) && !recorded {
                diagnostics.warning(.roundLevelsContradict, at: result.sheet.location,
                                    "Bảng chấm của \(unit.name) có điểm \"\(level.columnHeading)\" nhưng tiến độ của đợt chưa ghi văn bản, ngày \(what) (\(progress.location)).")
            } else if concluded && !hasPoints(level) {
                diagnostics.warning(.roundLevelsContradict, at: result.sheet.location,
                                    "Tiến độ ghi kết quả \(what) của \(unit.name) nhưng bảng chấm điểm chưa có điểm \"\(level.columnHeading)\". Bổ sung điểm \(what) vào bảng chấm.")
            }
        }
    }

    private static func checkReports(_ round: ProvinceRound, diagnostics: Diagnostics) {
        for report in round.noQualifyingReports {
            let area = round.units(appraisedBy: report.body)
            if area.isEmpty {
                diagnostics.warning(.roundDataInvalid, at: report.location,
                                    "\(report.body) báo cáo không có đơn vị đạt, nhưng không đơn vị nào của đợt ghi cơ quan thẩm định này. Kiểm tra tên cơ quan (phải giống cột Cơ quan thẩm định).")
                continue
            }
            for unit in area {
                let progress = round.progress(of: unit)
                if progress?.appraisal?.outcome == .qualifies || progress?.verification != nil {
                    diagnostics.error(.roundLevelsContradict, at: report.location,
                                      "\(report.body) báo cáo không có đơn vị nào đạt, nhưng \(unit.name) \(progress?.verification != nil ? "đã được thẩm tra" : "được ghi thẩm định đạt") (\(progress!.location)). Sửa một trong hai.")
                }
            }
        }
    }
}
