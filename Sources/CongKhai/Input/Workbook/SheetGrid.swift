/// A sheet's cells by row and column, with the merged ranges that header reading needs.
struct SheetGrid {
    let maxRow: Int
    let maxColumn: Int
    let uses1904: Bool
    private let valueAt: [CellReference: CellValue]
    private let merges: [MergedRange]

    init(_ sheet: Worksheet, uses1904: Bool) {
        var values: [CellReference: CellValue] = [:]
        var maxRow = 0, maxColumn = 0
        for cell in sheet.cells {
            if case .text(let text) = cell.value, text.trimmingWhitespace().isEmpty { continue }
            values[cell.reference] = cell.value
            maxRow = max(maxRow, cell.reference.row)
            maxColumn = max(maxColumn, cell.reference.column)
        }
        self.valueAt = values
        self.maxRow = maxRow
        self.maxColumn = maxColumn
        self.uses1904 = uses1904
        self.merges = sheet.merges
    }

    var isEmpty: Bool { valueAt.isEmpty }

    func value(row: Int, column: Int) -> CellValue? { valueAt[CellReference(column: column, row: row)] }

    func rawText(row: Int, column: Int) -> String {
        value(row: row, column: column).map { CellText.text($0, uses1904: uses1904).trimmingWhitespace() } ?? ""
    }

    /// The text shown in a header cell: a merged cell shows its top-left cell's value everywhere.
    func headerText(row: Int, column: Int) -> String {
        if let range = merge(containing: row, column) { return rawText(row: range.first.row, column: range.first.column) }
        return rawText(row: row, column: column)
    }

    /// The value a data cell carries: cells merged down one column ("Lĩnh vực" written once
    /// for a group of rows) repeat the top cell's value; wider merges keep it in their first cell.
    func dataValue(row: Int, column: Int) -> (value: CellValue, at: CellReference)? {
        if let range = merge(containing: row, column), range.first.column == range.last.column,
           let top = value(row: range.first.row, column: column) {
            return (top, range.first)
        }
        return value(row: row, column: column).map { ($0, CellReference(column: column, row: row)) }
    }

    func filledCount(row: Int) -> Int { (0...maxColumn).count { !rawText(row: row, column: $0).isEmpty } }

    /// True when a merge starting on this row spans columns or reaches the next row: the sign of
    /// a two-row header.
    func hasMergeLinking(parentRow row: Int) -> Bool {
        merges.contains { $0.first.row == row && ($0.last.row > row || $0.last.column > $0.first.column) }
    }

    func isMergedDown(row: Int, column: Int) -> Bool {
        merges.contains { $0.first.row == row && $0.last.row > row && $0.contains(column: column, row: row) }
    }

    private func merge(containing row: Int, _ column: Int) -> MergedRange? {
        merges.first { $0.contains(column: column, row: row) }
    }
}
