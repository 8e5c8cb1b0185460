/// An act of the round against the deadline of its step, as the round's page shows it.
public struct ActTiming: Sendable {
    public let step: RoundStep
    public let record: DatedDocument
    public let deadline: RoundDeadline?
    /// Nil when the act has no date or its step no deadline: nothing to say, and nothing said.
    public let timeliness: Timeliness?

    public init(step: RoundStep, record: DatedDocument, deadline: RoundDeadline?) {
        self.step = step
        self.record = record
        self.deadline = deadline
        if let deadline, let date = record.date {
            timeliness = deadline.timeliness(of: date)
        } else {
            timeliness = nil
        }
    }

    public var isLate: Bool { if case .late = timeliness { true } else { false } }
}
