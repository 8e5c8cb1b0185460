/// The scalars of everyday Vietnamese text that neither change under NFC nor join a
/// neighbour into one grapheme: everything below U+0300 (where combining marks begin), the
/// precomposed Vietnamese letters (Latin Extended Additional, U+1E00–U+1EFF), dashes, quotes,
/// the ellipsis and other general punctuation (U+2010–U+2027, U+2030–U+205E) and currency
/// signs (U+20A0–U+20C0).
///
/// Text made only of them can skip Foundation's normalization, and can be read on its UTF-8
/// bytes as if each scalar were a Character, which is several times faster than walking
/// scalars or Characters. The check itself runs on the bytes for the same reason.
package enum SimpleScalars {
    /// Whether every scalar of `bytes` (valid UTF-8) is simple and none is one that `rejects`
    /// refuses: a caller names the simple scalars it still cannot handle (CR, which joins a
    /// following LF into one Character; other line breaks for a CSV reader).
    @inline(__always)
    package static func only(_ bytes: UnsafeBufferPointer<UInt8>, rejecting rejects: (UInt32) -> Bool = { _ in false }) -> Bool {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let value: UInt32
            let length: Int
            switch lead {
            case 0..<0x80:
                value = UInt32(lead)
                length = 1
            case 0xC2...0xCB where index + 1 < bytes.count:  // U+0080–U+02FF
                value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                length = 2
            case 0xE0...0xEF where index + 2 < bytes.count:
                value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                length = 3
                switch value {
                case 0x1E00...0x1EFF, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0: break
                default: return false
                }
            default:
                return false
            }
            if rejects(value) { return false }
            index += length
        }
        return true
    }

    /// `only(_:rejecting:)` on a string's UTF-8 bytes.
    package static func only(_ text: String, rejecting rejects: (UInt32) -> Bool = { _ in false }) -> Bool {
        var text = text
        return text.withUTF8 { only($0, rejecting: rejects) }
    }
}
