import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `xl/sharedStrings.xml`: the table of strings cells of type `s` point into.
///
/// An item is plain (`<si><t>…</t></si>`) or rich text, runs of differently formatted text
/// (`<si><r><t>Mã </t></r><r><t>TTHC</t></r></si>`) whose texts are joined. Phonetic guides
/// (`<rPh>`, furigana in Japanese workbooks) are not part of the value and are skipped.
enum SharedStrings {
    static let part = "xl/sharedStrings.xml"

    static func parse(_ data: Data) throws(WorkbookError) -> [String] {
        let handler = InlineTextCollector(itemElement: "si")
        try XMLPart.parse(data, part: part, with: handler)
        // Decoded and normalized once here, not per cell that points at a string.
        return handler.items.map(ExcelEscapes.cellText)
    }
}

/// Collects the text of `<t>` elements inside each item element (`si` in the shared strings,
/// `is` inside an inline-string cell), leaving out phonetic runs. Whitespace is kept as
/// written: `xml:space="preserve"` only tells other tools not to trim it.
final class InlineTextCollector: NSObject, XMLParserDelegate {
    private let itemElement: String
    private(set) var items: [String] = []
    private var current: String?
    private var inText = false
    private var phoneticDepth = 0

    init(itemElement: String) {
        self.itemElement = itemElement
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        switch XMLPart.localName(elementName) {
        case Substring(itemElement): current = ""
        case "rPh": phoneticDepth += 1
        case "t": inText = current != nil && phoneticDepth == 0
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        switch XMLPart.localName(elementName) {
        case Substring(itemElement):
            items.append(current ?? "")
            current = nil
        case "rPh": phoneticDepth -= 1
        case "t": inText = false
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current? += string }
    }
}
