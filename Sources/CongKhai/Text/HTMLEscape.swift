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
            // A first pass sizes the result exactly, so it is written once, straight into the
            // new string's storage, with no array in between.
            var extra = 0
            for byte in bytes {
                let entity = replacement(byte, quotes: quotes)
                if entity.count > 0 { extra += entity.count - 1 }
            }
            guard extra > 0 else { return value }
            return String(unsafeUninitializedCapacity: bytes.count + extra) { output in
                var written = 0
                var copied = 0
                for (index, byte) in bytes.enumerated() {
                    let entity = replacement(byte, quotes: quotes)
                    guard entity.count > 0 else { continue }
                    // The run of plain bytes before the character, then its entity.
                    let run = UnsafeBufferPointer(rebasing: bytes[copied..<index])
                    _ = UnsafeMutableBufferPointer(rebasing: output[written...]).initialize(from: run)
                    written += run.count
                    entity.withUTF8Buffer { entity in
                        _ = UnsafeMutableBufferPointer(rebasing: output[written...]).initialize(from: entity)
                    }
                    written += entity.count
                    copied = index + 1
                }
                let run = UnsafeBufferPointer(rebasing: bytes[copied...])
                _ = UnsafeMutableBufferPointer(rebasing: output[written...]).initialize(from: run)
                return written + run.count
            }
        }
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

private extension StaticString {
    var count: Int { utf8CodeUnitCount }
}
