/// Decodes the character references that can hide a URL scheme ("&#106;avascript:",
/// "java&Tab;script&colon;"). Browsers decode numeric references even without the final ";".
package enum HTMLEntities {
    private static let named: [String: Character] = [
        "tab": "\t", "newline": "\n", "colon": ":", "lpar": "(", "rpar": ")", "sol": "/", "amp": "&", "quot": "\"",
        "apos": "'", "lt": "<", "gt": ">", "nbsp": "\u{00A0}", "period": ".", "excl": "!", "num": "#", "quest": "?",
    ]

    package static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let characters = Array(text)
        var result = ""
        var index = 0
        while index < characters.count {
            guard characters[index] == "&", index + 1 < characters.count else {
                result.append(characters[index]); index += 1; continue
            }
            if characters[index + 1] == "#", let (scalar, next) = numeric(characters, from: index + 2) {
                result.unicodeScalars.append(scalar)
                index = next
                continue
            }
            var end = index + 1
            while end < characters.count && characters[end].isASCII && characters[end].isLetter { end += 1 }
            if end < characters.count, characters[end] == ";",
               let character = named[String(characters[(index + 1)..<end]).lowercased()] {
                result.append(character)
                index = end + 1
                continue
            }
            result.append("&")
            index += 1
        }
        return result
    }

    private static func numeric(_ characters: [Character], from start: Int) -> (Unicode.Scalar, Int)? {
        var index = start
        var radix = 10
        if index < characters.count, characters[index] == "x" || characters[index] == "X" { radix = 16; index += 1 }
        let digitsStart = index
        while index < characters.count, characters[index].isASCII, characters[index].isHexDigit,
              radix == 16 || characters[index].isNumber { index += 1 }
        guard index > digitsStart else { return nil }
        let value = UInt32(String(characters[digitsStart..<index]).prefix(8), radix: radix) ?? 0xFFFD
        if index < characters.count && characters[index] == ";" { index += 1 }
        return (Unicode.Scalar(value == 0 ? 0xFFFD : value) ?? "\u{FFFD}", index)
    }
}
