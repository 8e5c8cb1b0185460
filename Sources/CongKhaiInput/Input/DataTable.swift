import CongKhaiCore
import Foundation
import Yams

/// A rectangular table read from a CSV export or a YAML list of mappings, with the
/// position of every row so that diagnostics can say "hàng 12, cột Mã TTHC".
public struct DataTable: Sendable {
    public enum Origin: Sendable { case csv, yaml, workbook(WorkbookPlace) }

    public struct Row: Sendable {
        /// Spreadsheet row number for CSV (the header is row 1); line of the item for YAML.
        public let line: Int
        public let cells: [String]
        /// Columns (table indexes) whose cell a formula filled, in a workbook; empty otherwise.
        public var formulaColumns: Set<Int> = []

        package init(line: Int, cells: [String], formulaColumns: Set<Int> = []) {
            self.line = line
            self.cells = cells
            self.formulaColumns = formulaColumns
        }

        public subscript(column: Int) -> String { column < cells.count ? cells[column] : "" }
    }

    public let file: String
    public let origin: Origin
    public let headers: [String]
    public let rows: [Row]
    /// Spreadsheet row of a CSV's header: 1, or below the title rows Excel kept.
    public var headerLine = 1
    /// A workbook's non-blank rows above its header (titles, and the label-value rows of a form
    /// such as the score sheet's "Đơn vị | Xã Hương Trà"), in the table's columns. Empty for
    /// CSV and YAML tables.
    public var rowsAboveHeader: [Row] = []

    public init(file: String, origin: Origin, headers: [String], rows: [Row]) {
        self.file = file
        self.origin = origin
        self.headers = headers
        self.rows = rows
    }

    public func location(row: Row? = nil, column: Int? = nil) -> SourceLocation {
        let field = column.map { headers[$0] }
        switch origin {
        case .csv: return SourceLocation(file: file, line: row?.line ?? headerLine, column: column.map { $0 + 1 }, field: field)
        case .yaml: return SourceLocation(file: file, line: row?.line, field: field)
        case .workbook(let place): return place.location(file: file, row: row?.line, column: column, field: field)
        }
    }

    /// How many rows sit above the real header: 0 unless the first row names no known column,
    /// holds at most one cell (a title), and one of the next ten rows names two or more known
    /// columns with only such title rows between. Tables of other shapes are left as they are.
    static func titleRowsAboveHeader(header: [String], rows: [[String]], vocabulary: ColumnVocabulary) -> Int {
        func known(_ cells: [String]) -> Int {
            cells.filter { vocabulary.known.contains(HeaderName.key($0.trimmingWhitespace())) }.count
        }
        func isTitle(_ cells: [String]) -> Bool {
            cells.filter { !$0.trimmingWhitespace().isEmpty }.count <= 1 && known(cells) == 0
        }
        guard isTitle(header) else { return 0 }
        for (index, cells) in rows.prefix(10).enumerated() {
            if known(cells) >= 2 { return index + 1 }
            if !isTitle(cells) { return 0 }
        }
        return 0
    }

    /// Parses CSV text (already decoded and normalized by `SourceFile`). The delimiter is
    /// guessed between comma, semicolon and tab, because Excel set to Vietnamese regional
    /// settings exports with semicolons.
    /// `vocabulary`: every table's column names, to find a header below title rows.
    public static func csv(_ text: String, file: String, vocabulary: ColumnVocabulary = .general, diagnostics: Diagnostics) -> DataTable? {
        if let line = unclosedQuoteLine(text) {
            diagnostics.error(.csvSyntax, at: SourceLocation(file: file, line: line),
                              "Dấu ngoặc kép (\") mở ở dòng này nhưng không đóng, nên phần còn lại của tệp bị đọc thành một ô. Thêm dấu \" đóng, hoặc mở tệp trong Excel và lưu lại dạng CSV UTF-8.")
            return nil
        }
        // Most exports are plain enough to be read on bytes; the rest goes through SwiftCSV.
        let csv: PlainCSV.Table
        do {
            csv = try PlainCSV.parse(text) ?? PlainCSV.swiftCSV(text)
        } catch {
            diagnostics.error(.csvSyntax, at: SourceLocation(file: file, line: 1),
                              "Tệp CSV sai cú pháp: có dấu ngoặc kép (\") mở mà không đóng. Mở tệp trong Excel và lưu lại dạng CSV UTF-8.")
            return nil
        }
        // Title rows above the header ("UBND XÃ …", "DANH MỤC THỦ TỤC …"), kept when Excel saves
        // a sheet as CSV: the header is the first row naming known columns, as in a workbook.
        let titleRows = titleRowsAboveHeader(header: csv.header, rows: csv.rows, vocabulary: vocabulary)
        var headers = (titleRows == 0 ? csv.header : csv.rows[titleRows - 1]).map { $0.trimmingWhitespace() }
        // A header Excel saved from merged cells over two rows: the second row names the columns
        // under a parent (or under a blank merged cell) and is part of the header, not data.
        var headerRows = titleRows
        if titleRows < csv.rows.count, let merged = subHeader(headers, csv.rows[titleRows].map { $0.trimmingWhitespace() }, vocabulary: vocabulary) {
            headers = merged
            headerRows += 1
        }
        var rows: [Row] = []
        rows.reserveCapacity(csv.rows.count)
        var rowNumber = 1 + headerRows
        for cells in csv.rows.dropFirst(headerRows) {
            rowNumber += 1
            let trimmed = cells.map { $0.trimmingWhitespace() }
            if trimmed.allSatisfy(\.isEmpty) { continue }  // blank lines Excel leaves at the end
            if trimmed.count > headers.count, trimmed[headers.count...].contains(where: { !$0.isEmpty }) {
                diagnostics.error(.csvRowTooLong, at: SourceLocation(file: file, line: rowNumber),
                                  "Hàng có \(trimmed.filter { !$0.isEmpty }.count) ô có dữ liệu nhưng tiêu đề chỉ có \(headers.count) cột. Có thể thiếu dấu ngoặc kép quanh một ô chứa dấu phẩy.")
            }
            rows.append(Row(line: rowNumber, cells: Array(trimmed.prefix(headers.count))))
        }
        var table = DataTable(file: file, origin: .csv, headers: headers, rows: rows)
        table.headerLine = 1 + headerRows
        return table
    }

    /// The header completed by the row below it when that row is a second header row: some
    /// filled cell sits under a blank header cell (the rest of a parent merged across, which Excel
    /// saves blank), and every other filled cell either names a known column or sits under such a
    /// parent. Each column is then named as a workbook's merged header is: a known sub-header
    /// itself, else "parent - sub". Nil when the row is data.
    static func subHeader(_ header: [String], _ below: [String], vocabulary: ColumnVocabulary) -> [String]? {
        func known(_ text: String) -> Bool { vocabulary.known.contains(HeaderName.key(text)) }
        func above(_ index: Int) -> String { index < header.count ? header[index] : "" }
        /// The parent a column sits under: its own header when the next one is blank (a merge
        /// across begins there), or the nearest header to its left when its own is blank.
        func parent(of index: Int) -> String? {
            if above(index).isEmpty { return header[..<min(index, header.count)].last { !$0.isEmpty } }
            return above(index + 1).isEmpty && index + 1 < header.count ? above(index) : nil
        }
        guard below.indices.contains(where: { !below[$0].isEmpty && above($0).isEmpty && $0 < header.count }) else { return nil }
        var merged = header
        for (index, cell) in below.enumerated() where !cell.isEmpty {
            guard index < header.count else { return nil }
            if let parent = parent(of: index) {
                merged[index] = known(cell) ? cell : "\(parent) - \(cell)"
            } else if known(cell) && !known(above(index)) {
                merged[index] = cell
            } else {
                return nil
            }
        }
        return merged
    }

    /// The text line where a quoted field opens without closing, or nil when quotes balance.
    /// SwiftCSV would silently read the rest of the file into that one cell.
    ///
    /// Only an odd number of quotes is an error (SwiftCSV reads the rest); to name the line,
    /// the text is read as Excel writes CSV. Pairing quotes from the top would name the wrong
    /// line: a stray quote closes on the next quoted cell, and the pairs shift until the
    /// file's last quote is left open. Read strictly, the first quote that cannot be where it
    /// is tells: one inside an unquoted cell (`12" màn hình`) is named itself; one in the
    /// middle of a quoted cell means that cell was opened by mistake, so its first line is named.
    static func unclosedQuoteLine(_ text: String) -> Int? {
        let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n")
        guard text.utf8.reduce(0, { $0 + ($1 == quote ? 1 : 0) }) % 2 == 1 else { return nil }
        // Any of the delimiters `DataTable.csv` may guess ends a cell.
        func endsCell(_ byte: UInt8?) -> Bool {
            guard let byte else { return true }
            return byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "\t")
                || byte == newline || byte == UInt8(ascii: "\r")
        }
        var text = text
        return text.withUTF8 { bytes -> Int in
            var line = 1, openedAt = 1
            var inQuotes = false, atCellStart = true
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let next = index + 1 < bytes.count ? bytes[index + 1] : nil
                if inQuotes {
                    if byte == quote {
                        if next == quote {
                            index += 1  // "" is a quote inside the cell
                        } else if endsCell(next) {
                            inQuotes = false
                        } else {
                            return openedAt
                        }
                    } else if byte == newline {
                        line += 1
                    }
                } else if byte == quote {
                    guard atCellStart else { return line }
                    inQuotes = true
                    openedAt = line
                    atCellStart = false
                } else {
                    atCellStart = endsCell(byte)
                    if byte == newline { line += 1 }
                }
                index += 1
            }
            return openedAt
        }
    }

    /// A YAML document that is a list of flat mappings, one per row.
    static func yaml(_ node: Node, file: String, diagnostics: Diagnostics) -> DataTable? {
        guard let sequence = node.sequence else {
            diagnostics.error(.yamlDataSyntax, at: SourceLocation(file: file, line: node.mark?.line),
                              "Tệp phải là một danh sách, mỗi mục bắt đầu bằng \"- \".")
            return nil
        }
        var headers: [String] = []
        var headerIndex: [String: Int] = [:]
        var rawRows: [(Int, [String: String])] = []
        for item in sequence {
            guard let mapping = item.mapping else {
                diagnostics.error(.yamlDataSyntax, at: SourceLocation(file: file, line: item.mark?.line),
                                  "Mỗi mục phải có dạng \"khóa: giá trị\".")
                continue
            }
            var values: [String: String] = [:]
            for (key, value) in mapping {
                guard let name = key.string else { continue }
                if headerIndex[name] == nil {
                    headerIndex[name] = headers.count
                    headers.append(name)
                }
                values[name] = value.scalar?.string.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            }
            rawRows.append((item.mark?.line ?? 0, values))
        }
        let rows = rawRows.map { line, values in Row(line: line, cells: headers.map { values[$0] ?? "" }) }
        return DataTable(file: file, origin: .yaml, headers: headers, rows: rows)
    }
}
