/// An entry rule on a range of cells, checked by Excel and LibreOffice as the person types:
/// points within the content's scale, or one of a few words. CongKhai checks the same again
/// when it reads the filled workbook, since a pasted value escapes the rule.
public struct CellValidation: Sendable, Equatable {
    public enum Rule: Sendable, Equatable {
        /// A number from `minimum` to `maximum`, both included.
        case decimal(minimum: Double, maximum: Double)
        /// One of these words (each without commas).
        case list([String])
    }

    /// Cells as Excel writes them: "D12" or "D12:F12", several separated by spaces.
    public var cells: String
    public var rule: Rule
    /// Shown when a value breaks the rule.
    public var errorTitle: String
    public var errorMessage: String

    public init(cells: String, rule: Rule, errorTitle: String, errorMessage: String) {
        self.cells = cells
        self.rule = rule
        self.errorTitle = errorTitle
        self.errorMessage = errorMessage
    }
}
