import CongKhaiCore

/// A number in a scoring file (points, totals, thresholds): finite and within
/// `InputLimits.scoreMagnitude`, or nothing. "1099999999999999999999" once reached an `Int`
/// conversion while formatting and stopped the whole build (found by fuzzing).
enum ScoreNumber {
    static func parse(_ text: String) -> Double? {
        guard let value = Double(text), value.isFinite, value.magnitude <= InputLimits.scoreMagnitude else { return nil }
        return value
    }
}
