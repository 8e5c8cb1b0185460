/// Excel's escapes of characters XML cannot carry: a control character typed into a cell is
/// kept as `_x000B_` (four hex digits between `_x` and `_`, OOXML's ST_Xstring), and an
/// underscore that would start such a form is itself written `_x005F_`. Decoded here, so a
/// cell reads as the webmaster typed it; what it then holds goes through `InputText` (NFC, then
/// `TextCleaning`) like any other input.
enum ExcelEscapes {
    static func decode(_ text: String) -> String {
        guard text.contains("_x") || text.contains("_X") else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "_", index + 6 < scalars.count, scalars[index + 1] == "x" || scalars[index + 1] == "X",
               scalars[index + 6] == "_", let value = UInt32(String(String.UnicodeScalarView(scalars[(index + 2)..<(index + 6)])), radix: 16),
               let decoded = Unicode.Scalar(value) {
                result.append(decoded)
                index += 7
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }

    /// A cell's text as the webmaster typed it, in the one form every input text takes.
    static func cellText(_ text: String) -> String {
        InputText.normalized(decode(text))
    }
}
