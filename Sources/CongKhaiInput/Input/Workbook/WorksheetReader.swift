import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The cells and merged ranges of one `xl/worksheets/sheetN.xml`.
struct Worksheet: Sendable {
    let name: String
    let cells: [SheetCell]
    let merges: [MergedRange]
}

/// Reads a sheet part. Rows and cells may omit `r` (some generators do): a row then follows
/// the previous one, and a cell the previous cell. Formulas are not evaluated: the value
/// Excel cached in `<v>` is used, which is what the webmaster saw on screen.
enum WorksheetReader {
    static func read(_ data: Data, part: String, name: String, sharedStrings: [String]?, styles: CellStyles) throws(WorkbookError) -> Worksheet {
        let handler = Handler(sheet: name, sharedStrings: sharedStrings, styles: styles)
        do {
            try XMLPart.parse(data, part: part, with: handler)
        } catch {
            // A problem the handler found stops the parser, which then reports an abort.
            throw handler.problem ?? error
        }
        if let problem = handler.problem { throw problem }
        return Worksheet(name: name, cells: handler.cells, merges: handler.merges)
    }

    private final class Handler: NSObject, XMLParserDelegate {
        let sheet: String
        let sharedStrings: [String]?
        let styles: CellStyles
        var cells: [SheetCell] = []
        var merges: [MergedRange] = []
        var problem: WorkbookError?

        private var row = 0
        private var column = -1
        private var cellType = "n"
        private var cellStyle = 0
        private var cellReference: CellReference?
        private var value: String?
        private var inValue = false
        /// The cell holds a formula (`<f>`): its value is what the spreadsheet last calculated.
        private var hasFormula = false
        private var inline: InlineTextCollector?

        init(sheet: String, sharedStrings: [String]?, styles: CellStyles) {
            self.sheet = sheet
            self.sharedStrings = sharedStrings
            self.styles = styles
        }

        private func fail(_ parser: XMLParser, _ error: WorkbookError) {
            if problem == nil { problem = error }
            parser.abortParsing()
        }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            if let inline {
                inline.parser(parser, didStartElement: elementName, namespaceURI: namespaceURI, qualifiedName: qualifiedName, attributes: attributes)
                return
            }
            switch XMLPart.localName(elementName) {
            case "row":
                if let text = attributes["r"] {
                    guard let number = Int(text), (1...CellReference.maxRow).contains(number) else {
                        return fail(parser, WorkbookError("Số hàng \"\(text)\" không hợp lệ (tệp hỏng).", place: "\(sheet)"))
                    }
                    row = number
                } else {
                    row += 1
                }
                column = -1
            case "c":
                if let text = attributes["r"] {
                    guard let reference = CellReference(text) else {
                        return fail(parser, WorkbookError("Địa chỉ ô \"\(text)\" không hợp lệ (tệp hỏng).", place: "\(sheet)"))
                    }
                    cellReference = reference
                } else {
                    guard row >= 1, column + 1 < CellReference.maxColumn else {
                        return fail(parser, WorkbookError("Ô nằm ngoài một hàng hợp lệ (tệp hỏng).", place: "\(sheet)"))
                    }
                    cellReference = CellReference(column: column + 1, row: row)
                }
                column = cellReference!.column
                cellType = attributes["t"] ?? "n"
                cellStyle = attributes["s"].flatMap(Int.init) ?? 0
                value = nil
                hasFormula = false
            case "v":
                inValue = true
                value = value ?? ""
            case "f":
                hasFormula = true
            case "is":
                inline = InlineTextCollector(itemElement: "is")
                inline!.parser(parser, didStartElement: elementName, namespaceURI: namespaceURI, qualifiedName: qualifiedName, attributes: attributes)
            case "mergeCell":
                if let text = attributes["ref"], let range = MergedRange(text) { merges.append(range) }
            default: break
            }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            if let collector = inline {
                collector.parser(parser, didEndElement: elementName, namespaceURI: namespaceURI, qualifiedName: qualifiedName)
                if XMLPart.localName(elementName) == "is" {
                    value = collector.items.first ?? ""
                    inline = nil
                }
                return
            }
            switch XMLPart.localName(elementName) {
            case "v": inValue = false
            case "c":
                if let reference = cellReference, let raw = value {
                    do throws(WorkbookError) {
                        if let cellValue = try decode(raw, at: reference) { cells.append(SheetCell(reference: reference, value: cellValue, isFormula: hasFormula)) }
                    } catch {
                        fail(parser, error)
                    }
                }
                cellReference = nil
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let inline {
                inline.parser(parser, foundCharacters: string)
            } else if inValue {
                value? += string
            }
        }

        private func decode(_ raw: String, at reference: CellReference) throws(WorkbookError) -> CellValue? {
            let place = "\(sheet)!\(reference)"
            switch cellType {
            case "s":
                guard let index = Int(raw.trimmingCharacters(in: .whitespaces)) else {
                    throw WorkbookError("Ô trỏ tới chuỗi \"\(raw)\" không hợp lệ (tệp hỏng).", place: place)
                }
                guard let sharedStrings else { throw WorkbookError.missingPart(SharedStrings.part) }
                guard index >= 0, index < sharedStrings.count else {
                    throw WorkbookError("Ô trỏ tới chuỗi số \(index) nhưng bảng chuỗi chỉ có \(sharedStrings.count) (tệp hỏng). \(WorkbookError.resave)", place: place)
                }
                return .text(sharedStrings[index])
            case "str", "inlineStr": return .text(ExcelEscapes.cellText(raw))
            case "b": return .bool(raw.trimmingCharacters(in: .whitespaces) == "1")
            case "e": return .error(raw)
            case "d": return raw.isEmpty ? nil : .isoDate(raw)
            default:
                let trimmed = raw.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty { return nil }
                guard let number = Double(trimmed), number.isFinite else {
                    throw WorkbookError("Ô số có giá trị \"\(raw)\" không phải số (tệp hỏng).", place: place)
                }
                return styles.isDate(style: cellStyle) ? .dateSerial(number) : .number(number)
            }
        }
    }
}
