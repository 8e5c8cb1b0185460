import CongKhaiCore

/// Where a table read from a workbook sits, so that diagnostics name the sheet and the cell
/// as Excel shows them: `data/thu-tuc.xlsx [Danh mục!C12] [Tên thủ tục]`.
public struct WorkbookPlace: Sendable, Equatable {
    public let sheet: String
    /// The (last) header row, which table-level diagnostics point at.
    public let headerRow: Int
    /// The sheet column of each table column: dropped STT and empty columns leave gaps.
    public let sheetColumns: [Int]

    func cellName(row: Int, column: Int?) -> String {
        guard let column, column < sheetColumns.count else { return "\(sheet)!\(row):\(row)" }
        return "\(sheet)!\(CellReference.columnName(sheetColumns[column]))\(row)"
    }

    func location(file: String, row: Int?, column: Int?, field: String?) -> SourceLocation {
        let line = row ?? headerRow
        return SourceLocation(file: file, line: line, column: column.map { $0 + 1 }, field: field,
                              cell: cellName(row: line, column: column))
    }
}
