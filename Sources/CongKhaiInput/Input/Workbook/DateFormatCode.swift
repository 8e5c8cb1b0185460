/// Decides whether a number format shows a date, which is the only thing that tells a date
/// cell from a number cell in .xlsx: both store a plain number.
enum DateFormatCode {
    /// Built-in formats that are dates or times (ECMA-376 §18.8.30): 14–22 and 45–47.
    /// Regional variants Excel writes for Asian locales (27–36, 50–58) are dates too.
    static let builtInDateIds: Set<Int> = Set(14...22).union(45...47).union(27...36).union(50...58)

    static func isDate(formatId: Int, customCode: String?) -> Bool {
        if let customCode { return isDate(code: customCode) }
        return builtInDateIds.contains(formatId)
    }

    /// A custom code is a date when, outside quoted text, escaped characters and brackets
    /// (colours, conditions, locales such as `[$-42A]`), it uses d, m, y, h or s. Only the
    /// first section counts: the others format negatives, zero and text.
    static func isDate(code: String) -> Bool {
        var inQuote = false
        var inBracket = false
        var escaped = false
        for character in code {
            if escaped { escaped = false; continue }
            if inQuote { if character == "\"" { inQuote = false }; continue }
            if inBracket {
                if character == "]" { inBracket = false }
                continue
            }
            switch character {
            case "\\", "_", "*": escaped = true  // the next character is literal or padding
            case "\"": inQuote = true
            case "[": inBracket = true
            case ";": return false
            case "d", "D", "m", "M", "y", "Y", "h", "H", "s", "S": return true
            default: continue
            }
        }
        return false
    }
}
