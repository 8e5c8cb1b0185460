import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What a built site's text files may not hold: the characters input cleaning removes.
package enum PublishedText {
    /// The output files that are text (pages, fragments, feeds, data, styles, scripts).
    package static func isText(_ path: String) -> Bool {
        ["html", "htm", "xml", "json", "txt", "css", "js", "svg"].contains(path.split(separator: ".").last.map(String.init) ?? "")
    }

    /// Control characters (but tab and line ends), directional overrides and isolates, and
    /// Unicode's two noncharacters at the end of the Basic Multilingual Plane.
    package static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0xFFFE, 0xFFFF: true
        default: false
        }
    }
}

/// What a built site must hold whatever its input: no control character, directional override
/// or XML noncharacter in any text file, and a well-formed feed.
package enum OutputAudit {
    package static func problems(in output: URL) -> [String] {
        var problems: [String] = []
        for (path, data) in treeContents(output) where PublishedText.isText(path) {
            let text = String(decoding: data, as: UTF8.self)
            if let scalar = text.unicodeScalars.first(where: PublishedText.isForbidden) {
                problems.append("\(path) holds U+\(String(scalar.value, radix: 16, uppercase: true))")
            }
        }
        if let feed = FileManager.default.contents(atPath: output.appendingPathComponent("feed.xml").path) {
            let parser = XMLParser(data: feed)
            if !parser.parse() || parser.parserError != nil { problems.append("feed.xml is not well-formed") }
        }
        return problems
    }
}
