/// The column names the site's tables know, all tables together: what tells a sheet's header
/// row from the title rows above it ("DANH MỤC THỦ TỤC HÀNH CHÍNH…", "UBND XÃ…"), and which
/// columns hold codes that Excel turns into numbers.
///
/// Data files are parsed before the families that read them, so a reader does not know which
/// table a file holds; the union of every table's names still finds the header, since a title
/// row is one long sentence and never a column name. The page families declare their tables'
/// columns (`FamilyInput`); the loader gathers them here.
public struct ColumnVocabulary: Sendable {
    /// Folded names (`HeaderName.key`).
    public private(set) var known: Set<String>
    /// Columns whose numbers are codes ("1.001234") that Excel stored as numbers and that can
    /// be restored (`ProcedureCodeRestoration`).
    public private(set) var codeColumns: Set<String>

    public init(known: Set<String> = [], codeColumns: Set<String> = []) {
        self.known = known
        self.codeColumns = codeColumns
    }

    /// Names of the webmaster's own tables that no family reads but templates list (a list of
    /// leaders: name, position, date).
    public static let general = ColumnVocabulary(known: Set(["Họ và tên", "Chức vụ", "Ngày", "Tên"].map(HeaderName.key)))

    /// Columns that number the rows (Số thứ tự): never data, dropped from tables.
    public static let rowNumber: Set<String> = Set(["stt", "tt", "so thu tu", "so tt"].map(HeaderName.key))

    /// A table's columns; `codes` are the keys of those holding codes.
    public mutating func add(_ specs: [ColumnSpec], codes: Set<String> = []) {
        for spec in specs {
            known.formUnion(spec.foldedNames)
            if codes.contains(spec.key) { codeColumns.formUnion(spec.foldedNames) }
        }
    }

    /// Names written out (statistics tables' usual headers).
    public mutating func add(names: [String]) {
        known.formUnion(names.map(HeaderName.key))
    }

    public func union(_ other: ColumnVocabulary) -> ColumnVocabulary {
        ColumnVocabulary(known: known.union(other.known), codeColumns: codeColumns.union(other.codeColumns))
    }
}
