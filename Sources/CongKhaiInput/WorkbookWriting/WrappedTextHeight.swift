/// The height a row needs to show its wrapped texts, estimated from their length: spreadsheets
/// keep the height a file gives (or the default of one line) and neither measures text when it
/// opens a file, so without this a form's long texts are cut off on screen and on paper.
///
/// A column of width w (in widths of the digit 0 of the workbook's font, Times New Roman 12: 8
/// pixels at 96 dpi) holds about 1.2·w average Vietnamese characters a line (measured on
/// LibreOffice 7.4's rendering of the score sheet with the metric-compatible Liberation Serif:
/// 73 characters in a column of width 60); 1.1·w is used, and lines of 14 points, so that the
/// estimate errs on the tall side rather than cut a line off.
public enum WrappedTextHeight {
    /// Points per line of 12-point text, and the padding above and below.
    static let lineHeight = 14.0, padding = 3.0

    /// Lines the text takes in a column `width` characters wide: each paragraph at least one.
    public static func lines(_ text: String, width: Double, bold: Bool = false) -> Int {
        let perLine = max(1, Int((width * (bold ? 1.0 : 1.1)).rounded(.down)))
        return text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { total, paragraph in
            total + max(1, (paragraph.count + perLine - 1) / perLine)
        }
    }

    /// Points for a row whose tallest cell takes `lines` lines.
    public static func points(lines: Int) -> Double { Double(max(1, lines)) * lineHeight + padding }
}

extension WorksheetDocument {
    /// Sets the height of every row holding wrapped text that needs more than one line, from
    /// the widths of its columns (a merged cell spans the widths of all its columns). Rows
    /// given a height already keep it.
    public mutating func fitRowHeightsToWrappedText(defaultWidth: Double = 8.43) {
        var mergedWidth: [CellReference: Double] = [:]
        for range in merges {
            let ends = range.split(separator: ":")
            guard ends.count == 2, let first = CellReference(String(ends[0])), let last = CellReference(String(ends[1])) else { continue }
            mergedWidth[first] = (first.column...last.column).reduce(0) { $0 + (columnWidths[$1] ?? defaultWidth) }
        }
        for (row, cells) in rows where rowHeights[row] == nil {
            var lines = 1
            for (column, cell) in cells where cell.style.wrapsText {
                guard case .text(let text) = cell.value else { continue }
                let width = mergedWidth[CellReference(column: column, row: row)] ?? columnWidths[column] ?? defaultWidth
                lines = max(lines, WrappedTextHeight.lines(text, width: width, bold: cell.style.bold))
            }
            if lines > 1 { rowHeights[row] = WrappedTextHeight.points(lines: lines) }
        }
    }
}
