import CongKhaiCore
import CongKhaiInput
import CongKhaiSite
import Templates

/// Reads `data/quyet-dinh-cong-bo.csv` (or `.xlsx`, `.yaml`): one row per code a decision
/// acts on. The decision's own cells (number, dates, issuer) may be repeated on every row
/// or written once on its first row and left blank below, as merged cells in Excel are.
enum DecisionReader {
    static let tableName = "quyet-dinh-cong-bo"

    static let number = "number", signed = "signed", effective = "effective", issuer = "issuer"
    static let title = "title", source = "source", code = "code", action = "action", replacement = "replacement"

    static let specs: [ColumnSpec] = [
        ColumnSpec(number, label: "Số quyết định", aliases: ["so", "so qd", "quyet dinh", "so hieu", "decision"], required: true),
        ColumnSpec(signed, label: "Ngày ký", aliases: ["ngay ban hanh", "ngay ky quyet dinh", "ngay quyet dinh", "signed"], required: true),
        ColumnSpec(effective, label: "Ngày hiệu lực", aliases: ["hieu luc", "hieu luc tu", "co hieu luc tu", "effective"]),
        ColumnSpec(issuer, label: "Cơ quan ban hành", aliases: ["co quan", "nguoi ky", "issuer", "tham quyen ban hanh"], required: true),
        ColumnSpec(title, label: "Trích yếu", aliases: ["ten quyet dinh", "noi dung quyet dinh", "title"]),
        ColumnSpec(source, label: "Nguồn", aliases: ["nguon van ban", "source", "lien ket"]),
        ColumnSpec(code, label: "Mã TTHC", aliases: ["ma", "ma thu tuc", "procedure code"], required: true),
        ColumnSpec(action, label: "Nội dung công bố", aliases: ["loai", "hinh thuc", "thay doi", "action", "noi dung"], required: true),
        ColumnSpec(replacement, label: "Mã thay thế", aliases: ["thay the bang", "ma tthc thay the", "replacement"]),
    ]

    static func action(_ text: String) -> AnnouncementDecision.Action? {
        let folded = VietnameseFolding.key(text, separator: " ")
        if folded.contains("bai bo") || folded == "abolish" { return .abolish }
        if folded.contains("thay the") || folded == "replace" { return .replace }
        if folded.contains("sua doi") || folded.contains("bo sung") || folded == "amend" { return .amend }
        if folded.contains("moi") || folded.contains("ban hanh") || folded == "new" { return .new }
        return nil
    }

    static func read(siteData: SiteData, diagnostics: Diagnostics) -> DecisionBook {
        guard let table = siteData.table(named: tableName, diagnostics: diagnostics) else { return .empty }
        let columns = ColumnMapping.match(table, specs: specs, diagnostics: diagnostics)
        guard columns.has(number), columns.has(code), columns.has(action) else { return DecisionBook(decisions: [], file: table.file) }

        struct Draft {
            var number: String
            var signed: CivilDate?
            var effective: CivilDate?
            var issuer: String?
            var title: String?
            var source: String?
            var entries: [AnnouncementDecision.Entry] = []
            var location: SourceLocation
            var valid = true
        }
        var drafts: [Draft] = []
        var indexByNumber: [String: Int] = [:]
        var lastNumber: String?
        var seen: [String: SourceLocation] = [:]  // "number|code|action"

        for row in table.rows {
            // A blank number continues the decision above (Excel's merged cells).
            guard let number = columns.value(Self.number, in: row) ?? lastNumber else {
                diagnostics.error(.decisionInvalid, at: columns.location(Self.number, in: row),
                                  "Thiếu số quyết định. Ghi số, ví dụ 1234/QĐ-UBND.")
                continue
            }
            lastNumber = number
            let index: Int
            if let existing = indexByNumber[VietnameseFolding.key(number)] {
                index = existing
            } else {
                index = drafts.count
                indexByNumber[VietnameseFolding.key(number)] = index
                drafts.append(Draft(number: number, location: table.location(row: row)))
            }

            func date(_ key: String) -> CivilDate? {
                guard let text = columns.value(key, in: row) else { return nil }
                switch CivilDate.parse(text) {
                case .date(let date): return date
                case .impossible, .unreadable:
                    diagnostics.error(.decisionInvalid, at: columns.location(key, in: row),
                                      "Không hiểu ngày \"\(text)\". Viết dạng 07/02/2025 hoặc 2025-02-07.")
                    drafts[index].valid = false
                    return nil
                }
            }
            /// A decision's own cell: taken from its first row that gives it; a later row
            /// giving another value is an error, since one decision has one date.
            func merge<Value: Equatable>(_ value: Value?, into keyPath: WritableKeyPath<Draft, Value?>, _ key: String, shown: (Value) -> String) {
                guard let value else { return }
                if let existing = drafts[index][keyPath: keyPath] {
                    if existing != value {
                        diagnostics.error(.decisionRowsDisagree, at: columns.location(key, in: row),
                                          "Quyết định \(number): \(ColumnSpecs.label(key, in: specs)) \"\(shown(value))\" khác hàng trên (\"\(shown(existing))\"). Một quyết định chỉ có một giá trị; sửa cho giống nhau.")
                        drafts[index].valid = false
                    }
                } else {
                    drafts[index][keyPath: keyPath] = value
                }
            }
            merge(date(signed), into: \.signed, signed) { $0.vietnameseShort }
            merge(date(effective), into: \.effective, effective) { $0.vietnameseShort }
            merge(columns.value(issuer, in: row), into: \.issuer, issuer) { $0 }
            merge(columns.value(title, in: row), into: \.title, title) { $0 }
            merge(columns.value(source, in: row), into: \.source, source) { $0 }

            guard let codeText = columns.value(code, in: row) else {
                // A row holding only the decision's cells is allowed (a decision header row).
                continue
            }
            guard ProcedureValues.isValidCode(codeText) else {
                diagnostics.error(.decisionInvalid, at: columns.location(code, in: row),
                                  "Mã TTHC \"\(codeText)\" sai định dạng. Mã đúng gồm một chữ số, dấu chấm và sáu chữ số, ví dụ 1.001193.")
                drafts[index].valid = false
                continue
            }
            guard let actionText = columns.value(action, in: row), let kind = Self.action(actionText) else {
                let given = columns.value(action, in: row).map { "\"\($0)\" không rõ" } ?? "Thiếu nội dung công bố"
                diagnostics.error(.decisionInvalid, at: columns.location(action, in: row),
                                  "\(given). Ghi \"công bố mới\", \"sửa đổi, bổ sung\", \"thay thế\" hoặc \"bãi bỏ\".")
                drafts[index].valid = false
                continue
            }
            var replacementCode = columns.value(replacement, in: row)
            if kind == .replace {
                guard let given = replacementCode, ProcedureValues.isValidCode(given) else {
                    diagnostics.error(.decisionInvalid, at: columns.location(replacement, in: row),
                                      "Thủ tục \(codeText) bị thay thế nhưng \(replacementCode == nil ? "chưa ghi" : "sai") \"Mã thay thế\". Ghi mã TTHC thay thế, ví dụ 1.001193.")
                    drafts[index].valid = false
                    continue
                }
            } else if replacementCode != nil {
                diagnostics.warning(.decisionInvalid, at: columns.location(replacement, in: row),
                                    "\"Mã thay thế\" chỉ dùng khi nội dung công bố là \"thay thế\"; bỏ qua.")
                replacementCode = nil
            }
            let key = "\(VietnameseFolding.key(number))|\(codeText)|\(kind.rawValue)"
            if let first = seen[key] {
                diagnostics.warning(.decisionInvalid, at: columns.location(code, in: row),
                                    "Quyết định \(number) đã ghi mã \(codeText) (\(kind.rawValue)) ở \(first.description); bỏ hàng trùng.")
                continue
            }
            seen[key] = columns.location(code, in: row)
            drafts[index].entries.append(.init(code: codeText, action: kind, replacement: replacementCode,
                                               location: columns.location(code, in: row)))
        }

        var decisions: [AnnouncementDecision] = []
        for draft in drafts where draft.valid {
            guard let signedDate = draft.signed else {
                diagnostics.error(.decisionInvalid, at: draft.location, "Quyết định \(draft.number) thiếu ngày ký.")
                continue
            }
            guard let issuerName = draft.issuer else {
                diagnostics.error(.decisionInvalid, at: draft.location,
                                  "Quyết định \(draft.number) thiếu cơ quan ban hành (ví dụ: Chủ tịch UBND tỉnh Quảng Ngãi).")
                continue
            }
            let effectiveDate = draft.effective ?? signedDate
            if effectiveDate < signedDate {
                diagnostics.error(.decisionInvalid, at: draft.location,
                                  "Quyết định \(draft.number) có hiệu lực (\(effectiveDate.vietnameseShort)) trước ngày ký (\(signedDate.vietnameseShort)).")
                continue
            }
            if draft.entries.isEmpty {
                diagnostics.warning(.decisionInvalid, at: draft.location,
                                    "Quyết định \(draft.number) chưa ghi mã TTHC nào; thêm các hàng \"Mã TTHC\" và \"Nội dung công bố\".")
            }
            decisions.append(AnnouncementDecision(number: draft.number, signed: signedDate, effective: effectiveDate,
                                                  issuer: issuerName, title: draft.title, source: draft.source,
                                                  entries: draft.entries, location: draft.location))
        }
        decisions.sort { ($0.signed, $0.number) < ($1.signed, $1.number) }
        return DecisionBook(decisions: decisions, file: table.file)
    }
}

/// Labels of columns by key, for messages.
private enum ColumnSpecs {
    static func label(_ key: String, in specs: [ColumnSpec]) -> String { specs.first { $0.key == key }?.label ?? key }
}
