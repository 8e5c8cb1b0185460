import CongKhaiCore

/// Each dated act of the round against the deadline of its step (seed 000: the appraising
/// bodies' results or "no unit qualifies" reports "trước ngày 31/3/2025"). An act after the
/// deadline is warning CK233 at its date; an act on the deadline's own day when the round does not
/// say whether that day counts is warning CK234, which asks for the reading instead of choosing
/// one.
enum RoundDeadlineCheck {
    static func timing(_ record: DatedDocument, step: RoundStep, in round: ProvinceRound,
                       who: String, diagnostics: Diagnostics) -> ActTiming {
        let timing = ActTiming(step: step, record: record, deadline: round.deadline(for: step))
        guard let deadline = timing.deadline, let date = record.date else { return timing }
        let document = record.document.map { " (\($0))" } ?? ""
        switch timing.timeliness {
        case .late(let days):
            let when = days == 0 ? "đúng ngày \(deadline.date.vietnameseShort), mà hạn là \(deadline.wording ?? "trước ngày \(deadline.date.vietnameseShort)")"
                : "ngày \(date.vietnameseShort), \(days) ngày sau hạn \(deadline.date.vietnameseShort)"
            diagnostics.warning(.roundActLate, at: record.location,
                                "\(who): \(step.label.lowercasingFirstLetter)\(document) \(when) (\(deadline.document)). Trang của đợt ghi việc này là sau hạn.")
        case .undetermined:
            diagnostics.warning(.roundDeadlineDayUnclear, at: record.location,
                                "\(who): \(step.label.lowercasingFirstLetter)\(document) đúng ngày hạn \(deadline.date.vietnameseShort)\(deadline.wording.map { " (văn bản ghi \"\($0)\")" } ?? ""), nhưng đợt chưa ghi ngày hạn có được tính không. Ghi \"Tính cả ngày hạn\" ở \(deadline.location): \"Không\" nếu \"trước ngày\" nghĩa là ngày hạn đã muộn, \"Có\" nếu vẫn kịp.")
        case .onTime, .none:
            break
        }
        return timing
    }
}

extension String {
    /// "Nộp hồ sơ" → "nộp hồ sơ", inside a sentence.
    var lowercasingFirstLetter: String { prefix(1).lowercased() + dropFirst() }
}
