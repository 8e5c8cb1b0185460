import CongKhaiCore
import Foundation
import ZIPFoundation

/// Writes a `WorkbookDocument` as .xlsx bytes.
///
/// Written by hand because no library available to CongKhai writes workbooks: the Swift
/// packages it may use read ZIP files (ZIPFoundation) but not spreadsheets, and the xlsx
/// reader beside this (`Input/Workbook`) only reads. The format needed for a form is small:
/// six XML parts in a ZIP.
///
/// The same document always gives the same bytes, so a handed-out workbook can be compared
/// and committed: parts in byte order of their names, every entry dated 1980-01-01 00:00
/// (the ZIP format's earliest date; no clock is read), fixed permissions, deflate at zlib's
/// default level, strings and styles numbered in the order first used, no document
/// properties (which would carry a creation time and an author).
public enum WorkbookWriter {
    /// The ZIP entries' date: 1980-01-01 00:00:00 UTC.
    static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    public static func data(_ document: WorkbookDocument) throws(WorkbookWriterError) -> Data {
        var names = Set<String>()
        for sheet in document.sheets {
            guard isValidSheetName(sheet.name) else { throw .invalidSheetName(sheet.name) }
            guard names.insert(VietnameseFolding.fold(sheet.name)).inserted else { throw .duplicateSheetName(sheet.name) }
        }
        var styles = StyleTable()
        var strings = SharedStringTable()
        var parts: [String: String] = [:]
        for (index, sheet) in document.sheets.enumerated() {
            parts["xl/worksheets/sheet\(index + 1).xml"] = try SheetXMLWriter(sheet: sheet).xml(styles: &styles, strings: &strings)
        }
        parts["xl/styles.xml"] = styles.xml()
        parts["xl/sharedStrings.xml"] = strings.xml()
        parts["xl/workbook.xml"] = workbookXML(document)
        parts["xl/_rels/workbook.xml.rels"] = workbookRelationships(document)
        parts["_rels/.rels"] = packageRelationships
        parts["[Content_Types].xml"] = contentTypes(document)
        return try zip(parts)
    }

    /// Excel's rules for a tab's name.
    static func isValidSheetName(_ name: String) -> Bool {
        guard (1...31).contains(name.utf16.count), !name.hasPrefix("'"), !name.hasSuffix("'") else { return false }
        return !name.unicodeScalars.contains { "[]:*?/\\".unicodeScalars.contains($0) || $0.value < 0x20 }
    }

    private static func workbookXML(_ document: WorkbookDocument) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        xml += "<workbook xmlns=\"\(WorkbookNamespaces.main)\" xmlns:r=\"\(WorkbookNamespaces.relationships)\">"
        xml += "<workbookPr/><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
        for (index, sheet) in document.sheets.enumerated() {
            xml += "<sheet name=\"\(XMLText.escaped(sheet.name, inAttribute: true))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        xml += "</sheets>"
        let titles = document.sheets.enumerated().compactMap { index, sheet -> String? in
            guard let rows = sheet.print.repeatedRows else { return nil }
            let quoted = "'" + sheet.name.replacingOccurrences(of: "'", with: "''") + "'"
            return "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(index)\">\(XMLText.escaped(quoted))!$\(rows.lowerBound):$\(rows.upperBound)</definedName>"
        }
        if !titles.isEmpty { xml += "<definedNames>\(titles.joined())</definedNames>" }
        // The sums carry their values, but a spreadsheet that opens the filled form should
        // calculate them afresh rather than trust values another program left behind.
        xml += "<calcPr calcId=\"191029\" fullCalcOnLoad=\"1\"/></workbook>"
        return xml
    }

    private static func workbookRelationships(_ document: WorkbookDocument) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"\(WorkbookNamespaces.packageRelationships)\">"
        let type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        for index in document.sheets.indices {
            xml += "<Relationship Id=\"rId\(index + 1)\" Type=\"\(type)/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }
        let next = document.sheets.count + 1
        xml += "<Relationship Id=\"rId\(next)\" Type=\"\(type)/styles\" Target=\"styles.xml\"/>"
        xml += "<Relationship Id=\"rId\(next + 1)\" Type=\"\(type)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        return xml + "</Relationships>"
    }

    private static let packageRelationships = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<Relationships xmlns=\"\(WorkbookNamespaces.packageRelationships)\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "</Relationships>"

    private static func contentTypes(_ document: WorkbookDocument) -> String {
        let prefix = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"\(WorkbookNamespaces.contentTypes)\">"
        xml += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        xml += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        xml += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"\(prefix).sheet.main+xml\"/>"
        for index in document.sheets.indices {
            xml += "<Override PartName=\"/xl/worksheets/sheet\(index + 1).xml\" ContentType=\"\(prefix).worksheet+xml\"/>"
        }
        xml += "<Override PartName=\"/xl/styles.xml\" ContentType=\"\(prefix).styles+xml\"/>"
        xml += "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"\(prefix).sharedStrings+xml\"/>"
        return xml + "</Types>"
    }

    private static func zip(_ parts: [String: String]) throws(WorkbookWriterError) -> Data {
        do {
            let archive = try Archive(accessMode: .create)
            for name in parts.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                let data = Data(parts[name]!.utf8)
                try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), modificationDate: entryDate,
                                     permissions: 0o644, compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw WorkbookWriterError.archive("không có dữ liệu") }
            return data
        } catch let error as WorkbookWriterError {
            throw error
        } catch {
            throw .archive("\(error)")
        }
    }
}
