import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Runs a SAX handler over one XML part and turns a parse failure into a `WorkbookError`
/// that names the part and the line.
///
/// Foundation's `XMLParser` is used rather than XMLCoder: the parts mix text and elements
/// (rich-text runs), and a streaming parser reads a large sheet without building a tree.
/// External entities are never resolved (the parser's default), so a workbook cannot make
/// the build read other files.
enum XMLPart {
    static func parse(_ data: Data, part: String, with handler: XMLParserDelegate) throws(WorkbookError) {
        // Office Open XML forbids document type declarations; refusing them outright rules out
        // entity expansion ("billion laughs") whatever the XML library would do with them.
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil {
            throw WorkbookError("Phần \(part) có khai báo DOCTYPE, điều tệp Excel không bao giờ có (tệp hỏng hoặc độc hại). \(WorkbookError.resave)", place: part)
        }
        // swift-corelibs-foundation traps (rather than failing) when a name in the document is not
        // valid UTF-8: a damaged byte in "ContentType" crashed the whole build under fuzzing. Parts
        // written by Excel and LibreOffice are UTF-8; a UTF-16 part (with its byte order mark) is
        // converted by libxml2 itself and left to it.
        let utf16 = data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF])
        if !utf16, String(validating: data, as: UTF8.self) == nil {
            let line = data.split(separator: 0x0A, omittingEmptySubsequences: false)
                .firstIndex { String(validating: $0, as: UTF8.self) == nil }.map { $0 + 1 } ?? 1
            throw .badXML(part, line: line, reason: "có byte không phải UTF-8")
        }
        // Through a stream, which the parser reads in small chunks: given the whole part at once,
        // libxml2 refuses anything over its 10 MB chunk limit as broken XML (a 25,000-row
        // register), though parts up to `InputLimits.workbookPartBytes` are accepted.
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = handler
        // On Linux, parse() returns true for a document cut off at its end; the error is still recorded.
        guard parser.parse(), parser.parserError == nil else {
            let reason = parser.parserError.map { ($0 as NSError).code }.map { "mã \($0)" } ?? "không rõ"
            throw .badXML(part, line: max(parser.lineNumber, 1), reason: reason)
        }
    }

    /// "x:sheet" → "sheet": some writers prefix the SpreadsheetML namespace.
    static func localName(_ elementName: String) -> Substring {
        guard let colon = elementName.lastIndex(of: ":") else { return Substring(elementName) }
        return elementName[elementName.index(after: colon)...]
    }
}
