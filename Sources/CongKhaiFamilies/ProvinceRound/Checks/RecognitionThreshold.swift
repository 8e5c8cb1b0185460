import CongKhaiInput

/// A recognized unit's verified total against its criteria set's `recognition_total`. No
/// diagnostic here: the recognition list's own check already reports a unit below the threshold
/// (CK191) for commune and province sites alike; the round keeps the typed status for its page.
enum RecognitionThreshold {
    static func status(_ result: ScoreEvaluator.Result) -> ThresholdStatus {
        let set = result.criteriaSet
        guard let threshold = set.recognitionTotal else { return .notSet(criteriaSet: set.name) }
        guard let level = set.recognitionLevel ?? set.levels.last?.key, let total = result.totals[level] else {
            return .noVerifiedTotal(threshold: threshold)
        }
        return total >= threshold ? .met(total: total, threshold: threshold) : .below(total: total, threshold: threshold)
    }
}
