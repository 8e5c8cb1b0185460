import CongKhaiCore

/// The recognition decision against the round's records: a recognized unit needs the province's
/// verification, concluded "đạt" (CK235); the decision may not be dated before that verification,
/// nor while appraisal results could still be sent (CK236): a unit's dossier might still have
/// been on its way. A decision on the results deadline's own day, when the round does not say
/// whether that day counts, is CK234. A listed unit not in the round is CK232.
enum RecognitionTimingCheck {
    static func check(_ round: ProvinceRound, recognition: RecognitionList, diagnostics: Diagnostics) -> [String: RecognitionStatus] {
        let matcher = RoundUnitMatcher(round.units)
        let file = "data/\(RecognitionListReader.folder)\(round.year).yaml"
        var statuses: [String: RecognitionStatus] = [:]
        if recognition.date == nil {
            diagnostics.warning(.roundDataInvalid, at: SourceLocation(file: file, line: 1),
                                "Quyết định công nhận năm \(round.year) chưa ghi ngày (date): không đối chiếu được với ngày thẩm tra và hạn gửi kết quả.")
        }
        for listed in recognition.units {
            let location = listed.location ?? SourceLocation(file: file, line: 1)
            guard let unit = matcher.require(listed.name, at: location, what: "Danh sách công nhận", year: round.year, diagnostics: diagnostics) else { continue }
            var problems: [RecognitionStatus.Problem] = []
            let verification = round.progress(of: unit)?.verification
            if verification == nil {
                problems.append(.unverified)
                diagnostics.error(.roundRecognizedUnverified, at: location,
                                  "\(unit.name) được công nhận nhưng tiến độ của đợt (\(round.folder)\(RoundFolder.progress)) không có kết quả thẩm tra của tỉnh. Ghi văn bản, ngày và kết quả thẩm tra, hoặc bỏ đơn vị khỏi danh sách.")
            } else if verification?.outcome == .fails {
                problems.append(.verificationFailed)
                diagnostics.error(.roundRecognizedUnverified, at: location,
                                  "\(unit.name) được công nhận nhưng kết quả thẩm tra là \"Không đạt\" (\(verification!.record.location)).")
            }
            guard let decided = recognition.date else {
                problems.append(.undated)
                statuses[unit.key] = RecognitionStatus(decision: recognition.decision, date: nil, problems: problems)
                continue
            }
            if let verified = verification?.record.date, decided < verified {
                problems.append(.beforeVerification(verified: verified))
                diagnostics.error(.roundRecognitionTooEarly, at: location,
                                  "\(unit.name): quyết định công nhận ngày \(decided.vietnameseShort) trước ngày thẩm tra \(verified.vietnameseShort). Kiểm tra lại ngày quyết định hoặc ngày thẩm tra.")
            }
            if let deadline = round.deadline(for: .appraisalResult) {
                if decided <= deadline.reading.lastDaySurelyOnTime(deadline.date) {
                    let lastDay = deadline.reading.lastDayPossiblyOnTime(deadline.date)
                    problems.append(.beforeResultsDeadline(lastDay: lastDay))
                    diagnostics.error(.roundRecognitionTooEarly, at: location,
                                      "\(unit.name): quyết định công nhận ngày \(decided.vietnameseShort), khi hạn gửi kết quả thẩm định (\(deadline.wording ?? deadline.date.vietnameseShort), \(deadline.document)) chưa hết: kết quả của các đơn vị khác còn có thể gửi đến. Kiểm tra lại ngày quyết định.")
                } else if decided <= deadline.reading.lastDayPossiblyOnTime(deadline.date) {
                    problems.append(.onUndeterminedDeadlineDay(deadline: deadline.date))
                    diagnostics.warning(.roundDeadlineDayUnclear, at: location,
                                        "\(unit.name): quyết định công nhận đúng ngày hạn gửi kết quả \(deadline.date.vietnameseShort), nhưng đợt chưa ghi ngày hạn có được tính không (\(deadline.location)).")
                }
            }
            statuses[unit.key] = RecognitionStatus(decision: recognition.decision, date: decided, problems: problems)
        }
        return statuses
    }
}
