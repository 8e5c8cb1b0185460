/// Finds the header of a sheet and flattens it to one name per column.
///
/// Exports put title rows above the header ("UBND XÃ …", "DANH MỤC THỦ TỤC HÀNH CHÍNH …"), so
/// the header is the row among the first ones whose cells match the most known column names.
/// A header may take several rows (reporting exports use up to five): merged parents
/// ("Dịch vụ công trực tuyến một phần") over sub-headers ("Số lượng hồ sơ") over the last level
/// ("Từ 15/12/2022 - 14/6/2023"), beside cells merged down through all of them ("Stt", "Địa phương").
struct HeaderRows {
    /// How far down a header is looked for, from the first row holding anything.
    static let searchDepth = 30
    /// The most rows one header may take.
    static let maxRows = 5

    /// The first header row and the last (equal for a one-row header).
    let first: Int
    let last: Int
    /// One name per column of `SheetGrid.columns`.
    let names: [String]

    static func find(in grid: SheetGrid, known: Set<String>) -> HeaderRows? {
        // From the first row holding anything: a table far down its sheet (a long preamble, rows
        // pushed down by an outline) is no emptier than one at the top.
        guard let firstSearched = grid.rows.first else { return nil }
        let lastSearched = min(grid.maxRow, firstSearched + searchDepth - 1)
        var best: (row: Int, score: Int)?
        for row in firstSearched...lastSearched {
            let score = grid.columns.count { known.contains(HeaderName.key(grid.headerText(row: row, column: $0))) }
            if score > (best?.score ?? 0) { best = (row, score) }
        }
        // No known name at all (a template's own table): the first row of two or more cells.
        let row = best?.row ?? (firstSearched...lastSearched).first { grid.filledCount(row: $0) >= 2 }
            ?? (firstSearched...lastSearched).first { grid.filledCount(row: $0) >= 1 }
        guard let row else { return nil }

        var first = row, last = row
        // Upwards: a row of two or more header cells with a merge reaching into the header (a
        // parent over sub-headers). A title row is one merged cell, so it never joins.
        while last - first + 1 < maxRows, first > 1, grid.filledCount(row: first - 1) >= 2,
              grid.hasMergeLinking(parentRow: first - 1) {
            first -= 1
        }
        // Downwards: a row that a header cell is merged down into, or the sub-headers under a
        // parent merged across columns (text where the parent's row is blank).
        while last - first + 1 < maxRows, last < grid.maxRow, continuesHeader(below: last, from: first, grid: grid) {
            last += 1
        }
        if first == last {
            return HeaderRows(first: row, last: row, names: grid.columns.map { grid.headerText(row: row, column: $0) })
        }
        return flatten(rows: first...last, grid: grid, known: known)
    }

    private static func continuesHeader(below last: Int, from first: Int, grid: SheetGrid) -> Bool {
        let next = last + 1
        guard grid.filledCount(row: next) >= 1 || (first...last).contains(where: { grid.reachesDown(from: $0, to: next) }) else { return false }
        if (first...last).contains(where: { grid.reachesDown(from: $0, to: next) }) { return true }
        return grid.hasMergeLinking(parentRow: last)
            && grid.columns.contains { !grid.rawText(row: next, column: $0).isEmpty && grid.rawText(row: last, column: $0).isEmpty }
    }

    /// One name per column: the header texts of the column from the top row down, a cell merged
    /// down counted once. The deepest part when it is a known name; else the deepest known part
    /// not yet taken by a column to its left (the first sub-column of a known parent stands for
    /// it); else every part joined ("Dịch vụ công trực tuyến một phần - Từ 15/12/2022 - 14/6/2023").
    private static func flatten(rows: ClosedRange<Int>, grid: SheetGrid, known: Set<String>) -> HeaderRows {
        var names: [String] = []
        var used = Set<String>()
        for column in grid.columns {
            var parts: [String] = []
            for row in rows {
                let text = grid.headerText(row: row, column: column)
                if !text.isEmpty && text != parts.last { parts.append(text) }
            }
            let name: String
            if let deepest = parts.last, parts.count == 1 || known.contains(HeaderName.key(deepest)) {
                name = deepest
            } else if let part = parts.reversed().first(where: { known.contains(HeaderName.key($0)) && !used.contains($0) }) {
                name = part
            } else {
                name = parts.joined(separator: " - ")
            }
            used.insert(name)
            names.append(name)
        }
        return HeaderRows(first: rows.lowerBound, last: rows.upperBound, names: names)
    }
}
