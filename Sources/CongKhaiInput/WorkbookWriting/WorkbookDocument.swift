/// A workbook to be written as .xlsx: its sheets in tab order.
///
/// CongKhai writes workbooks for people to fill in (the score sheet the province hands out),
/// so the model holds what such a form needs and nothing more: text, numbers, sums with their
/// values, cell styles, merged titles, column widths, locked cells, entry rules and A4 print
/// setup. Charts, pictures, comments and several fonts are out of scope.
public struct WorkbookDocument: Sendable {
    public var sheets: [WorksheetDocument]

    public init(sheets: [WorksheetDocument]) {
        self.sheets = sheets
    }
}
