import CongKhaiCore

/// An act of the round as its record shows it: the document ("Tờ trình số 12/TTr-UBND",
/// "Báo cáo số 45/BC-UBND") and its date, either of which a row may leave out.
public struct DatedDocument: Sendable {
    public let document: String?
    public let date: CivilDate?
    /// The date's cell (or the row, when the date is missing): where a diagnostic points.
    public let location: SourceLocation

    public init(document: String?, date: CivilDate?, location: SourceLocation) {
        self.document = document
        self.date = date
        self.location = location
    }
}
