import CongKhaiCore

/// A deadline of the round, with the document that set it (seed 000: Công văn 329/VP-TTHC of
/// 07/02/2025 asks for appraisal results "trước ngày 31/3/2025").
public struct RoundDeadline: Sendable {
    public let step: RoundStep
    public let date: CivilDate
    public let reading: DeadlineReading
    /// The document that set the deadline: "Công văn số 329/VP-TTHC ngày 07/02/2025 của Văn
    /// phòng UBND tỉnh". Required: a deadline without its source is not published.
    public let document: String
    /// The deadline as the document words it ("trước ngày 31/3/2025"), printed as written.
    public let wording: String?
    public let note: String?
    public let location: SourceLocation

    public init(step: RoundStep, date: CivilDate, reading: DeadlineReading, document: String, wording: String?,
                note: String?, location: SourceLocation) {
        self.step = step
        self.date = date
        self.reading = reading
        self.document = document
        self.wording = wording
        self.note = note
        self.location = location
    }

    public func timeliness(of date: CivilDate) -> Timeliness { reading.timeliness(of: date, deadline: self.date) }
}
