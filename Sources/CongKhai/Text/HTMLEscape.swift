/// Escaping for text the generator writes into HTML and XML outside templates
/// (templates escape `{{value}}` themselves). Works on UTF-8 bytes and returns the text
/// itself when nothing needs escaping, the usual case, because it runs for every QR label
/// and attribute of a 10,000-page build.
public enum HTMLEscape {
    public static func text(_ value: String) -> String {
        escape(value, quotes: false)
    }

    public static func attribute(_ value: String) -> String {
        escape(value, quotes: true)
    }

    private static func escape(_ value: String, quotes: Bool) -> String {
        func replacement(_ byte: UInt8) -> String? {
            switch byte {
            case UInt8(ascii: "&"): "&amp;"
            case UInt8(ascii: "<"): "&lt;"
            case UInt8(ascii: ">"): "&gt;"
            case UInt8(ascii: "\"") where quotes: "&quot;"
            case UInt8(ascii: "'") where quotes: "&#39;"
            default: nil
            }
        }
        guard value.utf8.contains(where: { replacement($0) != nil }) else { return value }
        var escaped = [UInt8]()
        escaped.reserveCapacity(value.utf8.count + 16)
        for byte in value.utf8 {
            if let text = replacement(byte) { escaped.append(contentsOf: text.utf8) } else { escaped.append(byte) }
        }
        return String(decoding: escaped, as: UTF8.self)
    }
}
