/// One sheet of a `WorkbookDocument`: cells by row and column, and how the sheet is shown,
/// protected and printed.
public struct WorksheetDocument: Sendable {
    /// The tab's name: at most 31 characters, none of `[ ] : * ? / \` (Excel's rules).
    public var name: String
    /// Row number (from 1) → column index (from 0) → cell.
    public private(set) var rows: [Int: [Int: WrittenCell]] = [:]
    /// Column index (from 0) → width in characters of the default font, as Excel measures it.
    public var columnWidths: [Int: Double] = [:]
    /// Row number → height in points. Neither Excel nor LibreOffice fits a row to wrapped text
    /// when it opens a file, so a form's long texts need their rows' heights written
    /// (`WrappedTextHeight` estimates them).
    public var rowHeights: [Int: Double] = [:]
    /// Ranges of merged cells such as "A1:M1"; the value sits in the first cell.
    public var merges: [String] = []
    /// Rows kept in view while scrolling (a header): the rows above this number stay put.
    public var frozenRowsAbove: Int? = nil
    /// Entry rules Excel and LibreOffice enforce while typing.
    public var validations: [CellValidation] = []
    /// Locks every cell whose style is locked; nil leaves the sheet unprotected.
    public var protection: SheetProtection? = nil
    public var print = PrintSetup()

    public init(name: String) {
        self.name = name
    }

    public subscript(row: Int, column: Int) -> WrittenCell? {
        get { rows[row]?[column] }
        set { rows[row, default: [:]][column] = newValue }
    }

    /// The last row that holds a cell, 0 for an empty sheet.
    public var lastRow: Int { rows.keys.max() ?? 0 }
    /// The last column index that holds a cell, -1 for an empty sheet.
    public var lastColumn: Int { rows.values.compactMap { $0.keys.max() }.max() ?? -1 }
}

/// What a protected sheet still lets a person do. No password: protection here keeps a form's
/// codes and texts from being typed over by mistake, not from a determined editor, and a
/// password nobody knows would keep the province from fixing its own form.
public struct SheetProtection: Sendable, Equatable {
    /// Column widths and row heights stay adjustable, so long evidence notes can be read.
    public var allowsResizing = true

    public init(allowsResizing: Bool = true) {
        self.allowsResizing = allowsResizing
    }
}

/// A4 printing as the office prints forms: orientation, fit to the page's width, and header
/// rows repeated on every page.
public struct PrintSetup: Sendable, Equatable {
    public var landscape = false
    /// Scales the sheet so that all its columns fit one page's width (any number of pages tall).
    public var fitToWidth = false
    /// Rows repeated at the top of every printed page, e.g. 11...11 for the header row.
    public var repeatedRows: ClosedRange<Int>? = nil

    public init(landscape: Bool = false, fitToWidth: Bool = false, repeatedRows: ClosedRange<Int>? = nil) {
        self.landscape = landscape
        self.fitToWidth = fitToWidth
        self.repeatedRows = repeatedRows
    }
}
