import CongKhaiInput

/// The blank score sheet a province hands out (`congkhai score-sheet`): seed 003's table for one
/// unit and year, with a column per assessment level, the figures each content asks for, the
/// evidence notes and the sums, ready for the commune, the appraising body and the province to
/// fill in, and for CongKhai to read back (`ScoreSheetTableReader`).
///
/// Cells to fill are white and unlocked; codes, texts, scales, sums and the figures a content
/// does not use are grey and locked. The sheet is protected without a password: a slip of the
/// hand cannot change a code the reader relies on, and anyone who must can lift it (Review →
/// Unprotect Sheet). Sums are formulas with their values (0 on a blank sheet), which Excel,
/// LibreOffice and CongKhai all show.
enum ScoreSheetWorkbook {
    typealias Layout = ScoreSheetWorkbookLayout

    /// Colours: the header grey of seed-like tables, a lighter grey for locked cells.
    static let headerFill = "D9D9D9", lockedFill = "F2F2F2", criterionFill = "E7EEF7"

    static func document(for set: CriteriaSet, unit: String, year: Int) -> WorkbookDocument {
        var sheet = WorksheetDocument(name: Layout.sheetName)
        let specs = Layout.specs(levels: set.levels)
        let column = Dictionary(uniqueKeysWithValues: specs.enumerated().map { ($1.key, $0) })
        let lastColumn = specs.count - 1
        let lastName = CellReference.columnName(lastColumn)
        let levelColumns = set.levels.map { column[$0.key]! }
        let figureKeys = Layout.fixedTrailing.map(\.key)

        // Styles.
        let border = CellStyle(wrapsText: true, bordered: true)
        var locked = border
        locked.fill = lockedFill
        var open = border
        open.locked = false
        var openNumber = open
        openNumber.horizontal = .center
        var header = locked
        header.bold = true
        header.fill = headerFill
        header.horizontal = .center
        header.vertical = .center
        var criterion = locked
        criterion.bold = true
        criterion.fill = criterionFill
        var criterionNumber = criterion
        criterionNumber.horizontal = .center
        var lockedNumber = locked
        lockedNumber.horizontal = .center

        // Title and the label-value rows.
        var row = 1
        func titleRow(_ text: String, bold: Bool, italic: Bool) {
            sheet[row, 0] = WrittenCell(.text(text), style: CellStyle(bold: bold, italic: italic, wrapsText: true, horizontal: .center))
            sheet.merges.append("A\(row):\(lastName)\(row)")
            row += 1
        }
        titleRow(Layout.title, bold: true, italic: false)
        titleRow(set.name, bold: true, italic: false)
        if let decision = set.decision { titleRow("(\(decision))", bold: false, italic: true) }
        row += 1
        func field(_ field: Layout.Field, _ value: WrittenCell.Value, editable: Bool) {
            sheet[row, 0] = WrittenCell(.text(field.rawValue), style: CellStyle(bold: true, bordered: true))
            var style = editable ? open : locked
            style.horizontal = .left
            sheet[row, 1] = WrittenCell(value, style: style)
            row += 1
        }
        field(.unit, .text(unit), editable: false)
        field(.year, .number(Double(year)), editable: false)
        field(.criteriaSet, .text(set.id), editable: false)
        field(.document, .empty, editable: true)
        sheet[row, 1] = WrittenCell(.text(instructions(set)), style: CellStyle(italic: true, wrapsText: true))
        sheet.merges.append("B\(row):\(lastName)\(row)")
        row += 2

        // Header.
        let headerRow = row
        for (index, spec) in specs.enumerated() { sheet[row, index] = WrittenCell(.text(spec.label), style: header) }
        row += 1

        // A row's cells in the figure columns: open where the rule uses them, grey elsewhere.
        func figures(open used: Set<String>) {
            for key in figureKeys {
                let isOpen = used.contains(key) || key == Layout.source || key == Layout.note
                let numeric = key == Layout.numerator || key == Layout.denominator || key == Layout.value
                sheet[row, column[key]!] = WrittenCell(.empty, style: isOpen ? (numeric ? openNumber : open) : locked)
            }
        }
        func lockedFigures(style: CellStyle) {
            for key in figureKeys { sheet[row, column[key]!] = WrittenCell(.empty, style: style) }
        }

        var criterionRows: [Int] = []
        for criterionItem in set.criteria {
            let criterionRow = row
            criterionRows.append(criterionRow)
            sheet[row, column[Layout.code]!] = WrittenCell(.text("\(Layout.criterionPrefix) \(criterionItem.number)"), style: criterion)
            sheet[row, column[Layout.text]!] = WrittenCell(.text(criterionItem.title), style: criterion)
            sheet[row, column[Layout.max]!] = WrittenCell(.number(criterionItem.max), style: criterionNumber)
            lockedFigures(style: criterion)
            row += 1
            if let note = criterionItem.note {
                var noteStyle = locked
                noteStyle.italic = true
                sheet[row, column[Layout.code]!] = WrittenCell(.empty, style: locked)
                sheet[row, column[Layout.text]!] = WrittenCell(.text(note), style: noteStyle)
                sheet[row, column[Layout.max]!] = WrittenCell(.empty, style: locked)
                for level in levelColumns { sheet[row, level] = WrittenCell(.empty, style: locked) }
                lockedFigures(style: locked)
                row += 1
            }
            let firstContentRow = row
            for content in criterionItem.contents {
                sheet[row, column[Layout.code]!] = WrittenCell(.text(content.id), style: lockedNumber)
                sheet[row, column[Layout.text]!] = WrittenCell(.text(content.text.isEmpty ? content.label : content.text), style: locked)
                sheet[row, column[Layout.max]!] = WrittenCell(.number(content.max), style: lockedNumber)
                for level in levelColumns { sheet[row, level] = WrittenCell(.empty, style: openNumber) }
                let first = CellReference.columnName(levelColumns.first!), last = CellReference.columnName(levelColumns.last!)
                sheet.validations.append(CellValidation(
                    cells: "\(first)\(row):\(last)\(row)", rule: .decimal(minimum: 0, maximum: content.max),
                    errorTitle: "Điểm ngoài thang điểm",
                    errorMessage: "Nội dung \(content.id) chấm từ 0 đến \(ScoreFormat.points(content.max)) điểm."))
                let used = Layout.figureColumns(for: content.rule)
                figures(open: used)
                if used.contains(Layout.arose) {
                    sheet.validations.append(CellValidation(
                        cells: "\(CellReference.columnName(column[Layout.arose]!))\(row)", rule: .list(Layout.aroseWords),
                        errorTitle: "Có phát sinh?", errorMessage: "Chọn Có hoặc Không."))
                }
                row += 1
                if case .checklist(let items) = content.rule {
                    var itemStyle = locked
                    itemStyle.italic = true
                    let firstItemRow = row
                    for item in items {
                        sheet[row, column[Layout.code]!] = WrittenCell(.empty, style: locked)
                        sheet[row, column[Layout.text]!] = WrittenCell(.text(item.text), style: itemStyle)
                        sheet[row, column[Layout.max]!] = WrittenCell(.number(item.points), style: lockedNumber)
                        for level in levelColumns { sheet[row, level] = WrittenCell(.empty, style: locked) }
                        lockedFigures(style: locked)
                        sheet[row, column[Layout.itemMet]!] = WrittenCell(.empty, style: openNumber)
                        row += 1
                    }
                    sheet.validations.append(CellValidation(
                        cells: "\(CellReference.columnName(column[Layout.itemMet]!))\(firstItemRow):\(CellReference.columnName(column[Layout.itemMet]!))\(row - 1)",
                        rule: .list(Layout.itemWords), errorTitle: "Mục đạt?", errorMessage: "Chọn Đạt hoặc Không đạt."))
                }
            }
            for level in levelColumns {
                let name = CellReference.columnName(level)
                let formula = row > firstContentRow ? "SUM(\(name)\(firstContentRow):\(name)\(row - 1))" : "0"
                sheet[criterionRow, level] = WrittenCell(.formula(formula, cached: 0), style: criterionNumber)
            }
        }

        // Total.
        var total = criterion
        total.fill = headerFill
        var totalNumber = total
        totalNumber.horizontal = .center
        sheet[row, column[Layout.code]!] = WrittenCell(.empty, style: total)
        sheet[row, column[Layout.text]!] = WrittenCell(.text(Layout.totalLabel), style: total)
        sheet[row, column[Layout.max]!] = WrittenCell(.number(set.max), style: totalNumber)
        for level in levelColumns {
            let name = CellReference.columnName(level)
            let formula = criterionRows.isEmpty ? "0" : "SUM(\(criterionRows.map { "\(name)\($0)" }.joined(separator: ",")))"
            sheet[row, level] = WrittenCell(.formula(formula, cached: 0), style: totalNumber)
        }
        lockedFigures(style: total)

        for (index, spec) in specs.enumerated() {
            sheet.columnWidths[index] = switch spec.key {
            case Layout.code: 11
            case Layout.text: 55
            case Layout.max: 9
            case Layout.source: 18
            case Layout.note: 30
            case Layout.arose, Layout.itemMet: 11
            default: 10
            }
        }
        sheet.fitRowHeightsToWrappedText()
        sheet.protection = SheetProtection()
        sheet.print = PrintSetup(landscape: true, fitToWidth: true, repeatedRows: headerRow...headerRow)
        return WorkbookDocument(sheets: [sheet])
    }

    /// What to fill in, printed above the table.
    static func instructions(_ set: CriteriaSet) -> String {
        let levels = set.levels.map(\.columnHeading).joined(separator: ", ")
        return "Chỉ điền vào ô nền trắng: điểm ở cột của cấp mình (\(levels)); số liệu b và a của nội dung tính tỷ lệ; "
            + "chỉ số của nội dung tính theo chỉ số; Có hoặc Không ở cột Có phát sinh; Đạt hoặc Không đạt cho từng mục; "
            + "nguồn số liệu và tài liệu kiểm chứng; số, ngày của văn bản kèm theo ở dòng Văn bản. "
            + "Tổng của tiêu chí và tổng điểm tự cộng. Không sửa mã, nội dung và thang điểm."
    }
}
