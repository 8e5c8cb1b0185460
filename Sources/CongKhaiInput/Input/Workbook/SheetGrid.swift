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
    /// The rows a header can be in: from the first row holding anything, as deep as the search
    /// goes and a header may reach below it.
    let headerRows: ClosedRange<Int>
    /// For each cell of the header rows, in a column holding a value, the merge covering it.
    /// Looking a cell's merge up through every merge (header rows × columns × merges) cost 74 s
    /// of CPU on a 1.6 MB workbook of wide merged header rows, on every build; each merge is
    /// looked at once here instead, and `mergeProbes` counts it so a test can hold that.
    private let headerMergeAt: [CellReference: MergedRange]
    /// The header rows' merges by the row they start on.
    private let headerMergesStarting: [Int: [MergedRange]]
    /// Cells whose value a formula gave.
    private let formulas: Set<CellReference>
    /// For each cell inside a merge one column wide, the merge's top cell.
    private let mergedDownTop: [CellReference: CellReference]
    /// Bounds the cells `mergedDownTop` and `headerMergeAt` cover, so a sheet of huge merges
    /// cannot exhaust memory.
    static let mergedCellLimit = 1_000_000
    /// Merge ranges looked at by the header lookups (see `headerMergeAt`).
    let mergeProbes = ProbeCount()

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
        let firstRow = rows.first ?? 1
        headerRows = firstRow...(firstRow + HeaderRows.searchDepth + HeaderRows.maxRows)
        var mergeAt: [CellReference: MergedRange] = [:]
        var starting: [Int: [MergedRange]] = [:]
        var indexed = 0
        let probes = mergeProbes
        for range in sheet.merges where range.first.row <= headerRows.upperBound && range.last.row >= headerRows.lowerBound - 1 {
            probes.count += 1
            starting[range.first.row, default: []].append(range)
            // The columns holding values inside the merge, found by bisection in the sorted list.
            var lower = 0, upper = columns.count
            while lower < upper {
                let middle = (lower + upper) / 2
                if columns[middle] < range.first.column { lower = middle + 1 } else { upper = middle }
            }
            let top = max(range.first.row, headerRows.lowerBound), bottom = min(range.last.row, headerRows.upperBound)
            guard top <= bottom else { continue }
            for row in top...bottom {
                var index = lower
                while index < columns.count && columns[index] <= range.last.column && indexed < Self.mergedCellLimit {
                    let cell = CellReference(column: columns[index], row: row)
                    if mergeAt[cell] == nil { mergeAt[cell] = range }
                    indexed += 1
                    index += 1
                }
            }
        }
        headerMergeAt = mergeAt
        headerMergesStarting = starting
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
        merges(startingOn: row).contains { $0.last.row > row || $0.last.column > $0.first.column }
    }

    /// True when a merge starting on `row` reaches down to `target` (a header cell merged down).
    func reachesDown(from row: Int, to target: Int) -> Bool {
        merges(startingOn: row).contains { $0.last.row >= target }
    }

    private func merges(startingOn row: Int) -> [MergedRange] {
        let found = headerMergesStarting[row] ?? []
        mergeProbes.count += found.count
        return found
    }

    private func merge(containing row: Int, _ column: Int) -> MergedRange? {
        headerMergeAt[CellReference(column: column, row: row)]
    }
}

/// A count kept by a value that is otherwise immutable (see `SheetGrid.mergeProbes`).
final class ProbeCount: @unchecked Sendable {
    var count = 0
}
