/// The HTML escaping of `{{value}}`: `& < > " '` become `&amp; &lt; &gt; &quot; &#39;`, the
/// five characters and entities of swift-mustache and of CongKhai's `HTMLEscape.attribute`,
/// so a value is safe in text and in a quoted attribute alike. One pass over the UTF-8, copying
/// each run of plain bytes whole.
enum HTMLEscaping {
    /// All five are below 64: one shift and a test tell them from any other byte, and every
    /// byte of a multi-byte character (≥ 0x80) passes at the first comparison.
    private static let mask: UInt64 = 1 << UInt8(ascii: "&") | 1 << UInt8(ascii: "<") | 1 << UInt8(ascii: ">")
        | 1 << UInt8(ascii: "\"") | 1 << UInt8(ascii: "'")

    @inline(__always)
    static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 64 && mask & (1 << byte) != 0
    }

    static func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        var copied = 0
        for index in 0..<bytes.count where needsEscape(bytes[index]) {
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
            switch bytes[index] {
            case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
            default: output.append(contentsOf: "&#39;".utf8)
            }
            copied = index + 1
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
    }
}
