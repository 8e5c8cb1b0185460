/// How a cell looks and whether a protected sheet lets it be typed into.
///
/// One font family for the whole workbook (`WorkbookWriter.fontName`): forms of Vietnamese
/// administrations are set in Times New Roman (Nghị định 30/2020/NĐ-CP, Phụ lục I).
public struct CellStyle: Hashable, Sendable {
    public enum Horizontal: String, Sendable { case general, left, center, right }
    public enum Vertical: String, Sendable { case top, center, bottom }

    public var bold = false
    public var italic = false
    /// Points; nil is the workbook's default size.
    public var fontSize: Double? = nil
    /// Background as six hex digits ("F2F2F2"), or nil for none.
    public var fill: String? = nil
    public var wrapsText = false
    public var horizontal: Horizontal = .general
    public var vertical: Vertical = .top
    /// A thin border on all four sides.
    public var bordered = false
    /// On a protected sheet, a locked cell cannot be changed (Excel's default for every cell).
    public var locked = true
    /// An Excel number format such as "0.##"; nil is General.
    public var numberFormat: String? = nil

    public init(bold: Bool = false, italic: Bool = false, fontSize: Double? = nil, fill: String? = nil,
                wrapsText: Bool = false, horizontal: Horizontal = .general, vertical: Vertical = .top,
                bordered: Bool = false, locked: Bool = true, numberFormat: String? = nil) {
        self.bold = bold
        self.italic = italic
        self.fontSize = fontSize
        self.fill = fill
        self.wrapsText = wrapsText
        self.horizontal = horizontal
        self.vertical = vertical
        self.bordered = bordered
        self.locked = locked
        self.numberFormat = numberFormat
    }
}
