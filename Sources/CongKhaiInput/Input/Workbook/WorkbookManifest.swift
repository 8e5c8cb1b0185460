import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What `xl/workbook.xml` and its relationships say: the sheets in tab order, where each
/// one's XML lives, which are hidden, and which date system serial numbers count from.
struct WorkbookManifest: Equatable {
    enum Visibility: String { case visible, hidden, veryHidden }

    struct Sheet: Equatable {
        let name: String
        let visibility: Visibility
        /// Path of the sheet's part inside the ZIP, e.g. "xl/worksheets/sheet1.xml".
        let part: String
    }

    let sheets: [Sheet]
    /// `workbookPr date1904`: workbooks made on old Macs count days from 1904-01-01.
    let uses1904Dates: Bool

    static let part = "xl/workbook.xml"
    static let relationshipsPart = "xl/_rels/workbook.xml.rels"

    static func parse(workbook: Data, relationships: Data) throws(WorkbookError) -> WorkbookManifest {
        let targets = RelationshipsHandler()
        try XMLPart.parse(relationships, part: relationshipsPart, with: targets)
        let handler = WorkbookHandler()
        try XMLPart.parse(workbook, part: part, with: handler)
        var sheets: [Sheet] = []
        for entry in handler.sheets {
            guard let target = targets.targetById[entry.relationshipId] else {
                throw WorkbookError.missingPart("\(relationshipsPart) (\(entry.relationshipId))")
            }
            sheets.append(Sheet(name: entry.name, visibility: entry.visibility, part: resolve(target)))
        }
        return WorkbookManifest(sheets: sheets, uses1904Dates: handler.uses1904Dates)
    }

    /// Targets are relative to xl/ ("worksheets/sheet1.xml") or absolute in the package ("/xl/…").
    static func resolve(_ target: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = ["xl"]
        for component in target.split(separator: "/") {
            if component == ".." { _ = parts.popLast() } else if component != "." { parts.append(String(component)) }
        }
        return parts.joined(separator: "/")
    }

    private final class WorkbookHandler: NSObject, XMLParserDelegate {
        var sheets: [(name: String, visibility: Visibility, relationshipId: String)] = []
        var uses1904Dates = false

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            switch XMLPart.localName(elementName) {
            case "workbookPr":
                let flag = attributes["date1904"]?.lowercased()
                uses1904Dates = flag == "1" || flag == "true"
            case "sheet":
                let id = attributes["r:id"] ?? attributes.first { $0.key.hasSuffix(":id") }?.value ?? ""
                let visibility = attributes["state"].flatMap(Visibility.init(rawValue:)) ?? .visible
                sheets.append((InputText.normalized(attributes["name"] ?? ""), visibility, id))
            default: break
            }
        }
    }

    private final class RelationshipsHandler: NSObject, XMLParserDelegate {
        var targetById: [String: String] = [:]

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            if XMLPart.localName(elementName) == "Relationship", let id = attributes["Id"], let target = attributes["Target"] {
                targetById[id] = target
            }
        }
    }
}
