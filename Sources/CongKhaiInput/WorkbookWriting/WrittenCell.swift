/// One cell to write: its value and its look.
public struct WrittenCell: Sendable, Equatable {
    public enum Value: Sendable, Equatable {
        case text(String)
        case number(Double)
        /// A formula (without the leading "=") with the value it gives for the workbook as
        /// written, so that a reader that does not calculate (a CSV export, CongKhai's own
        /// reader, a phone's preview) shows the right figure.
        case formula(String, cached: Double)
        /// Only a style: a bordered, fillable cell.
        case empty
    }

    public var value: Value
    public var style: CellStyle

    public init(_ value: Value, style: CellStyle = CellStyle()) {
        self.value = value
        self.style = style
    }
}
