/// The one place where characters no page should carry leave the webmaster's text, for every
/// input: `InputText.normalized` applies it after NFC, to text files, workbook cells and names.
///
/// Text pasted from Word, a PDF or a chat brings invisible characters with it. A control
/// character (Word writes its manual line break as a vertical tab) made feed.xml ill-formed,
/// since XML 1.0 allows none but tab and line breaks, and reached the HTML and the terminal;
/// a bidirectional override (U+202E) reverses what follows it on screen, so "hồ sơ ‮fdp.exe"
/// reads as a PDF. They are not the webmaster's words: each control character becomes a space
/// (it stood between two words), each directional mark is removed, and so are the two
/// noncharacters XML forbids. Tabs and line breaks stay. Nothing is reported: the text says
/// what it said, without the formatting a tool left in it.
enum TextCleaning {
    static func clean(_ text: String) -> String {
        var text = text
        // Most files hold none: one pass over the bytes proves it.
        guard text.withUTF8({ Self.mayNeedCleaning($0) }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch action(for: scalar) {
            case .keep: result.append(scalar)
            case .space: result.append(" ")
            case .remove: continue
            }
        }
        return String(result)
    }

    private enum Action { case keep, space, remove }

    private static func action(for scalar: Unicode.Scalar) -> Action {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: .keep
        case 0x00...0x1F, 0x7F...0x9F: .space
        // Marks, embeddings, overrides and isolates of the bidirectional algorithm.
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: .remove
        case 0xFFFE, 0xFFFF: .remove
        default: .keep
        }
    }

    /// True when the UTF-8 bytes may hold a character `action` does not keep: a C0 control or
    /// DEL, a C1 control (0xC2 0x80–0x9F), a directional mark (0xE2 0x80 0x8E/0x8F/0xAA–0xAE,
    /// 0xE2 0x81 0xA6–0xA9) or U+FFFE/U+FFFF (0xEF 0xBF 0xBE/0xBF). Lead bytes are enough to
    /// rule most text out; the scalar pass decides.
    private static func mayNeedCleaning(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 {
                if byte != 0x09 && byte != 0x0A && byte != 0x0D { return true }
            } else if byte == 0x7F {
                return true
            } else if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) {
                return true
            } else if byte == 0xE2, index + 2 < bytes.count {
                let second = bytes[index + 1], third = bytes[index + 2]
                if second == 0x80 && (third == 0x8E || third == 0x8F || (0xAA...0xAE).contains(third)) { return true }
                if second == 0x81 && (0xA6...0xA9).contains(third) { return true }
            } else if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE {
                return true
            }
            index += 1
        }
        return false
    }
}
