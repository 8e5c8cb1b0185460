/// A cell's value as the workbook stores it, before it becomes table text.
enum CellValue: Equatable, Sendable {
    case text(String)
    case number(Double)
    /// A number whose style shows a date (the serial is kept; the manifest's date system converts it).
    case dateSerial(Double)
    /// ISO 8601 text, from cells of type `d` (written by some tools instead of a serial).
    case isoDate(String)
    case bool(Bool)
    /// "#N/A", "#REF!", "#DIV/0!"…: a formula that failed in Excel.
    case error(String)
}

/// One non-empty cell of a sheet.
struct SheetCell: Equatable, Sendable {
    let reference: CellReference
    let value: CellValue
    /// The value is a formula's, as the spreadsheet last calculated it: a sum, not a figure
    /// somebody typed (a score sheet's totals are read differently for that).
    var isFormula = false
}

/// A rectangle of merged cells; its value sits in the top-left cell.
struct MergedRange: Equatable, Sendable {
    let first: CellReference
    let last: CellReference

    init?(_ text: String) {
        let ends = text.split(separator: ":")
        guard ends.count == 2, let first = CellReference(String(ends[0])), let last = CellReference(String(ends[1])),
              first.column <= last.column, first.row <= last.row else { return nil }
        self.first = first
        self.last = last
    }

    func contains(column: Int, row: Int) -> Bool {
        (first.column...last.column).contains(column) && (first.row...last.row).contains(row)
    }
}
