import Foundation
import CongKhaiTestSupport

/// A small structural check of a built page, standing in for the Nu checker inside
/// `swift test`: the document's frame, balanced elements and unique ids.
enum HTMLStructure {
    static let void: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]
    /// Elements whose content is text, not markup.
    static let raw: Set<String> = ["script", "style", "textarea", "title"]

    static func problems(_ html: String) -> [String] {
        var problems: [String] = []
        if !html.hasPrefix("<!DOCTYPE html>\n<html lang=\"") { problems.append("no doctype and <html lang> first") }
        if !html.contains("<meta charset=\"utf-8\">") { problems.append("no <meta charset>") }
        if html.contains("<title></title>") || !html.contains("<title>") { problems.append("no title") }
        var stack: [String] = []
        var ids: Set<String> = []
        let bytes = Array(html.utf8)
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else { index += 1; continue }
            if bytes[index...].starts(with: Array("<!--".utf8)) {
                index = find(Array("-->".utf8), in: bytes, from: index) ?? bytes.count
                continue
            }
            guard let close = bytes[index...].firstIndex(of: UInt8(ascii: ">")) else { problems.append("unclosed tag"); break }
            let tag = String(decoding: bytes[(index + 1)..<close], as: UTF8.self)
            index = close + 1
            if tag.hasPrefix("!") { continue }
            if tag.hasPrefix("/") {
                let name = tag.dropFirst().lowercased()
                guard let open = stack.last else { problems.append("</\(name)> with nothing open"); continue }
                if open != name { problems.append("</\(name)> closes <\(open)>"); return problems }
                stack.removeLast()
                continue
            }
            let name = String(tag.prefix { !$0.isWhitespace && $0 != "/" }).lowercased()
            if let idRange = tag.range(of: " id=\"") {
                let id = String(tag[idRange.upperBound...].prefix { $0 != "\"" })
                if !ids.insert(id).inserted { problems.append("duplicate id \(id)") }
            }
            // "/>" closes an element of inline SVG (foreign content).
            if void.contains(name) || tag.hasSuffix("/") { continue }
            if raw.contains(name) {
                // Skip to the matching end tag: its content is not markup.
                index = find(Array("</\(name)>".utf8), in: bytes, from: index).map { $0 - "</\(name)>".utf8.count } ?? bytes.count
            }
            stack.append(name)
        }
        if !stack.isEmpty { problems.append("left open: \(stack)") }
        return problems
    }

    /// The index just after the first `needle` at or after `start`.
    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0] && bytes[index..<(index + needle.count)].elementsEqual(needle) { return index + needle.count }
            index += 1
        }
        return nil
    }
}
