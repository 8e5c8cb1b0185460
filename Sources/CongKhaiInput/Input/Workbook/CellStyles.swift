import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// From `xl/styles.xml`, the one fact the reader needs about each cell style (`cellXfs`, which a
/// cell's `s` attribute indexes): whether its number format shows a date.
struct CellStyles: Equatable {
    let dateStyles: [Bool]

    static let part = "xl/styles.xml"
    static let none = CellStyles(dateStyles: [])

    func isDate(style: Int) -> Bool { style >= 0 && style < dateStyles.count && dateStyles[style] }

    static func parse(_ data: Data) throws(WorkbookError) -> CellStyles {
        let handler = Handler()
        try XMLPart.parse(data, part: part, with: handler)
        return CellStyles(dateStyles: handler.formatIds.map {
            DateFormatCode.isDate(formatId: $0, customCode: handler.customCodes[$0])
        })
    }

    private final class Handler: NSObject, XMLParserDelegate {
        var customCodes: [Int: String] = [:]
        var formatIds: [Int] = []
        private var inCellXfs = false

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            switch XMLPart.localName(elementName) {
            case "numFmt":
                if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] { customCodes[id] = code }
            case "cellXfs": inCellXfs = true
            case "xf" where inCellXfs: formatIds.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
            default: break
            }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            if XMLPart.localName(elementName) == "cellXfs" { inCellXfs = false }
        }
    }
}
