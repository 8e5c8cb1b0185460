/// The unit a time limit is counted in. "3 ngày" alone does not say it: the hộ tịch limits
/// the national database prints as "3 ngày" are 3 working days in the law and in the
/// database's own data (`processingDay` of type `WORKING_DAY`), while other texts count
/// calendar days. So the unit is read from where a source states it, never assumed.
public enum TimeLimitUnit: String, Sendable, Equatable {
    case workingDays
    case calendarDays

    /// Where the unit of a procedure's limit was stated.
    public enum Source: Sendable, Equatable {
        /// The limit's own text ("3 ngày làm việc").
        case text
        /// The qualifier of the catalog's column header ("Thời hạn giải quyết (ngày làm việc)").
        case header
        /// A column or front-matter field of its own ("Đơn vị thời hạn": `WORKING_DAY`, as the
        /// national database's data gives it).
        case unitField
    }

    /// "ngày làm việc" or "ngày", as a page writes it after a number.
    public var label: String {
        switch self {
        case .workingDays: "ngày làm việc"
        case .calendarDays: "ngày"
        }
    }

    /// The unit a text states, from its folded words: "ngày làm việc", the national
    /// database's `WORKING_DAY`, or calendar days said as such ("ngày dương lịch", "ngày
    /// liên tục"). "ngày" alone states nothing, and neither does a text naming both.
    public init?(stated text: String) {
        let words = " " + VietnameseFolding.key(text, separator: " ") + " "
        let working = Self.workingMarks.contains { words.contains($0) }
        let calendar = Self.calendarMarks.contains { words.contains($0) }
        switch (working, calendar) {
        case (true, false): self = .workingDays
        case (false, true): self = .calendarDays
        default: return nil
        }
    }

    /// The unit a column header's parenthesised qualifier states, "Thời hạn giải quyết (ngày
    /// làm việc)"; nil when the header has no qualifier or it names no unit.
    public init?(headerQualifier header: String) {
        guard let open = header.lastIndex(of: "("), let close = header.lastIndex(of: ")"), open < close else { return nil }
        self.init(stated: String(header[header.index(after: open)..<close]))
    }

    /// Folded phrases, padded with spaces so that they match whole words.
    private static let workingMarks = [" ngay lam viec ", " working day ", " working days ", " workingday "]
    private static let calendarMarks = [" ngay duong lich ", " ngay lich ", " ngay lien tuc ", " calendar day ", " calendar days "]
}
