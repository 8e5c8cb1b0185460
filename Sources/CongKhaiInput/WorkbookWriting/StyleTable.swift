/// The cell formats of a workbook (`xl/styles.xml`): every distinct `CellStyle` once, in the
/// order first used, so the same document always gives the same indexes and the same bytes.
struct StyleTable {
    static let fontName = "Times New Roman"
    static let defaultFontSize = 12.0

    private struct Font: Hashable { let bold: Bool, italic: Bool, size: Double }

    private var styles: [CellStyle] = []
    private var indexByStyle: [CellStyle: Int] = [:]

    /// The `s` attribute for a cell of this style. Index 0 stays Excel's plain default format,
    /// which cells without a style of their own use.
    mutating func index(of style: CellStyle) -> Int {
        if let index = indexByStyle[style] { return index }
        styles.append(style)
        indexByStyle[style] = styles.count
        return styles.count
    }

    func xml() -> String {
        var fonts: [Font] = [Font(bold: false, italic: false, size: Self.defaultFontSize)]
        var fills: [String] = []
        var formats: [String] = []
        func fontIndex(_ style: CellStyle) -> Int {
            let font = Font(bold: style.bold, italic: style.italic, size: style.fontSize ?? Self.defaultFontSize)
            if let index = fonts.firstIndex(of: font) { return index }
            fonts.append(font)
            return fonts.count - 1
        }
        func fillIndex(_ style: CellStyle) -> Int {
            // Fills 0 and 1 are reserved by the format: none and gray125.
            guard let fill = style.fill else { return 0 }
            if let index = fills.firstIndex(of: fill) { return index + 2 }
            fills.append(fill)
            return fills.count + 1
        }
        func formatIndex(_ style: CellStyle) -> Int {
            // Custom formats are numbered from 164; below are Excel's built-in ones.
            guard let format = style.numberFormat else { return 0 }
            if let index = formats.firstIndex(of: format) { return index + 164 }
            formats.append(format)
            return formats.count + 163
        }
        var xfs = ["<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"]
        for style in styles {
            let font = fontIndex(style), fill = fillIndex(style), format = formatIndex(style)
            var xf = "<xf numFmtId=\"\(format)\" fontId=\"\(font)\" fillId=\"\(fill)\" borderId=\"\(style.bordered ? 1 : 0)\" xfId=\"0\""
            xf += format != 0 ? " applyNumberFormat=\"1\"" : ""
            xf += " applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\" applyProtection=\"1\">"
            xf += "<alignment"
            if style.horizontal != .general { xf += " horizontal=\"\(style.horizontal.rawValue)\"" }
            xf += " vertical=\"\(style.vertical.rawValue)\""
            if style.wrapsText { xf += " wrapText=\"1\"" }
            xf += "/><protection locked=\"\(style.locked ? 1 : 0)\"/></xf>"
            xfs.append(xf)
        }

        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        xml += "<styleSheet xmlns=\"\(WorkbookNamespaces.main)\">"
        if !formats.isEmpty {
            xml += "<numFmts count=\"\(formats.count)\">"
            for (index, format) in formats.enumerated() {
                xml += "<numFmt numFmtId=\"\(index + 164)\" formatCode=\"\(XMLText.escaped(format, inAttribute: true))\"/>"
            }
            xml += "</numFmts>"
        }
        xml += "<fonts count=\"\(fonts.count)\">"
        for font in fonts {
            xml += "<font>\(font.bold ? "<b/>" : "")\(font.italic ? "<i/>" : "")<sz val=\"\(XMLText.number(font.size) ?? "12")\"/>"
            xml += "<name val=\"\(Self.fontName)\"/><family val=\"1\"/></font>"
        }
        xml += "</fonts><fills count=\"\(fills.count + 2)\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
        for fill in fills {
            xml += "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF\(fill)\"/><bgColor indexed=\"64\"/></patternFill></fill>"
        }
        let thin = "style=\"thin\"><color indexed=\"64\"/>"
        xml += "</fills><borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
        xml += "<border><left \(thin)</left><right \(thin)</right><top \(thin)</top><bottom \(thin)</bottom><diagonal/></border></borders>"
        xml += "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        xml += "<cellXfs count=\"\(xfs.count)\">\(xfs.joined())</cellXfs>"
        xml += "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        xml += "</styleSheet>"
        return xml
    }
}

enum WorkbookNamespaces {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let contentTypes = "http://schemas.openxmlformats.org/package/2006/content-types"
}
