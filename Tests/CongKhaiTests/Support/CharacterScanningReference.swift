import Foundation
@testable import CongKhai
@testable import CongKhaiCore
@testable import CongKhaiEncoding
@testable import CongKhaiFamilies
@testable import CongKhaiInput
@testable import CongKhaiMarkdown
@testable import CongKhaiSite
import CongKhaiTestSupport

/// The `Character`-by-`Character` versions of `EmbedAttributes.strip`,
/// `RelativeLinks.rewriteURLAttributes` and `HTMLEscape` that the byte scanners replaced,
/// kept as they were (one marked change) so that `ByteScanningTests` can check the byte
/// versions give the same output on many seeded inputs.
enum CharacterScanningReference {
    static func strip(_ html: String) -> String {
        var result = ""
        var rest = html[...]
        enum Anchor { case kept, unwrapped, skipped }
        var anchor = Anchor.kept
        while let open = rest.firstIndex(of: "<") {
            // The one change: this guard came after the append below, so the text before a `<`
            // that no `>` closes was written twice ("ab<c" became "abab<c").
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            if anchor != .skipped { result += rest[..<open] }
            let tag = rest[open...close]
            rest = rest[rest.index(after: close)...]
            if tag == "</a>" {
                if anchor == .kept { result += tag }
                anchor = .kept
                continue
            }
            if anchor == .skipped { continue }
            if tag.hasPrefix("<a ") && tag.contains(" href=\"#") {
                anchor = tag.contains("data-footnote-backref") ? .skipped : .unwrapped
                continue
            }
            if tag.hasPrefix("<section") { result += "<div>"; continue }
            if tag == "</section>" { result += "</div>"; continue }
            result += cleanTag(tag)
        }
        result += rest
        return result
    }

    private static func cleanTag(_ tag: Substring) -> String {
        if tag.hasPrefix("<input") { return tag.contains("checked") ? "☑" : "☐" }
        guard !tag.hasPrefix("</") else { return String(tag) }
        let name = tag.dropFirst().prefix { $0.isLetter || $0.isNumber }
        var kept: [String] = []
        var align: String?
        for (attribute, value) in attributes(of: tag.dropFirst(1 + name.count).dropLast()) {
            if attribute == "align" { align = value; continue }
            if attribute == "class" || attribute == "id" || attribute.hasPrefix("data-") || attribute.hasPrefix("aria-") { continue }
            kept.append(value.map { "\(attribute)=\"\($0)\"" } ?? attribute)
        }
        var style: String? = switch name {
        case "table": EmbedStyle.table
        case "th": EmbedStyle.headerCell
        case "td": EmbedStyle.cell
        default: nil
        }
        if let align, ["left", "center", "right"].contains(align) {
            style = style?.replacingOccurrences(of: "text-align:left", with: "text-align:\(align)")
        }
        if name == "table" { kept.append("border=\"1\"") }
        if let style { kept.append("style=\"\(style)\"") }
        return "<" + ([String(name)] + kept).joined(separator: " ") + ">"
    }

    private static func attributes(of text: Substring) -> [(String, String?)] {
        var result: [(String, String?)] = []
        var rest = text
        while true {
            rest = rest.drop { $0.isWhitespace || $0 == "/" }
            guard !rest.isEmpty else { break }
            let name = rest.prefix { $0 != "=" && !$0.isWhitespace && $0 != "/" }
            rest = rest.dropFirst(name.count)
            guard rest.first == "=" else {
                result.append((String(name), nil))
                continue
            }
            rest = rest.dropFirst()
            if rest.first == "\"" {
                rest = rest.dropFirst()
                let value = rest.prefix { $0 != "\"" }
                rest = rest.dropFirst(value.count + 1)
                result.append((String(name), String(value)))
            } else {
                let value = rest.prefix { !$0.isWhitespace }
                rest = rest.dropFirst(value.count)
                result.append((String(name), String(value)))
            }
        }
        return result
    }

    private static let attributeNames: [[UInt8]] = ["href", "src", "action", "data-index", "poster"].map { Array($0.utf8) }

    static func rewriteURLAttributes(_ html: String, _ transform: (String) -> String) -> String {
        let bytes = Array(html.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 256)
        var copied = 0
        var index = 0
        while index + 1 < bytes.count {
            guard bytes[index] == UInt8(ascii: "="), bytes[index + 1] == UInt8(ascii: "\""),
                  isURLAttribute(bytes, endingAt: index) else {
                index += 1
                continue
            }
            let valueStart = index + 2
            var valueEnd = valueStart
            while valueEnd < bytes.count && bytes[valueEnd] != UInt8(ascii: "\"") { valueEnd += 1 }
            result += bytes[copied..<valueStart]
            result += Array(transform(String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self)).utf8)
            copied = valueEnd
            index = valueEnd
        }
        result += bytes[copied...]
        return String(decoding: result, as: UTF8.self)
    }

    private static func isURLAttribute(_ bytes: [UInt8], endingAt equals: Int) -> Bool {
        for name in attributeNames where equals >= name.count + 1 {
            let start = equals - name.count
            guard bytes[start..<equals].elementsEqual(name) else { continue }
            let before = bytes[start - 1]
            return before == UInt8(ascii: " ") || before == UInt8(ascii: "\n") || before == UInt8(ascii: "\t")
        }
        return false
    }

    static func escape(_ value: String, quotes: Bool) -> String {
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
