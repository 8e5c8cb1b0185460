import CongKhaiCore
import CongKhaiInput
import CongKhaiMarkdown
import Foundation
import Templates
import Yams

/// Reads the procedure catalog: `data/thu-tuc.csv` (or `.yaml`) merged with the optional
/// `data/thu-tuc/<code>.md` detail files, and checks every row.
enum ProcedureReader {
    static let tableName = "thu-tuc"
    static let detailFolder = "data/thu-tuc"

    /// One value with the place it was written, so errors found after merging a row with its
    /// detail file still point at the right file and line.
    struct Cell {
        let value: String
        let location: SourceLocation
    }

    static func read(siteData: SiteData, contentDirectory: URL, diagnostics: Diagnostics) -> [Procedure] {
        guard siteData.document(named: tableName) != nil else {
            // A catalog that exists but failed to parse was already reported; its detail files
            // would only add noise.
            let catalogExists = ["csv", "xlsx", "yaml", "yml"].contains {
                FileManager.default.fileExists(atPath: contentDirectory.appendingPathComponent("data/\(tableName).\($0)").path)
            }
            guard !catalogExists else { return [] }
            for file in ContentFiles.list(in: contentDirectory, folder: detailFolder, extensions: ["md"]) {
                diagnostics.error(.procedureDetailForUnknownCode, at: SourceLocation(file: file.displayPath, line: 1),
                                  "Có tệp chi tiết thủ tục nhưng không có danh mục data/thu-tuc.csv.")
            }
            return []
        }
        guard let table = siteData.table(named: tableName, diagnostics: diagnostics) else { return [] }
        let columns = ColumnMapping.match(table, specs: ProcedureColumns.specs, diagnostics: diagnostics)
        guard columns.has(ProcedureColumns.code) else { return [] }
        if table.rows.isEmpty {
            diagnostics.warning(.catalogEmpty, at: SourceLocation(file: table.file, line: 1),
                                "Danh mục thủ tục chưa có thủ tục nào. Đặt vào đây danh mục thủ tục của xã: tệp Excel xuất từ Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh (lưu thành data/thu-tuc.xlsx và xóa tệp .csv này), hoặc điền từng dòng dưới hàng tiêu đề.")
        }

        var records: [(row: DataTable.Row, cells: [String: Cell])] = []
        var firstRowByCode: [String: Int] = [:]
        // Section rows of an appendix give their field and level to the rows below them.
        let procedureRows = CatalogSectionRows.read(table, columns: columns, diagnostics: diagnostics)
        if !columns.has(ProcedureColumns.field), !procedureRows.contains(where: { $0.inherited[ProcedureColumns.field] != nil }) {
            diagnostics.error(.missingColumn, at: table.location(),
                              "Thiếu cột bắt buộc \"Lĩnh vực\" (hoặc các hàng tiêu đề mục \"I. Lĩnh vực …\" như phụ lục quyết định công bố). Thêm cột này vào hàng tiêu đề.")
            return []
        }
        for procedureRow in procedureRows {
            let row = procedureRow.row
            var cells = procedureRow.inherited
            for spec in ProcedureColumns.specs {
                if let value = columns.value(spec.key, in: row) {
                    cells[spec.key] = Cell(value: value, location: columns.location(spec.key, in: row))
                }
            }
            if let code = cells[ProcedureColumns.code]?.value {
                if let first = firstRowByCode[code] {
                    diagnostics.error(.procedureDuplicateCode, at: columns.location(ProcedureColumns.code, in: row),
                                      "Mã TTHC \(code) đã có ở hàng \(first). Mỗi thủ tục chỉ một hàng; xóa hàng trùng.")
                    continue
                }
                firstRowByCode[code] = row.line
            }
            records.append((row, cells))
        }

        let details = ProcedureDetailReader.readAll(contentDirectory: contentDirectory, contacts: siteData.contacts, diagnostics: diagnostics)
        for detail in details where firstRowByCode[detail.code] == nil {
            diagnostics.error(.procedureDetailForUnknownCode, at: SourceLocation(file: detail.displayPath, line: 1),
                              "Tệp chi tiết cho mã \(detail.code) nhưng danh mục không có mã này. Kiểm tra tên tệp (đặt theo mã TTHC) hoặc thêm thủ tục vào danh mục.")
        }
        let detailByCode = Dictionary(details.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        let headerUnit = columns.column(ProcedureColumns.timeLimit).flatMap { TimeLimitUnit(headerQualifier: table.headers[$0]) }

        // Rows are checked on all cores (a national catalog has tens of thousands). Each row's
        // diagnostics are kept apart and reported in row order afterwards, so they arrive
        // exactly as they would checked one after another.
        let checked = ParallelMap.map(records) { record -> (procedure: Procedure?, diagnostics: [Diagnostic]) in
            let rowDiagnostics = Diagnostics()
            var cells = record.cells
            var sections: [Procedure.Section] = []
            if let code = cells[ProcedureColumns.code]?.value, let detail = detailByCode[code] {
                cells.merge(detail.overrides) { _, override in override }
                sections = detail.sections
            }
            sections = columnSections(cells, replacedBy: sections) + sections
            var procedure = ProcedureValidator.validate(cells, rowLocation: table.location(row: record.row),
                                                        sections: sections, headerUnit: headerUnit, diagnostics: rowDiagnostics)
            procedure?.listingFingerprint = fingerprint(cells, [])
            procedure?.sourceFingerprint = fingerprint(cells, sections)
            return (procedure, rowDiagnostics.inArrivalOrder)
        }
        return checked.compactMap { row in
            row.diagnostics.forEach(diagnostics.report)
            return row.procedure
        }
    }

    /// The detail record's parts the row carries as columns, in the record's order, except those
    /// the detail file writes itself (same title, folded).
    private static func columnSections(_ cells: [String: Cell], replacedBy fileSections: [Procedure.Section]) -> [Procedure.Section] {
        let written = Set(fileSections.map { VietnameseFolding.key($0.title) })
        return ProcedureSectionColumns.specs.compactMap { spec in
            guard let cell = cells[spec.key], !written.contains(VietnameseFolding.key(spec.label)) else { return nil }
            return Procedure.Section(title: spec.label, markdown: PlainTextMarkdown.markdown(cell.value))
        }
    }

    /// The merged cells and sections are all a procedure is made of; their places in the
    /// files (line numbers) only matter to diagnostics, so they are left out.
    private static func fingerprint(_ cells: [String: Cell], _ sections: [Procedure.Section]) -> UInt64 {
        var hasher = FNV1a()
        for key in cells.keys.sorted() {
            hasher.combine(key)
            hasher.combine(cells[key]!.value)
        }
        for section in sections {
            hasher.combine(section.title)
            hasher.combine(section.markdown)
        }
        return hasher.value
    }
}
