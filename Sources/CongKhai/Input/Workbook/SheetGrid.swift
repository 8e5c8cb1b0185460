/// A sheet's cells by row and column, with the merged ranges that header reading needs.
struct SheetGrid {
    let maxRow: Int
    /// The columns that hold at least one value, in order. Walking these rather than every
    /// column up to the last keeps a stray value in column XFD from costing 16,384 lookups a row.
    let columns: [Int]
    let uses1904: Bool
    /// The rows that hold at least one value, in order.
    let rows: [Int]
    private let valueAt: [CellReference: CellValue]
    /// Cells whose value a formula gave.
    private let formulas: Set<CellReference>
    /// Merges that touch the rows a header can be in; header lookups scan these.
    private let headerMerges: [MergedRange]
    /// For each cell inside a merge one column wide, the merge's top cell.
    private let mergedDownTop: [CellReference: CellReference]
    /// Bounds the cells `mergedDownTop` covers, so a sheet of huge merges cannot exhaust memory.
    static let mergedCellLimit = 1_000_000

    init(_ sheet: Worksheet, uses1904: Bool) {
        var values: [CellReference: CellValue] = [:]
        var formulas = Set<CellReference>()
        var maxRow = 0
        var used = Set<Int>()
        var usedRows = Set<Int>()
        for cell in sheet.cells {
            if case .text(let text) = cell.value, text.trimmingWhitespace().isEmpty { continue }
            values[cell.reference] = cell.value
            if cell.isFormula { formulas.insert(cell.reference) }
            maxRow = max(maxRow, cell.reference.row)
            used.insert(cell.reference.column)
            usedRows.insert(cell.reference.row)
        }
        self.valueAt = values
        self.formulas = formulas
        self.maxRow = maxRow
        self.columns = used.sorted()
        self.rows = usedRows.sorted()
        self.uses1904 = uses1904
        headerMerges = sheet.merges.filter { $0.first.row <= HeaderRows.searchDepth + 1 }
        var tops: [CellReference: CellReference] = [:]
        var covered = 0
        for range in sheet.merges where range.first.column == range.last.column && range.last.row > range.first.row {
            covered += range.last.row - range.first.row
            guard covered <= Self.mergedCellLimit else { break }
            for row in (range.first.row + 1)...range.last.row {
                tops[CellReference(column: range.first.column, row: row)] = range.first
            }
        }
        mergedDownTop = tops
    }

    var isEmpty: Bool { valueAt.isEmpty }

    func value(row: Int, column: Int) -> CellValue? { valueAt[CellReference(column: column, row: row)] }

    func isFormula(row: Int, column: Int) -> Bool { formulas.contains(CellReference(column: column, row: row)) }

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
        let reference = CellReference(column: column, row: row)
        if let top = mergedDownTop[reference], let value = valueAt[top] { return (value, top) }
        return valueAt[reference].map { ($0, reference) }
    }

    func filledCount(row: Int) -> Int { columns.count { !rawText(row: row, column: $0).isEmpty } }

    /// True when a merge starting on this row spans columns or reaches the next row: the sign of
    /// a two-row header.
    func hasMergeLinking(parentRow row: Int) -> Bool {
        headerMerges.contains { $0.first.row == row && ($0.last.row > row || $0.last.column > $0.first.column) }
    }

    /// True when a merge starting on `row` reaches down to `target` (a header cell merged down).
    func reachesDown(from row: Int, to target: Int) -> Bool {
        headerMerges.contains { $0.first.row == row && $0.last.row >= target }
    }

    func isMergedDown(row: Int, column: Int) -> Bool {
        headerMerges.contains { $0.first.row == row && $0.last.row > row && $0.contains(column: column, row: row) }
    }

    private func merge(containing row: Int, _ column: Int) -> MergedRange? {
        headerMerges.first { $0.contains(column: column, row: row) }
    }
}
