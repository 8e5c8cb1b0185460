import Foundation
import ZIPFoundation
import CongKhaiTestSupport
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The generator that found B9, B23 and B24 (issue 26): characters pasted from Word, a PDF or a
/// chat spliced into a real content file between its characters: control characters (Word's
/// vertical tab, form feed, bell, an ANSI escape), directional marks and overrides, C1 controls,
/// XML's noncharacters, and in workbooks Excel's `_xHHHH_` escapes of them. A build that
/// passes must publish none of them, and feed.xml must stay well-formed (`OutputAudit`).
enum ControlCharacterSplicer {
    static let pasted: [String] = [
        "\u{0B}", "\u{0C}", "\u{07}", "\u{1B}[31m", "\u{1B}]0;x\u{07}", "\u{08}", "\u{7F}", "\u{85}", "\u{9B}",
        "\u{202E}", "\u{202D}", "\u{2066}", "\u{2069}", "\u{200E}", "\u{200F}", "\u{FFFE}", "\u{FFFF}",
    ]
    static let excelEscapes = ["_x000B_", "_x000C_", "_x001B_", "_x0007_", "_x202E_", "_x005F_x000B_"]

    static func splice(_ data: Data, workbook: Bool, using random: inout SplitMix64) throws -> Data {
        guard workbook else { return Data(splice(text: String(decoding: data, as: UTF8.self), tokens: pasted, using: &random).utf8) }
        // Into the workbook's text: its shared strings, packed again.
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [(String, Data)] = []
        for entry in archive.sorted(by: { $0.path < $1.path }) {
            var bytes = Data()
            _ = try archive.extract(entry, skipCRC32: true) { bytes.append($0) }
            if entry.path == "xl/sharedStrings.xml" {
                var text = String(decoding: bytes, as: UTF8.self)
                // Only inside <t>…</t>: the XML itself must stay valid for the text to be read.
                var pieces = text.components(separatedBy: "</t>")
                for index in pieces.indices.dropLast() where Bool.random(using: &random) {
                    pieces[index] += excelEscapes.randomElement(using: &random)!
                }
                text = pieces.joined(separator: "</t>")
                bytes = Data(text.utf8)
            }
            parts.append((entry.path, bytes))
        }
        let packed = try Archive(accessMode: .create)
        for (path, bytes) in parts {
            try packed.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return packed.data ?? data
    }

    private static func splice(text: String, tokens: [String], using random: inout SplitMix64) -> String {
        var characters = Array(text)
        for _ in 0..<Int.random(in: 1...6, using: &random) {
            let position = characters.isEmpty ? 0 : Int.random(in: 0...characters.count, using: &random)
            characters.insert(contentsOf: tokens.randomElement(using: &random)!, at: position)
        }
        return String(characters)
    }
}
