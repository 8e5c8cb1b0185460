import Foundation
import ZIPFoundation

/// A minimal `.xlsx` written in the test itself, for shapes no fixture has: a sheet's rows as
/// strings (kept in the shared-string table, escaped as Excel escapes them), merged ranges, and
/// any extra XML placed inside the sheet data.
package struct SheetWorkbook {
    /// Rows from row `firstRow` down, cells from column A.
    package var rows: [[String]]
    package var firstRow = 1
    package var merges: [String] = []
    /// Shared strings written as they are (Excel's `_xHHHH_` escapes included).
    package var rawStrings = false
    /// Text kept in the cells (`inlineStr`), as some exporters write it, rather than in the
    /// shared-string table: the sheet part then holds all the text.
    package var inlineStrings = false

    package init(rows: [[String]], firstRow: Int = 1, merges: [String] = [], rawStrings: Bool = false, inlineStrings: Bool = false) {
        self.rows = rows
        self.firstRow = firstRow
        self.merges = merges
        self.rawStrings = rawStrings
        self.inlineStrings = inlineStrings
    }

    package func data() throws -> Data {
        var strings: [String] = []
        var index: [String: Int] = [:]
        var sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        for (offset, row) in rows.enumerated() {
            let number = firstRow + offset
            sheet += "<row r=\"\(number)\">"
            for (column, text) in row.enumerated() where !text.isEmpty {
                if inlineStrings {
                    sheet += "<c r=\"\(Self.column(column))\(number)\" t=\"inlineStr\"><is><t>\(Self.escaped(text))</t></is></c>"
                    continue
                }
                let position: Int
                if let known = index[text] {
                    position = known
                } else {
                    position = strings.count
                    index[text] = position
                    strings.append(text)
                }
                sheet += "<c r=\"\(Self.column(column))\(number)\" t=\"s\"><v>\(position)</v></c>"
            }
            sheet += "</row>"
        }
        sheet += "</sheetData>"
        if !merges.isEmpty {
            sheet += "<mergeCells count=\"\(merges.count)\">" + merges.map { "<mergeCell ref=\"\($0)\"/>" }.joined() + "</mergeCells>"
        }
        sheet += "</worksheet>"
        let shared = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"\(strings.count)\" uniqueCount=\"\(strings.count)\">"
            + strings.map { "<si><t xml:space=\"preserve\">\(rawStrings ? $0 : Self.escaped($0))</t></si>" }.joined() + "</sst>"
        let parts: [(String, String)] = [
            ("[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>
            """),
            ("_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """),
            ("xl/workbook.xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Danh mục" sheetId="1" r:id="rId1"/></sheets></workbook>
            """),
            ("xl/_rels/workbook.xml.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>
            """),
            ("xl/worksheets/sheet1.xml", sheet),
            ("xl/sharedStrings.xml", shared),
        ]
        let archive = try Archive(accessMode: .create)
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 modificationDate: Date(timeIntervalSince1970: 315_532_800), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    /// "A", "B", … "Z", "AA" for a zero-based column.
    package static func column(_ index: Int) -> String {
        var index = index + 1
        var name = ""
        while index > 0 {
            let remainder = (index - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            index = (index - 1) / 26
        }
        return name
    }

    package static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
