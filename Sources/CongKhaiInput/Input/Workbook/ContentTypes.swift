import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `[Content_Types].xml`: proves the file is a spreadsheet and not a Word or PowerPoint
/// document renamed to .xlsx (those are ZIP files of the same family).
enum ContentTypes {
    static let part = "[Content_Types].xml"

    static func checkIsSpreadsheet(_ data: Data) throws(WorkbookError) {
        let handler = Handler()
        try XMLPart.parse(data, part: part, with: handler)
        guard handler.types.contains(where: { $0.contains("spreadsheetml") || $0.contains("ms-excel") }) else {
            throw .notSpreadsheet()
        }
    }

    private final class Handler: NSObject, XMLParserDelegate {
        var types: [String] = []

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            if let type = attributes["ContentType"] { types.append(type) }
        }
    }
}
