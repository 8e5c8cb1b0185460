/// Text and numbers as the XML parts of a workbook hold them.
enum XMLText {
    /// Escapes markup characters; for attributes the quote too. Line breaks are kept as line
    /// feeds (a carriage return would be read back as a line feed by any XML parser anyway).
    static func escaped(_ text: String, inAttribute: Bool = false) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where inAttribute: result += "&quot;"
            case "\n" where inAttribute: result += "&#10;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The first scalar XML 1.0 cannot carry (control characters other than tab and line feed),
    /// after carriage returns have become line feeds.
    static func firstUnwritableScalar(_ text: String) -> UInt32? {
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x20 && value != 0x09 && value != 0x0A { return value }
            if value == 0xFFFE || value == 0xFFFF { return value }
        }
        return nil
    }

    /// "\r\n" and lone "\r" as "\n".
    static func normalizingLineBreaks(_ text: String) -> String {
        guard text.contains("\r") else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// A number as OOXML's xsd:double: integers without a fraction, others in Swift's shortest
    /// form that reads back to the same value ("97.5", "1e-05"). Nil for NaN and infinities.
    static func number(_ value: Double) -> String? {
        guard value.isFinite else { return nil }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
