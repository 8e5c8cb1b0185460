import CongKhaiCore
import Yams

/// Where every published free-text field of every input goes through `PersonalDataMask`
/// before a feature reads it: the cells of every data table (the catalog, the decisions,
/// statistics, the tables templates list), every value of every YAML data file (score sheets
/// and their notes, criteria, recognition lists, the files templates read), and the front
/// matter and body of every page, notice and procedure detail file. The dossier register has
/// its own, stricter screen (`PersonalDataCell`, its cells read as a citizen's record); the
/// site's own `site.yaml` is where the public contacts are declared, and `static/` is copied
/// as the webmaster put it.
///
/// What is found is masked and named in one CK120 warning per cell, value or line, with the
/// kinds found and never the data: the site keeps building (a 25,000-row export is not refused
/// for one pasted phone number) and publishes nothing personal. The site's own contacts and
/// those listed under `public_contacts` are kept (`PublicContacts`).
package enum PersonalDataScreen {
    static func table(_ table: DataTable, contacts: PublicContacts, diagnostics: Diagnostics) -> DataTable {
        var changed = false
        var headers = table.headers
        for (column, header) in headers.enumerated() {
            if let masked = screen(header, at: table.location(column: column), what: "Tiêu đề cột", file: table.file,
                                   contacts: contacts, diagnostics: diagnostics) {
                headers[column] = masked
                changed = true
            }
        }
        var rows = table.rows
        for (index, row) in rows.enumerated() {
            var cells = row.cells
            var rowChanged = false
            for (column, cell) in cells.enumerated() {
                guard let masked = screen(cell, at: table.location(row: row, column: column), what: "Ô \"\(table.headers[column])\"",
                                          file: table.file, contacts: contacts, diagnostics: diagnostics) else { continue }
                cells[column] = masked
                rowChanged = true
            }
            if rowChanged {
                rows[index] = DataTable.Row(line: row.line, cells: cells)
                changed = true
            }
        }
        guard changed else { return table }
        var screened = DataTable(file: table.file, origin: table.origin, headers: headers, rows: rows)
        screened.headerLine = table.headerLine
        return screened
    }

    /// Every scalar value (keys are names, not published text).
    package static func yaml(_ node: Node, file: String, lineOffset: Int = 0, contacts: PublicContacts, diagnostics: Diagnostics) -> Node {
        switch node {
        case .scalar(var scalar):
            let location = SourceLocation(file: file, line: scalar.mark.map { $0.line + lineOffset }, column: scalar.mark?.column)
            guard let masked = screen(scalar.string, at: location, what: "Giá trị", file: file, contacts: contacts,
                                      diagnostics: diagnostics) else { return node }
            scalar.string = masked
            return .scalar(scalar)
        case .mapping(var mapping):
            for index in mapping.indices {
                let (key, value) = mapping[index]
                mapping[index] = (key, yaml(value, file: file, lineOffset: lineOffset, contacts: contacts, diagnostics: diagnostics))
            }
            return .mapping(mapping)
        case .sequence(var sequence):
            for index in sequence.indices {
                sequence[index] = yaml(sequence[index], file: file, lineOffset: lineOffset, contacts: contacts, diagnostics: diagnostics)
            }
            return .sequence(sequence)
        case .alias:
            return node
        }
    }

    /// A Markdown body, line by line; `firstLine` is the file's line of its first line. The mask
    /// is written with its brackets escaped, so it never opens a link.
    package static func markdown(_ body: String, file: String, firstLine: Int, contacts: PublicContacts, diagnostics: Diagnostics) -> String {
        guard PersonalDataMask.mayHoldPersonalData(body) else { return body }
        var changed = false
        var lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (index, line) in lines.enumerated() {
            let result = PersonalDataMask.scan(line, allowing: contacts)
            guard result.found else { continue }
            report(result.kinds, at: SourceLocation(file: file, line: firstLine + index), what: "Dòng này", file: file, diagnostics: diagnostics)
            lines[index] = result.masked.replacingOccurrences(of: PersonalDataMask.mask, with: markdownMask)
            changed = true
        }
        return changed ? lines.joined(separator: "\n") : body
    }

    /// "[đã ẩn]" as Markdown writes it literally.
    static let markdownMask = "\\[đã ẩn\\]"

    /// The masked text, or nil when there was nothing to mask.
    static func screen(_ text: String, at location: SourceLocation, what: String, file: String,
                       contacts: PublicContacts, diagnostics: Diagnostics) -> String? {
        let result = PersonalDataMask.scan(text, allowing: contacts)
        guard result.found else { return nil }
        report(result.kinds, at: location, what: what, file: file, diagnostics: diagnostics)
        return result.masked
    }

    private static func report(_ kinds: [PersonalDataKind], at location: SourceLocation, what: String, file: String,
                               diagnostics: Diagnostics) {
        let named = kinds.map(\.vietnameseName).joined(separator: ", ")
        let ownContact = kinds.contains(where: { $0 != .citizenID && $0 != .oldID })
            ? " Nếu đó là số điện thoại, thư điện tử hay địa chỉ của cơ quan, được công khai, ghi nó vào public_contacts trong site.yaml." : ""
        diagnostics.warning(.personalDataInCell, at: location,
                            "\(what) có \(named). CongKhai đã thay phần đó bằng \"\(PersonalDataMask.mask)\" trên trang và feed.xml; dữ liệu cá nhân của công dân không được để trong tệp công khai: xóa nó khỏi \(file).\(ownContact)")
    }
}
