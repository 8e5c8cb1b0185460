import CongKhaiCore
import CongKhaiInput
import CongKhaiSite
import Templates

/// Reads a score-sheet workbook (`data/cham-diem/<year>/<unit>.xlsx`, as `congkhai score-sheet`
/// writes it and people fill it in Excel or LibreOffice) into the same `ScoreSheet` a YAML sheet
/// gives, every problem located at its sheet and cell and all of them reported at once.
///
/// The rows above the table name the unit, the year and the criteria set; the table's level
/// columns are the set's levels, found by heading, label or key. A content's row gives its
/// points per level, its figures, source and evidence; a checklist's items follow it; a
/// criterion's row and the total row give sums, which are checked (a criterion's sum) or kept as
/// the sheet's stated totals (the total row), never put in place of the sum of the contents.
struct ScoreSheetTableReader {
    typealias Layout = ScoreSheetWorkbookLayout

    let table: DataTable
    let year: Int
    let slug: String
    let sets: [String: CriteriaSet]
    let diagnostics: Diagnostics

    func read() -> ScoreSheet? {
        guard case .workbook = table.origin else {
            diagnostics.error(.scoreSheetInvalid, at: SourceLocation(file: table.file, line: 1),
                              "Bảng chấm điểm đọc được từ sổ Excel (.xlsx, tạo bằng congkhai score-sheet) hoặc tệp .yaml, không đọc từ .csv. Lưu lại dạng .xlsx.")
            return nil
        }
        guard let fields = readFields() else { return nil }
        let columns = ColumnMapping.match(table, specs: Layout.specs(levels: fields.set.levels), diagnostics: diagnostics)
        let levels = fields.set.levels.filter { columns.has($0.key) }
        guard columns.has(Layout.code), !levels.isEmpty else {
            if columns.has(Layout.code) {
                diagnostics.error(.scoreSheetInvalid, at: table.location(),
                                  "Bảng chấm điểm không có cột điểm của cấp nào. Tiêu đề cột phải là \(fields.set.levels.map { "\"\($0.columnHeading)\"" }.joined(separator: ", ")).")
            }
            return nil
        }
        var body = Body(reader: self, set: fields.set, columns: columns, levels: levels)
        body.readRows()
        return ScoreSheet(unit: fields.unit, slug: slug, year: year, criteriaSetID: fields.set.id, document: fields.document,
                          statedTotals: body.statedTotals, entries: body.entries, location: table.location())
    }

    // MARK: The rows above the table

    private struct Fields {
        let unit: String
        let set: CriteriaSet
        let document: String?
    }

    private func readFields() -> Fields? {
        var values: [Layout.Field: (text: String, location: SourceLocation)] = [:]
        for row in table.rowsAboveHeader {
            guard let field = Layout.Field(label: row[0]) else { continue }
            let value = row.cells.dropFirst().first { !$0.isEmpty } ?? ""
            values[field] = (value, table.location(row: row, column: table.headers.count > 1 ? 1 : nil))
        }
        let headerPlace = table.location()
        func missing(_ field: Layout.Field, _ example: String) {
            diagnostics.error(.scoreSheetInvalid, at: values[field]?.location ?? headerPlace,
                              "Sổ chấm điểm thiếu \"\(field.rawValue)\" ở các dòng trên bảng (cột A ghi \"\(field.rawValue)\", cột B ghi \(example)). Tạo lại sổ bằng congkhai score-sheet hoặc điền dòng này.")
        }
        let unit = values[.unit].map(\.text).flatMap { $0.isEmpty ? nil : $0 }
        if unit == nil { missing(.unit, "tên đơn vị") }
        let setID = values[.criteriaSet].map(\.text).flatMap { $0.isEmpty ? nil : $0 }
        if setID == nil { missing(.criteriaSet, "tên bộ tiêu chí, ví dụ qd-737-2024") }
        if let (text, location) = values[.year], !text.isEmpty, Int(text) != year {
            diagnostics.error(.scoreSheetInvalid, at: location,
                              "Sổ ghi năm \(text) nhưng nằm trong thư mục data/cham-diem/\(year)/. Chuyển sổ sang thư mục của năm đúng, hoặc sửa năm.")
            return nil
        }
        guard let unit, let setID else { return nil }
        guard let set = sets[setID] else {
            diagnostics.error(.unknownCriteriaSet, at: values[.criteriaSet]!.location,
                              "Không có bộ tiêu chí \"\(setID)\" (tệp data/cham-diem/\(setID).yaml). Có: \(sets.keys.sorted().joined(separator: ", ")).")
            return nil
        }
        let document = values[.document].map(\.text).flatMap { $0.isEmpty ? nil : $0 }
        return Fields(unit: unit, set: set, document: document)
    }

    // MARK: The table

    private struct Body {
        let reader: ScoreSheetTableReader
        let set: CriteriaSet
        let columns: ColumnMapping
        let levels: [CriteriaSet.Level]
        var entries: [String: ScoreSheet.Entry] = [:]
        var statedTotals: [String: Double] = [:]
        /// The criterion sums the sheet shows, checked once its contents are read.
        var criterionSums: [(number: Int, row: DataTable.Row)] = []
        var seenCodes: [String: SourceLocation] = [:]

        var diagnostics: Diagnostics { reader.diagnostics }

        init(reader: ScoreSheetTableReader, set: CriteriaSet, columns: ColumnMapping, levels: [CriteriaSet.Level]) {
            self.reader = reader
            self.set = set
            self.columns = columns
            self.levels = levels
        }

        /// A checklist content whose item rows are being read.
        struct PendingItems {
            let content: CriteriaSet.Content
            let items: [CriteriaSet.ChecklistItem]
            var met: [Bool?] = []
        }
        var pending: PendingItems?

        mutating func readRows() {
            let contents = Dictionary(set.contents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            for row in reader.table.rows {
                let code = columns.value(Layout.code, in: row) ?? ""
                let text = columns.value(Layout.text, in: row) ?? ""
                if code.isEmpty, let items = pending, items.met.count < items.items.count {
                    readItem(row, items.items[items.met.count])
                    continue
                }
                finishItems()
                if let number = criterionNumber(code) {
                    criterionSums.append((number, row))
                    continue
                }
                if code.isEmpty && VietnameseFolding.key(text) == VietnameseFolding.key(Layout.totalLabel) {
                    readTotals(row)
                    continue
                }
                if code.isEmpty {
                    warnIfFilled(row, what: "Hàng không có mã")
                    continue
                }
                if let first = seenCodes[code] {
                    diagnostics.error(.scoreSheetInvalid, at: columns.location(Layout.code, in: row),
                                      "Mã \(code) đã có ở \(first). Mỗi nội dung một hàng.")
                    continue
                }
                seenCodes[code] = columns.location(Layout.code, in: row)
                let content = contents[code]
                entries[code] = readContent(row, code: code, content: content)
                if let content, case .checklist(let items) = content.rule { pending = PendingItems(content: content, items: items) }
            }
            finishItems()
            checkCriterionSums()
        }

        /// Puts the items read under a checklist content into its entry: none marked is no
        /// figure; some marked, the blanks are items not met.
        private mutating func finishItems() {
            guard let items = pending else { return }
            pending = nil
            guard items.met.contains(where: { $0 != nil }) else { return }
            if items.met.count != items.items.count {
                diagnostics.error(.scoreSheetInvalid, at: entries[items.content.id]?.location ?? reader.table.location(),
                                  "Nội dung \(items.content.id) có \(items.items.count) mục nhưng sổ chỉ có \(items.met.count) hàng mục. Tạo lại sổ bằng congkhai score-sheet.")
                return
            }
            entries[items.content.id]?.itemsMet = items.met.map { $0 ?? false }
        }

        /// "Tiêu chí 3" → 3.
        private func criterionNumber(_ code: String) -> Int? {
            let folded = VietnameseFolding.key(code, separator: " ")
            let prefix = VietnameseFolding.key(Layout.criterionPrefix, separator: " ") + " "
            guard folded.hasPrefix(prefix) else { return nil }
            return Int(folded.dropFirst(prefix.count))
        }

        private func points(_ key: String, in row: DataTable.Row) -> Double? {
            guard let text = columns.value(key, in: row) else { return nil }
            let normalized = text.replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: " ", with: "")
            guard let value = ScoreNumber.parse(normalized) else {
                diagnostics.error(.scoreSheetInvalid, at: columns.location(key, in: row), "\"\(text)\" không phải số điểm. Ghi một số, ví dụ 5 hoặc 2,5.")
                return nil
            }
            return value
        }

        private func count(_ key: String, in row: DataTable.Row, code: String) -> Int? {
            guard let text = columns.value(key, in: row) else { return nil }
            let cleaned = text.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: " ", with: "")
            guard let value = Int(cleaned), (0...InputLimits.statisticsCount).contains(value) else {
                diagnostics.error(.scoreSheetInvalid, at: columns.location(key, in: row),
                                  "\(code): \"\(text)\" không phải một số đếm (số nguyên từ 0 đến 1.000.000.000).")
                return nil
            }
            return value
        }

        private func readContent(_ row: DataTable.Row, code: String, content: CriteriaSet.Content?) -> ScoreSheet.Entry {
            var levelPoints: [String: Double] = [:]
            for level in levels {
                if let value = points(level.key, in: row) { levelPoints[level.key] = value }
            }
            let used = content.map { Layout.figureColumns(for: $0.rule) }
                ?? [Layout.numerator, Layout.denominator, Layout.value, Layout.arose]
            for key in [Layout.numerator, Layout.denominator, Layout.value, Layout.arose, Layout.itemMet]
                where !used.contains(key) && columns.value(key, in: row) != nil {
                diagnostics.warning(.scoreSheetInvalid, at: columns.location(key, in: row),
                                    "Nội dung \(code) không dùng cột \"\(columns.table.headers[columns.column(key)!])\"; giá trị \"\(columns.value(key, in: row)!)\" không được đọc. Xóa ô này hoặc ghi vào cột Tài liệu kiểm chứng.")
            }
            var arose: Bool?
            if used.contains(Layout.arose), let text = columns.value(Layout.arose, in: row) {
                arose = Layout.yesNo(text)
                if arose == nil {
                    diagnostics.error(.scoreSheetInvalid, at: columns.location(Layout.arose, in: row), "\(code): \"\(text)\" không rõ. Ghi \"Có\" hoặc \"Không\".")
                }
            }
            var value: Double?
            if used.contains(Layout.value), let text = columns.value(Layout.value, in: row) {
                value = ScoreNumber.parse(text.replacingOccurrences(of: ",", with: "."))
                if value == nil {
                    diagnostics.error(.scoreSheetInvalid, at: columns.location(Layout.value, in: row), "\(code): chỉ số \"\(text)\" không phải một số.")
                }
            }
            return ScoreSheet.Entry(
                points: levelPoints,
                numerator: used.contains(Layout.numerator) ? count(Layout.numerator, in: row, code: code) : nil,
                denominator: used.contains(Layout.denominator) ? count(Layout.denominator, in: row, code: code) : nil,
                value: value, arose: arose, itemsMet: nil,
                source: columns.value(Layout.source, in: row), derivedFrom: nil, note: columns.value(Layout.note, in: row),
                location: columns.location(Layout.code, in: row))
        }

        private mutating func readItem(_ row: DataTable.Row, _ item: CriteriaSet.ChecklistItem) {
            guard let items = pending else { return }
            let number = items.met.count + 1
            let text = columns.value(Layout.text, in: row) ?? ""
            if VietnameseFolding.key(text) != VietnameseFolding.key(item.text) {
                diagnostics.warning(.scoreSheetInvalid, at: columns.location(Layout.text, in: row),
                                    "Hàng mục \(number) của nội dung \(items.content.id) ghi \"\(text)\", bộ tiêu chí ghi \"\(item.text)\". Kiểm tra các hàng mục có bị xóa, chèn hay đổi chỗ.")
            }
            var met: Bool?
            if let cell = columns.value(Layout.itemMet, in: row) {
                met = Layout.yesNo(cell)
                if met == nil {
                    diagnostics.error(.scoreSheetInvalid, at: columns.location(Layout.itemMet, in: row),
                                      "\(items.content.id), mục \(number): \"\(cell)\" không rõ. Ghi \"Đạt\" hoặc \"Không đạt\".")
                }
            }
            for level in levels where columns.value(level.key, in: row) != nil {
                diagnostics.warning(.scoreSheetInvalid, at: columns.location(level.key, in: row),
                                    "Điểm của nội dung \(items.content.id) ghi ở hàng của nội dung đó, không ghi ở hàng mục; ô này không được đọc.")
            }
            pending?.met.append(met)
        }

        /// The total row. A number typed there is the total the sheet states, kept beside the
        /// sum of its contents (a page shows both when they differ). A formula's value is the
        /// spreadsheet's own sum: not a statement, and when it is not the contents' sum the
        /// workbook was saved without calculating (or the formula was changed), which is said.
        private mutating func readTotals(_ row: DataTable.Row) {
            for level in levels {
                guard let value = points(level.key, in: row) else { continue }
                let given = entries.values.compactMap { $0.points[level.key] }
                if value == 0 && given.isEmpty { continue }
                if row.formulaColumns.contains(columns.column(level.key)!) {
                    warnStaleSum(value, sum: given.reduce(0, +), what: "Tổng điểm", level: level, row: row)
                } else {
                    statedTotals[level.key] = value
                }
            }
        }

        /// A criterion's sum that is not the sum of its contents is reported at its cell; the
        /// contents' points count.
        private func checkCriterionSums() {
            for (number, row) in criterionSums {
                guard let criterion = set.criteria.first(where: { $0.number == number }) else {
                    diagnostics.warning(.scoreSheetInvalid, at: columns.location(Layout.code, in: row),
                                        "Bộ tiêu chí \(set.id) không có tiêu chí \(number); hàng này không được đọc.")
                    continue
                }
                for level in levels {
                    guard let shown = points(level.key, in: row) else { continue }
                    let given = criterion.contents.compactMap { entries[$0.id]?.points[level.key] }
                    if given.isEmpty && shown == 0 { continue }
                    let sum = given.reduce(0, +)
                    if row.formulaColumns.contains(columns.column(level.key)!) {
                        warnStaleSum(shown, sum: sum, what: "Tổng tiêu chí \(number)", level: level, row: row)
                    } else if shown != sum {
                        diagnostics.warning(.scoreDisagreement, at: columns.location(level.key, in: row),
                                            "Tổng tiêu chí \(number) (\(level.columnHeading)) ghi \(ScoreFormat.points(shown)) điểm nhưng các nội dung cộng lại \(ScoreFormat.points(sum)) điểm; CongKhai dùng điểm từng nội dung.")
                    }
                }
            }
        }

        private func warnStaleSum(_ shown: Double, sum: Double, what: String, level: CriteriaSet.Level, row: DataTable.Row) {
            guard shown != sum else { return }
            diagnostics.warning(.scoreDisagreement, at: columns.location(level.key, in: row),
                                "\(what) (\(level.columnHeading)) là công thức của sổ, giá trị lưu trong tệp là \(ScoreFormat.points(shown)) điểm nhưng các nội dung cộng lại \(ScoreFormat.points(sum)) điểm: sổ được lưu mà chưa tính lại, hoặc công thức đã bị sửa. CongKhai dùng điểm từng nội dung; mở sổ bằng Excel hoặc LibreOffice rồi lưu lại để ô tổng đúng.")
        }

        private func warnIfFilled(_ row: DataTable.Row, what: String) {
            let keys = levels.map(\.key) + [Layout.numerator, Layout.denominator, Layout.value, Layout.arose, Layout.itemMet, Layout.source, Layout.note]
            guard let key = keys.first(where: { columns.value($0, in: row) != nil }) else { return }
            diagnostics.warning(.scoreSheetInvalid, at: columns.location(key, in: row),
                                "\(what) nhưng có giá trị \"\(columns.value(key, in: row)!)\"; hàng này không được đọc. Ghi vào hàng của nội dung (cột Mã có mã như 1.1).")
        }
    }
}
