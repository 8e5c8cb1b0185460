import CongKhaiCore
import Foundation
import Yams

/// Parses YAML with positions kept, turning syntax errors into diagnostics that point at
/// the line in the webmaster's file (front matter starts a few lines into a Markdown file,
/// hence `lineOffset`).
package enum YAMLSource {
    package static func parse(
        _ text: String, file: String, lineOffset: Int = 0,
        diagnostics: Diagnostics, syntaxCode: DiagnosticCode
    ) -> Node? {
        if let exceeded = YAMLBudget.check(text, maximumExpansion: InputLimits.yamlAliasExpansion, maximumNodes: InputLimits.yamlNodes) {
            let location = SourceLocation(file: file, line: exceeded.line + lineOffset, column: exceeded.column)
            switch exceeded.kind {
            case .aliasExpansion:
                diagnostics.error(.yamlAliasExpansion, at: location,
                                  "Bí danh (*tên) ở đây làm tệp bung ra quá \(InputLimits.yamlAliasExpansion) mục. Viết thẳng giá trị thay vì lồng bí danh vào nhau.")
            case .nodes:
                diagnostics.error(.yamlTooManyNodes, at: location,
                                  "Tệp có hơn \(InputLimits.yamlNodes) mục (khóa, giá trị); đọc nó cần quá nhiều bộ nhớ. Chia thành nhiều tệp, hoặc lưu bảng lớn dạng CSV hay .xlsx.")
            }
            return nil
        }
        do {
            return try Yams.compose(yaml: text)
        } catch let error as YamlError {
            let (line, column, problem) = describe(error, text: text)
            diagnostics.error(syntaxCode,
                              at: SourceLocation(file: file, line: line + lineOffset, column: column),
                              "YAML sai cú pháp (\(problem)). Kiểm tra dấu hai chấm, thụt lề bằng dấu cách và dấu ngoặc kép.")
        } catch {
            diagnostics.error(syntaxCode, at: SourceLocation(file: file, line: 1 + lineOffset), "YAML sai cú pháp.")
        }
        return nil
    }

    /// Position (line from 1) and Vietnamese problem of a Yams error. Reader errors (bad
    /// bytes, control characters) carry a byte offset instead of a mark.
    private static func describe(_ error: YamlError, text: String) -> (line: Int, column: Int?, problem: String) {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return (max(mark.line, 1), mark.column, YAMLProblemText.vietnamese(problem))
        case let .duplicatedKeysInMapping(duplicates, context):
            return (max(context.mark.line, 1), context.mark.column, "khóa lặp lại: \(duplicates.joined(separator: ", "))")
        case let .reader(problem, offset, _, _):
            return (offset.map { line(atByteOffset: $0, in: text) } ?? 1, nil, YAMLProblemText.vietnamese(problem))
        default:
            return (1, nil, "lỗi cú pháp YAML")
        }
    }

    private static func line(atByteOffset offset: Int, in text: String) -> Int {
        text.utf8.prefix(offset).lazy.filter { $0 == UInt8(ascii: "\n") }.count + 1
    }
}

/// Typed, position-aware access to one YAML mapping. Every accessor reports a Vietnamese
/// diagnostic at the value's own line when the value has the wrong shape, and returns nil.
package struct YAMLFields {
    let mapping: Node.Mapping
    package let file: String
    let lineOffset: Int
    package let diagnostics: Diagnostics
    let invalidValueCode: DiagnosticCode
    package let mark: Mark?

    package init?(_ node: Node?, file: String, lineOffset: Int = 0, diagnostics: Diagnostics,
          invalidValueCode: DiagnosticCode, what: String) {
        guard let node else { return nil }
        guard let mapping = node.mapping else {
            diagnostics.error(invalidValueCode,
                              at: SourceLocation(file: file, line: node.mark.map { $0.line + lineOffset } ?? 1 + lineOffset),
                              "\(what) phải là danh sách dạng \"khóa: giá trị\".")
            return nil
        }
        self.mapping = mapping
        self.file = file
        self.lineOffset = lineOffset
        self.diagnostics = diagnostics
        self.invalidValueCode = invalidValueCode
        self.mark = node.mark
    }

    package var keys: [String] { mapping.keys.compactMap(\.string) }

    /// Looked up by the key's text: `mapping[key]` compares resolved tags, so a quoted key
    /// such as "2025" (a string) would not be found by the text 2025 (an int).
    package func node(_ key: String) -> Node? { mapping.first { $0.key.string == key }?.value }

    package func location(of key: String) -> SourceLocation {
        let keyNode = mapping.first { $0.key.string == key }?.key
        let mark = keyNode?.mark ?? self.mark
        return SourceLocation(file: file, line: mark.map { $0.line + lineOffset } ?? 1 + lineOffset, column: mark?.column)
    }

    package func location(ofValue node: Node) -> SourceLocation {
        SourceLocation(file: file, line: node.mark.map { $0.line + lineOffset } ?? 1 + lineOffset, column: node.mark?.column)
    }

    /// A scalar as text; numbers and booleans are accepted and kept as written.
    package func string(_ key: String) -> String? {
        guard let value = node(key) else { return nil }
        guard let scalar = value.scalar else {
            diagnostics.error(invalidValueCode, at: location(of: key), "\"\(key)\" phải là một giá trị đơn (chữ hoặc số).")
            return nil
        }
        if Tag.Name(rawValue: value.tag.description) == .null { return nil }
        let text = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    package func bool(_ key: String) -> Bool? {
        guard let value = node(key) else { return nil }
        if let bool = value.bool { return bool }
        switch value.string.map(VietnameseFolding.fold) {
        case "co", "yes", "true", "bat": return true
        case "khong", "no", "false", "tat": return false
        default:
            diagnostics.error(invalidValueCode, at: location(of: key), "\"\(key)\" phải là true/false (có/không).")
            return nil
        }
    }

    package func int(_ key: String) -> Int? {
        guard let text = string(key) else { return nil }
        guard let value = Int(text) else {
            diagnostics.error(invalidValueCode, at: location(of: key), "\"\(key)\" phải là một số nguyên.")
            return nil
        }
        return value
    }

    package func date(_ key: String, code: DiagnosticCode = .invalidDate) -> CivilDate? {
        guard let text = string(key) else { return nil }
        switch CivilDate.parse(text) {
        case .date(let date): return date
        case .impossible:
            diagnostics.error(code, at: location(of: key), "Ngày \"\(text)\" không tồn tại. Kiểm tra ngày và tháng.")
        case .unreadable:
            diagnostics.error(code, at: location(of: key), "Không hiểu ngày \"\(text)\". Viết dạng 07/02/2025 hoặc 2025-02-07.")
        }
        return nil
    }

    package func fields(_ key: String) -> YAMLFields? {
        YAMLFields(node(key), file: file, lineOffset: lineOffset, diagnostics: diagnostics,
                   invalidValueCode: invalidValueCode, what: "\"\(key)\"")
    }

    package func sequence(_ key: String) -> [Node]? {
        guard let value = node(key) else { return nil }
        guard let sequence = value.sequence else {
            diagnostics.error(invalidValueCode, at: location(of: key), "\"\(key)\" phải là một danh sách (mỗi mục bắt đầu bằng \"- \").")
            return nil
        }
        return Array(sequence)
    }

    /// Warns about keys nobody reads: usually a typo that would otherwise be silently ignored.
    package func warnUnknownKeys(allowed: Set<String>, code: DiagnosticCode) {
        for key in keys where !allowed.contains(key) {
            let suggestion = allowed.min { editDistance($0, key) < editDistance($1, key) }
            let hint = suggestion.flatMap { editDistance($0, key) <= 2 ? " Có phải \"\($0)\"?" : nil } ?? ""
            diagnostics.warning(code, at: location(of: key), "Khóa \"\(key)\" không được dùng, sẽ bỏ qua.\(hint)")
        }
    }
}

/// Levenshtein distance, for "did you mean" hints on short keys.
package func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        previous = current
    }
    return previous[b.count]
}

