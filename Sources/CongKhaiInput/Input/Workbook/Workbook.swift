import Foundation

/// An opened .xlsx workbook: its sheets in tab order and what is shared between them.
/// Sheets are read only when asked for, since a site needs one per file.
struct Workbook {
    let manifest: WorkbookManifest
    private let archive: WorkbookArchive
    private let sharedStrings: [String]?
    private let styles: CellStyles

    init(url: URL, partSizeLimit: Int = WorkbookArchive.partSizeLimit) throws(WorkbookError) {
        archive = try WorkbookArchive(url: url, limit: partSizeLimit)
        try ContentTypes.checkIsSpreadsheet(try archive.require(ContentTypes.part))
        manifest = try WorkbookManifest.parse(workbook: try archive.require(WorkbookManifest.part),
                                              relationships: try archive.require(WorkbookManifest.relationshipsPart))
        // Both parts are optional: a workbook of numbers only has no strings, and a minimal
        // writer may leave out styles (then no number is a date).
        sharedStrings = try archive.read(SharedStrings.part).map { data throws(WorkbookError) in try SharedStrings.parse(data) }
        styles = try archive.read(CellStyles.part).map { data throws(WorkbookError) in try CellStyles.parse(data) } ?? .none
    }

    /// The sheets a person sees as tabs; hidden and very hidden sheets hold lookups and scratch work.
    var visibleSheets: [WorkbookManifest.Sheet] { manifest.sheets.filter { $0.visibility == .visible } }

    func read(_ sheet: WorkbookManifest.Sheet) throws(WorkbookError) -> Worksheet {
        try WorksheetReader.read(try archive.require(sheet.part), part: sheet.part, name: sheet.name,
                                 sharedStrings: sharedStrings, styles: styles)
    }
}
