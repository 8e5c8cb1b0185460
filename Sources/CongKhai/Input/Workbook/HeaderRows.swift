/// Finds the header of a sheet and flattens it to one name per column.
///
/// Exports put title rows above the header ("UBND XÃ …", "DANH MỤC THỦ TỤC HÀNH CHÍNH …"), so
/// the header is the row among the first ones whose cells match the most known column names.
/// A header may take two rows: a merged parent ("Thông tin thủ tục") over sub-headers
/// ("Mã TTHC", "Tên thủ tục"), beside cells merged down through both rows.
struct HeaderRows {
    /// How far down a header is looked for.
    static let searchDepth = 30

    /// The first header row and, for a two-row header, the second.
    let first: Int
    let last: Int
    /// One name per column of `SheetGrid.columns`.
    let names: [String]

    static func find(in grid: SheetGrid, known: Set<String>) -> HeaderRows? {
        let lastSearched = min(grid.maxRow, searchDepth)
        guard lastSearched >= 1 else { return nil }
        var best: (row: Int, score: Int)?
        for row in 1...lastSearched {
            let score = grid.columns.count { known.contains(VietnameseFolding.key(grid.headerText(row: row, column: $0))) }
            if score > (best?.score ?? 0) { best = (row, score) }
        }
        // No known name at all (a template's own table): the first row of two or more cells.
        let row = best?.row ?? (1...lastSearched).first { grid.filledCount(row: $0) >= 2 }
            ?? (1...lastSearched).first { grid.filledCount(row: $0) >= 1 }
        guard let row else { return nil }

        if row > 1, grid.filledCount(row: row - 1) >= 2, grid.hasMergeLinking(parentRow: row - 1) {
            return flatten(parent: row - 1, sub: row, grid: grid, known: known)
        }
        if row < grid.maxRow, grid.hasMergeLinking(parentRow: row), grid.filledCount(row: row + 1) >= 1,
           grid.columns.contains(where: { grid.rawText(row: row + 1, column: $0).isEmpty == false && grid.rawText(row: row, column: $0).isEmpty }) {
            return flatten(parent: row, sub: row + 1, grid: grid, known: known)
        }
        return HeaderRows(first: row, last: row, names: grid.columns.map { grid.headerText(row: row, column: $0) })
    }

    /// One name per column: the sub-header when it is a known name, the parent when the cell
    /// is merged down or the sub-header is blank, else both joined ("Thời hạn giải quyết - Qua bưu chính").
    private static func flatten(parent: Int, sub: Int, grid: SheetGrid, known: Set<String>) -> HeaderRows {
        var names: [String] = []
        var used = Set<String>()
        for column in grid.columns {
            let top = grid.headerText(row: parent, column: column)
            let below = grid.rawText(row: sub, column: column)
            let name: String
            if below.isEmpty || below == top || grid.isMergedDown(row: parent, column: column) {
                name = top
            } else if top.isEmpty || known.contains(VietnameseFolding.key(below)) {
                name = below
            } else if known.contains(VietnameseFolding.key(top)) && !used.contains(top) {
                name = top  // the first sub-column of a known parent stands for it
            } else {
                name = "\(top) - \(below)"
            }
            used.insert(name)
            names.append(name)
        }
        return HeaderRows(first: parent, last: sub, names: names)
    }
}
