import CongKhaiCore

/// Turns a sheet into the same `DataTable` the CSV reader makes: header names, then one row
/// of text per spreadsheet row below the header, numbered as Excel numbers them.
///
/// Row-number columns (STT, TT) are dropped, and so are columns with neither a header nor a
/// value; blank rows are skipped as the CSV reader skips blank lines. Error cells (#N/A…) and
/// procedure codes stored as numbers are reported here, where the cell is known.
struct SheetTableBuilder {
    let file: String
    let diagnostics: Diagnostics
    /// Every table's column names: to find the header, and the columns holding codes.
    var vocabulary = ColumnVocabulary.general
    /// Headers whose cells are left unread (see `WorkbookTableReader.read`).
    var skippingColumn: (String) -> Bool = { _ in false }

    func table(from sheet: Worksheet, uses1904: Bool) -> DataTable? {
        let grid = SheetGrid(sheet, uses1904: uses1904)
        guard !grid.isEmpty, let header = HeaderRows.find(in: grid, known: vocabulary.known) else {
            diagnostics.error(.workbookHeaderNotFound, at: SourceLocation(file: file, line: 1, cell: "\(sheet.name)!1:1"),
                              "Trang tính \"\(sheet.name)\" không có hàng tiêu đề (trang trống). Chọn đúng trang tính bằng tùy chọn sheet, hoặc thêm hàng tiêu đề.")
            return nil
        }
        // Rows with no value of their own are blank (a merged-down value alone does not make a row).
        let dataRows = grid.rows.filter { $0 > header.last }
        let kept = zip(grid.columns, header.names).filter { column, name in
            if ColumnVocabulary.rowNumber.contains(HeaderName.key(name)) { return false }
            if !name.isEmpty { return true }
            return dataRows.contains { !grid.rawText(row: $0, column: column).isEmpty }
        }
        let columns = kept.map(\.0)
        let place = WorkbookPlace(sheet: sheet.name, headerRow: header.last, sheetColumns: columns)
        let headers = kept.map(\.1)
        let isCodeColumn = headers.map { vocabulary.codeColumns.contains(HeaderName.key($0)) }
        let isSkipped = headers.map(skippingColumn)

        var rows: [DataTable.Row] = []
        for row in dataRows {
            var cells: [String] = []
            var formulaColumns = Set<Int>()
            cells.reserveCapacity(columns.count)
            for (index, column) in columns.enumerated() {
                guard !isSkipped[index], let (value, at) = grid.dataValue(row: row, column: column) else {
                    cells.append("")
                    continue
                }
                if grid.isFormula(row: at.row, column: at.column) { formulaColumns.insert(index) }
                // The location is made only when a diagnostic needs it: most cells need none.
                cells.append(text(value, isCode: isCodeColumn[index], uses1904: uses1904) {
                    place.location(file: file, row: row, column: index, field: headers[index])
                })
            }
            if cells.allSatisfy(\.isEmpty) { continue }
            rows.append(DataTable.Row(line: row, cells: cells, formulaColumns: formulaColumns))
        }
        var table = DataTable(file: file, origin: .workbook(place), headers: headers, rows: rows)
        table.rowsAboveHeader = grid.rows.filter { $0 < header.first }.compactMap { row in
            let cells = columns.map { grid.rawText(row: row, column: $0) }
            return cells.allSatisfy(\.isEmpty) ? nil : DataTable.Row(line: row, cells: cells)
        }
        return table
    }

    private func text(_ value: CellValue, isCode: Bool, uses1904: Bool, at location: () -> SourceLocation) -> String {
        switch value {
        case .error(let code):
            diagnostics.error(.workbookErrorCell, at: location(),
                              "Ô có lỗi công thức \(code) nên không có giá trị. Sửa công thức trong Excel hoặc gõ giá trị thẳng vào ô.")
            return ""
        case .number(let number) where isCode:
            switch ProcedureCodeRestoration.restore(number) {
            case .restored(let code):
                diagnostics.warning(.procedureCodeRestored, at: location(),
                                    "Mã TTHC được Excel lưu thành số \(CellText.number(number)); CongKhai đọc là \(code). Định dạng cột này là Văn bản (Text) rồi gõ lại mã để Excel giữ đủ sáu chữ số.")
                return code
            case .impossible:
                diagnostics.error(.procedureCodeNumberInvalid, at: location(),
                                  "Mã TTHC được Excel lưu thành số \(CellText.number(number)), không khôi phục được thành mã dạng 1.001234. Định dạng cột là Văn bản (Text) rồi gõ lại mã đúng.")
                return CellText.number(number)
            }
        default:
            return CellText.text(value, uses1904: uses1904).trimmingWhitespace()
        }
    }
}
