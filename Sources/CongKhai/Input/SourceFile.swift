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
        guard let text = String(data: data, encoding: .utf8) else { throw .notUTF8 }
        return normalize(text)
    }

    public static func normalize(_ text: String) -> String {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        // "\r\n" is a single Character in Swift, so replace it before lone "\r".
        text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        return text.precomposedStringWithCanonicalMapping
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
