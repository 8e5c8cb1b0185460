/// One sheet's part (`xl/worksheets/sheetN.xml`), its elements in the order the format
/// requires (Excel refuses a sheet whose elements are out of order).
struct SheetXMLWriter {
    let sheet: WorksheetDocument

    func xml(styles: inout StyleTable, strings: inout SharedStringTable) throws(WorkbookWriterError) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        xml += "<worksheet xmlns=\"\(WorkbookNamespaces.main)\" xmlns:r=\"\(WorkbookNamespaces.relationships)\">"
        if sheet.print.fitToWidth { xml += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>" }
        if sheet.lastRow > 0 {
            xml += "<dimension ref=\"A1:\(CellReference(column: max(sheet.lastColumn, 0), row: sheet.lastRow))\"/>"
        }
        xml += sheetView()
        xml += "<sheetFormatPr defaultRowHeight=\"15.75\"/>"
        if !sheet.columnWidths.isEmpty {
            xml += "<cols>"
            for (column, width) in sheet.columnWidths.sorted(by: { $0.key < $1.key }) {
                xml += "<col min=\"\(column + 1)\" max=\"\(column + 1)\" width=\"\(XMLText.number(width) ?? "10")\" customWidth=\"1\"/>"
            }
            xml += "</cols>"
        }
        xml += try sheetData(styles: &styles, strings: &strings)
        if let protection = sheet.protection {
            let resizing = protection.allowsResizing ? " formatColumns=\"0\" formatRows=\"0\"" : ""
            xml += "<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\"\(resizing)/>"
        }
        if !sheet.merges.isEmpty {
            xml += "<mergeCells count=\"\(sheet.merges.count)\">"
            for range in sheet.merges { xml += "<mergeCell ref=\"\(XMLText.escaped(range, inAttribute: true))\"/>" }
            xml += "</mergeCells>"
        }
        xml += try validations()
        xml += "<pageMargins left=\"0.4\" right=\"0.4\" top=\"0.5\" bottom=\"0.5\" header=\"0.3\" footer=\"0.3\"/>"
        var setup = "<pageSetup paperSize=\"9\""
        if sheet.print.landscape { setup += " orientation=\"landscape\"" }
        if sheet.print.fitToWidth { setup += " fitToWidth=\"1\" fitToHeight=\"0\"" }
        xml += setup + "/></worksheet>"
        return xml
    }

    private func sheetView() -> String {
        guard let frozen = sheet.frozenRowsAbove, frozen > 0 else {
            return "<sheetViews><sheetView workbookViewId=\"0\"/></sheetViews>"
        }
        let first = "A\(frozen + 1)"
        return "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"\(frozen)\" topLeftCell=\"\(first)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            + "<selection pane=\"bottomLeft\" activeCell=\"\(first)\" sqref=\"\(first)\"/></sheetView></sheetViews>"
    }

    private func sheetData(styles: inout StyleTable, strings: inout SharedStringTable) throws(WorkbookWriterError) -> String {
        var xml = "<sheetData>"
        for row in sheet.rows.keys.sorted() {
            if let height = sheet.rowHeights[row], let points = XMLText.number(height) {
                xml += "<row r=\"\(row)\" ht=\"\(points)\" customHeight=\"1\">"
            } else {
                xml += "<row r=\"\(row)\">"
            }
            for (column, cell) in sheet.rows[row]!.sorted(by: { $0.key < $1.key }) {
                let reference = CellReference(column: column, row: row).description
                let style = styles.index(of: cell.style)
                switch cell.value {
                case .empty:
                    xml += "<c r=\"\(reference)\" s=\"\(style)\"/>"
                case .number(let value):
                    guard let number = XMLText.number(value) else { throw .notANumber(sheet: sheet.name, cell: reference) }
                    xml += "<c r=\"\(reference)\" s=\"\(style)\"><v>\(number)</v></c>"
                case .formula(let formula, let cached):
                    guard let number = XMLText.number(cached) else { throw .notANumber(sheet: sheet.name, cell: reference) }
                    xml += "<c r=\"\(reference)\" s=\"\(style)\"><f>\(XMLText.escaped(formula))</f><v>\(number)</v></c>"
                case .text(let raw):
                    let text = XMLText.normalizingLineBreaks(raw)
                    if let scalar = XMLText.firstUnwritableScalar(text) {
                        throw .unwritableCharacter(sheet: sheet.name, cell: reference, scalar: scalar)
                    }
                    // Excel's limit is counted in UTF-16 code units.
                    guard text.utf16.count <= 32_767 else {
                        throw .textTooLong(sheet: sheet.name, cell: reference, length: text.utf16.count)
                    }
                    xml += "<c r=\"\(reference)\" s=\"\(style)\" t=\"s\"><v>\(strings.index(of: text))</v></c>"
                }
            }
            xml += "</row>"
        }
        return xml + "</sheetData>"
    }

    private func validations() throws(WorkbookWriterError) -> String {
        guard !sheet.validations.isEmpty else { return "" }
        var xml = "<dataValidations count=\"\(sheet.validations.count)\">"
        for validation in sheet.validations {
            // Excel's limits on the messages it shows; longer ones make it call the file damaged.
            guard validation.errorTitle.count <= 32, validation.errorMessage.count <= 255 else {
                throw .invalidValidation(sheet: sheet.name, cells: validation.cells, reason: "tiêu đề tối đa 32 ký tự, lời báo tối đa 255 ký tự")
            }
            let messages = "allowBlank=\"1\" showErrorMessage=\"1\" errorTitle=\"\(XMLText.escaped(validation.errorTitle, inAttribute: true))\" error=\"\(XMLText.escaped(validation.errorMessage, inAttribute: true))\" sqref=\"\(XMLText.escaped(validation.cells, inAttribute: true))\""
            switch validation.rule {
            case .decimal(let minimum, let maximum):
                guard let low = XMLText.number(minimum), let high = XMLText.number(maximum), minimum <= maximum else {
                    throw .invalidValidation(sheet: sheet.name, cells: validation.cells, reason: "khoảng số không hợp lệ")
                }
                xml += "<dataValidation type=\"decimal\" operator=\"between\" \(messages)><formula1>\(low)</formula1><formula2>\(high)</formula2></dataValidation>"
            case .list(let words):
                let joined = words.joined(separator: ",")
                // The list is a formula string of at most 255 characters, commas separating words.
                guard !words.isEmpty, !words.contains(where: { $0.contains(",") || $0.contains("\"") }), joined.count <= 255 else {
                    throw .invalidValidation(sheet: sheet.name, cells: validation.cells, reason: "danh sách từ không hợp lệ")
                }
                xml += "<dataValidation type=\"list\" \(messages)><formula1>\"\(XMLText.escaped(joined))\"</formula1></dataValidation>"
            }
        }
        return xml + "</dataValidations>"
    }
}
