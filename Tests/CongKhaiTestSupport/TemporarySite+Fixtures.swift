import Foundation

extension TemporarySite {
    /// Copies a binary fixture (a workbook) into the content folder, byte for byte.
    package func copy(fixture: URL, to path: String) throws {
        try write(path, try Data(contentsOf: fixture))
    }
}

/// The workbooks written by `Fixtures/xlsx/make_fixtures.py`.
package enum WorkbookFixture {
    package static let folder = Repository.fixtures.appendingPathComponent("xlsx")
    package static func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

    /// Every malformed workbook, with the part or cell its error must name (nil: the file itself).
    package static let malformed: [(name: String, place: String?)] = [
        ("not-a-zip.xlsx", nil),
        ("truncated.xlsx", nil),
        ("encrypted.xlsx", nil),
        ("missing-shared-strings.xlsx", "xl/sharedStrings.xml"),
        ("bad-xml.xlsx", "xl/worksheets/sheet1.xml"),
        ("string-index-out-of-range.xlsx", "Dữ liệu!B13"),
        ("bad-cell-reference.xlsx", "Dữ liệu"),
        ("missing-sheet-part.xlsx", "xl/worksheets/sheet1.xml"),
        ("word-renamed.xlsx", "[Content_Types].xml"),
    ]
}
