import Foundation

/// Reads the webmaster's text files the same way everywhere: UTF-8 (with or without BOM),
/// line endings normalized to LF, and Unicode normalized to NFC. Text pasted from Word or
/// PDF often arrives decomposed (e + combining marks), which would otherwise break
/// matching, sorting and slugs.
public enum SourceFile {
    public enum ReadError: Error, Equatable {
        case notFound
        case notUTF8
    }

    public static func read(_ url: URL) throws(ReadError) -> String {
        guard let data = FileManager.default.contents(atPath: url.path) else { throw .notFound }
        return try decode(data)
    }

    public static func decode(_ data: Data) throws(ReadError) -> String {
        if let text = UTF16Text.decode(data) { return normalize(text) }
        guard let text = String(validating: data, as: UTF8.self) else { throw .notUTF8 }
        return normalize(text)
    }

    public static func normalize(_ text: String) -> String {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.utf8.contains(UInt8(ascii: "\r")) {
            // "\r\n" is a single Character in Swift, so replace it before lone "\r".
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        // Foundation's normalization costs more than reading the file; most files are
        // already NFC, which a scan of their scalars can prove.
        return isCertainlyNFC(text) ? text : text.precomposedStringWithCanonicalMapping
    }

    /// True when no scalar can change under NFC: everything below U+0300 (where combining
    /// marks begin), the precomposed Vietnamese letters (Latin Extended Additional) and
    /// common punctuation (dashes, quotes, ellipsis) and currency signs. Anything else,
    /// including every combining mark, sends the text through full normalization.
    static func isCertainlyNFC(_ text: String) -> Bool {
        // Checked on the UTF-8 bytes, which is several times faster than walking scalars.
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                switch lead {
                case 0..<0x80:
                    index += 1
                case 0xC2...0xCB:  // U+0080–U+02FF
                    index += 2
                case 0xE0...0xEF where index + 2 < bytes.count:
                    let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    switch value {
                    case 0x1E00...0x1EFF, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0: index += 3
                    default: return false
                    }
                default:
                    return false
                }
            }
            return true
        }
    }

    /// Reads a file and reports a diagnostic instead of throwing, for the load phase.
    static func read(_ url: URL, displayPath: String, diagnostics: Diagnostics) -> String? {
        do {
            return try read(url)
        } catch .notUTF8 {
            diagnostics.error(.unreadableFile, at: SourceLocation(file: displayPath),
                              "Tệp không phải UTF-8. Hãy lưu lại với mã hóa UTF-8 (Excel: \"CSV UTF-8\").")
        } catch {
            diagnostics.error(.unreadableFile, at: SourceLocation(file: displayPath), "Không đọc được tệp.")
        }
        return nil
    }
}
