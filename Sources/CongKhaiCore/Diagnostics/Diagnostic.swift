/// One problem found in the webmaster's input, with where it is and what to do.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        case error = "lỗi"
        case warning = "cảnh báo"

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
    }

    public let severity: Severity
    public let code: DiagnosticCode
    public let location: SourceLocation
    /// Vietnamese text for the webmaster: what is wrong and how to fix it.
    public let message: String

    public init(_ severity: Severity, _ code: DiagnosticCode, at location: SourceLocation, _ message: String) {
        self.severity = severity
        self.code = code
        self.location = location
        self.message = message
    }

    /// "data/thu-tuc.csv:12:3: lỗi CK031: …", the form editors and CI logs recognize.
    public var description: String {
        "\(location): \(severity.rawValue) \(code.rawValue): \(message)"
    }
}

/// A place in an input file. Lines and columns count from 1; for CSV files the line is the
/// spreadsheet row (header = 1) and `column` names the header, as the webmaster sees it in Excel.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    public let column: Int?
    public let field: String?
    /// In a workbook, the sheet and cell as Excel names them ("Danh mục!C12", or "Danh mục!12:12"
    /// for a whole row). When set, it is shown instead of line and column, which still sort.
    public let cell: String?

    public init(file: String, line: Int? = nil, column: Int? = nil, field: String? = nil, cell: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.cell = cell
    }

    /// The file and header are shown on one line whatever they hold: a line break in a file
    /// name would otherwise print a second line that reads like a diagnostic of its own.
    public var description: String {
        var text = TerminalSafeText.escapeLine(file)
        if let cell {
            text += " [\(cell)]"
        } else {
            if let line { text += ":\(line)" }
            if let column { text += ":\(column)" }
        }
        if let field { text += " [\(TerminalSafeText.escapeLine(field))]" }
        return text
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.file, lhs.line ?? 0, lhs.column ?? 0) < (rhs.file, rhs.line ?? 0, rhs.column ?? 0)
    }

    /// The same place, naming the key (shown as "[feedback.province_system_url]").
    package func naming(_ key: String) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column, field: key)
    }
}
