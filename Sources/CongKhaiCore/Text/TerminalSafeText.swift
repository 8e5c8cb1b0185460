/// Makes text from the webmaster's files safe to print on a terminal: control characters
/// (ESC starts ANSI sequences that recolor, move the cursor or retitle the window), C1
/// controls and bidirectional overrides (which reorder what the eye sees) are shown as
/// `\u{…}` instead. Line feeds stay, because messages use them for examples.
public enum TerminalSafeText {
    public static func escape(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) {
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// For text that must stay on one line (a file name in a diagnostic or a report): line
    /// feeds are shown as `\u{A}` too, so a name cannot forge a line of its own.
    public static func escapeLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "\n" || needsEscape($0) }) else { return text }
        return escape(text).replacingOccurrences(of: "\n", with: "\\u{A}")
    }

    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
