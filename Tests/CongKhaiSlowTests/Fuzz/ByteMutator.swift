import CongKhaiTestSupport
/// Byte-level mutations of a real content file: flips, inserts, deletions, duplicated ranges,
/// and splices of tokens that broke parsers before (quotes, colons, aliases, huge numbers,
/// NUL, invalid UTF-8, BOMs, CRLF, escape sequences, table and front matter markers).
struct ByteMutator {
    static let hostileTokens: [[UInt8]] = [
        "\"", "'", ":", ": ", "&a ", "*a", "&a [*a, *a, *a, *a]", "99999999999999999999", "-1", "0",
        "\r\n", "\r", "\t", "|", "|---|---|\n", "---\n", "- ", "{", "}", "[", "]", ",", ";", "#", "!!binary ", "%YAML 1.1\n",
        "\u{1B}[31m", "\u{202E}", "<>", "<script>alert(1)</script>", "../", "..", "/", "\\",
        "100000000 ngày làm việc", "31/02/2025", "2025-13-45", "có", "true", "null", "~",
        String(repeating: "a", count: 300), String(repeating: "|a", count: 300) + "|\n",
    ].map { Array($0.utf8) } + [[0], [0xFF], [0xC3], [0xEF, 0xBB, 0xBF], [0xE1, 0xBA]]

    static func mutate(_ bytes: [UInt8], using random: inout SplitMix64) -> [UInt8] {
        var bytes = bytes
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            apply(to: &bytes, using: &random)
        }
        return bytes
    }

    private static func apply(to bytes: inout [UInt8], using random: inout SplitMix64) {
        let position = bytes.isEmpty ? 0 : Int.random(in: 0...bytes.count, using: &random)
        switch Int.random(in: 0..<6, using: &random) {
        case 0 where !bytes.isEmpty:
            let index = min(position, bytes.count - 1)
            bytes[index] ^= 1 << UInt8.random(in: 0..<8, using: &random)
        case 1:
            bytes.insert(UInt8.random(in: 0...255, using: &random), at: position)
        case 2 where !bytes.isEmpty:
            let end = min(bytes.count, position + Int.random(in: 1...64, using: &random))
            bytes.removeSubrange(min(position, end)..<end)
        case 3 where !bytes.isEmpty:
            let start = Int.random(in: 0..<bytes.count, using: &random)
            let end = min(bytes.count, start + Int.random(in: 1...256, using: &random))
            bytes.insert(contentsOf: bytes[start..<end], at: position)
        default:
            bytes.insert(contentsOf: hostileTokens.randomElement(using: &random)!, at: position)
        }
    }
}
