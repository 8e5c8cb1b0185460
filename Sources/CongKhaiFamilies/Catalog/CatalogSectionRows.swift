import CongKhaiCore
import CongKhaiInput
import Templates

/// The appendix layout of a province's announcement decision (Quyết định công bố, "Phụ lục"):
/// procedures listed under section rows that name their level ("A. THỦ TỤC HÀNH CHÍNH CẤP XÃ")
/// or their field ("I | Lĩnh vực Hộ tịch", "23-Lĩnh vực hộ tịch"), numbered "A./I./1.", with
/// subtotal rows ("Tổng cộng: 25 thủ tục") between them. Read as procedures, every section row
/// was an error; here each gives its field or level to the procedures below it that lack one.
struct CatalogSectionRows {
    /// A procedure row with the cells its sections give it (field, level, filing scope).
    struct ProcedureRow {
        let row: DataTable.Row
        let inherited: [String: ProcedureReader.Cell]
    }

    enum Kind: Equatable {
        case field(String)
        case levels(ProcedureLevels, scope: FilingScope?)
        case scope(FilingScope)
        case subtotal
    }

    static func read(_ table: DataTable, columns: ColumnMapping, diagnostics: Diagnostics) -> [ProcedureRow] {
        typealias Columns = ProcedureColumns
        var result: [ProcedureRow] = []
        var field: ProcedureReader.Cell?
        var levels: ProcedureReader.Cell?
        var scope: ProcedureReader.Cell?
        for row in table.rows {
            guard let text = sectionText(row, columns: columns) else {
                var inherited: [String: ProcedureReader.Cell] = [:]
                inherited[Columns.field] = field
                inherited[Columns.level] = levels
                inherited[Columns.filingScope] = scope
                result.append(ProcedureRow(row: row, inherited: inherited))
                continue
            }
            let location = table.location(row: row)
            switch kind(of: text) {
            case .field(let name):
                field = ProcedureReader.Cell(value: name, location: location)
            case .levels(let value, let newScope):
                levels = ProcedureReader.Cell(value: value.label + (value.receivedAtCommune ? " tiếp nhận tại xã" : ""), location: location)
                scope = newScope.map { ProcedureReader.Cell(value: $0 == .anywhereInProvince ? "phi địa giới" : "Trung tâm tỉnh", location: location) }
                field = nil
            case .scope(let newScope):
                scope = ProcedureReader.Cell(value: newScope == .anywhereInProvince ? "phi địa giới" : "Trung tâm tỉnh", location: location)
                field = nil
            case .subtotal:
                continue
            case nil:
                diagnostics.warning(.catalogSectionRow, at: location,
                                    "Hàng \"\(text)\" không có mã TTHC và không đọc được là tên lĩnh vực, cấp thực hiện hay hàng cộng; sẽ bỏ qua. Nếu là một thủ tục, điền mã TTHC.")
            }
        }
        return result
    }

    /// The one text of a row that holds no procedure code and nothing else than that text and
    /// numbering ("I", "A", "1"), when it reads as a section title; nil for a procedure row.
    static func sectionText(_ row: DataTable.Row, columns: ColumnMapping) -> String? {
        if let code = columns.value(ProcedureColumns.code, in: row), ProcedureValues.isValidCode(code) { return nil }
        var texts: [String] = []
        var letterNumbering = false
        for cell in row.cells where !cell.isEmpty {
            if let numbering = Numbering(token: cell) {
                if numbering.isLetters { letterNumbering = true }
                continue
            }
            if !texts.contains(cell) { texts.append(cell) }
        }
        guard texts.count == 1, let text = texts.first else { return nil }
        // A procedure typed without its code is still a procedure row (its missing code is an
        // error): a title shows itself by its numbering, its words or its capitals.
        let isTitle = letterNumbering || Numbering.prefixLength(text) > 0 || text == text.uppercased()
            || titleWords.contains { VietnameseFolding.key(text, separator: " ").hasPrefix($0) }
        return isTitle ? text : nil
    }

    private static let titleWords = ["linh vuc", "thu tuc hanh chinh", "tthc", "danh muc", "phan ", "nhom ", "tong", "cong "]

    static func kind(of text: String) -> Kind? {
        let stripped = String(text.dropFirst(Numbering.prefixLength(text))).trimmingWhitespace()
        let folded = VietnameseFolding.key(stripped, separator: " ")
        if folded.isEmpty { return nil }
        if folded.hasPrefix("tong") || folded == "cong" || folded.hasPrefix("cong ") { return .subtotal }
        let scope: FilingScope? = folded.contains("phi dia gioi") || folded.contains("khong phu thuoc")
            ? .anywhereInProvince : nil
        let phrases: [(String, ProcedureLevels.Level)] = [("cap bo", .ministry), ("trung uong", .ministry), ("cap tinh", .province),
                                                          ("cap huyen", .district), ("cap xa", .commune), ("co quan khac", .other),
                                                          ("nganh doc", .vertical)]
        let received = folded.contains("tiep nhan tai")
        var found: [(String.Index, ProcedureLevels.Level)] = []
        for (phrase, level) in phrases {
            if let range = folded.range(of: phrase) { found.append((range.lowerBound, level)) }
        }
        var levels = found.sorted { $0.0 < $1.0 }.map(\.1)
        // "… cấp tỉnh tiếp nhận tại cấp xã": the commune only receives.
        if received { levels.removeAll { $0 == .commune } }
        if !levels.isEmpty && (folded.hasPrefix("thu tuc") || folded.hasPrefix("tthc") || folded.hasPrefix("danh muc")
                               || folded.hasPrefix("cap ") || folded.hasPrefix("co quan") || received) {
            return .levels(ProcedureLevels(levels, receivedAtCommune: received), scope: scope)
        }
        if let scope { return .scope(scope) }
        var name = stripped
        if folded.hasPrefix("linh vuc ") { name = String(stripped.dropFirst("linh vuc ".count)).trimmingWhitespace() }
        if name.isEmpty { return nil }
        // "HỘ TỊCH" in a title row is the field "Hộ tịch".
        if name == name.uppercased() && name != name.lowercased() {
            let lower = name.lowercased()
            name = lower.prefix(1).uppercased() + lower.dropFirst()
        }
        return .field(name)
    }
}

/// "I", "II.", "A", "B)", "1", "12." — a row's numbering, in an STT cell or before a title.
struct Numbering {
    let isLetters: Bool

    init?(token: String) {
        let core = token.trimmingWhitespace().trimmingCharacters(in: [".", ")", ":"])
        guard !core.isEmpty else { return nil }
        if core.allSatisfy({ $0.isASCII && $0.isNumber }) { isLetters = false; return }
        if core.count == 1, let letter = core.first, letter.isUppercase { isLetters = true; return }
        if core.allSatisfy({ "IVXLC".contains($0) }) { isLetters = true; return }
        return nil
    }

    /// How many characters of numbering open `text` ("I. ", "23-", "A) ", "1.2. "), 0 when none.
    static func prefixLength(_ text: String) -> Int {
        let characters = Array(text)
        let separators: Set<Character> = [".", ")", "-", "–", ":"]
        var index = 0
        if let first = characters.first, first.isASCII, first.isNumber {
            while index < characters.count, characters[index].isASCII, characters[index].isNumber || characters[index] == "." { index += 1 }
            if index < characters.count, separators.contains(characters[index]) { index += 1 }
            else if characters[index - 1] != "." { return 0 }
        } else {
            while index < characters.count, "IVXLC".contains(characters[index]) { index += 1 }
            if index == 0, let first = characters.first, first.isUppercase, first.isASCII { index = 1 }
            guard index > 0, index < characters.count, separators.contains(characters[index]) else { return 0 }
            index += 1
        }
        while index < characters.count, characters[index] == " " { index += 1 }
        return index < characters.count ? index : 0
    }
}
