/// Escaping for text the generator writes into HTML and XML outside templates, and for
/// `{{value}}` in templates (`HTMLContentType`). Works on UTF-8 bytes (the five characters are
/// ASCII, and an ASCII byte never occurs inside a multi-byte character) and returns the text
/// itself when nothing needs escaping, the usual case: it runs for every template variable,
/// QR label and attribute of a 10,000-page build.
public enum HTMLEscape {
    public static func text(_ value: String) -> String {
        escape(value, quotes: false)
    }

    public static func attribute(_ value: String) -> String {
        escape(value, quotes: true)
    }

    private static func escape(_ value: String, quotes: Bool) -> String {
        var contiguous = value
        return contiguous.withUTF8 { bytes in
            guard let first = bytes.firstIndex(where: { needsEscape($0, quotes: quotes) }) else { return value }
            // Sized exactly, so the result is written once, straight into the new string's
            // storage, with no array in between.
            var length = bytes.count
            for byte in bytes[first...] where needsEscape(byte, quotes: quotes) {
                length += replacement(byte, quotes: quotes).utf8CodeUnitCount - 1
            }
            return String(unsafeUninitializedCapacity: length) { output in
                var written = 0
                func write(_ piece: UnsafeBufferPointer<UInt8>) {
                    _ = UnsafeMutableBufferPointer(rebasing: output[written...]).initialize(from: piece)
                    written += piece.count
                }
                // Each run of plain bytes whole, then the entity that ends it.
                var copied = 0
                for index in first..<bytes.count where needsEscape(bytes[index], quotes: quotes) {
                    write(UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                    replacement(bytes[index], quotes: quotes).withUTF8Buffer(write)
                    copied = index + 1
                }
                write(UnsafeBufferPointer(rebasing: bytes[copied...]))
                return written
            }
        }
    }

    /// Whether `byte` is one of the characters to escape, by a bit of a 64-bit mask: all five
    /// are below 64 (`>` is 62), so one shift and test tell letters, spaces and every byte of
    /// a multi-byte character from them, most of any text.
    @inline(__always)
    private static func needsEscape(_ byte: UInt8, quotes: Bool) -> Bool {
        let text: UInt64 = 1 << UInt8(ascii: "&") | 1 << UInt8(ascii: "<") | 1 << UInt8(ascii: ">")
        let mask = quotes ? text | 1 << UInt8(ascii: "\"") | 1 << UInt8(ascii: "'") : text
        return byte < 64 && mask & 1 << byte != 0
    }

    /// The entity for `byte`, or an empty string when it stays as it is.
    @inline(__always)
    private static func replacement(_ byte: UInt8, quotes: Bool) -> StaticString {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\"") where quotes: "&quot;"
        case UInt8(ascii: "'") where quotes: "&#39;"
        default: ""
        }
    }
}
