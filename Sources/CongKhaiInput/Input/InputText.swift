import CongKhaiCore
import Foundation

/// The one form every text takes when it enters CongKhai, whatever file it came from (CSV,
/// YAML, Markdown, a workbook's cells, sheet names and headers): line breaks as LF and Unicode
/// in NFC. Vietnamese keyboards and text pasted from Word or PDF often write decomposed letters
/// (e + U+0302 + U+0301 for "ế"); left so, the same catalog typed two ways would match, sort,
/// slug and publish differently, and a CSV and an .xlsx of it would build different bytes.
///
/// Readers call `normalized` before anything else looks at the text. It then goes through
/// `TextCleaning` (control characters, directional marks), beside it, so every reader gets both.
enum InputText {
    static func normalized(_ text: String) -> String {
        TextCleaning.clean(canonical(text))
    }

    /// LF line breaks and NFC.
    private static func canonical(_ text: String) -> String {
        var text = text
        // On the contiguous bytes: the generic `utf8.contains` cost as much as the NFC scan.
        if text.withUTF8({ $0.contains(UInt8(ascii: "\r")) }) {
            // "\r\n" is a single Character in Swift, so replace it before lone "\r".
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        // Foundation's normalization costs more than reading the file; most text is already
        // NFC, which a scan of its scalars can prove.
        return isCertainlyNFC(text) ? text : text.precomposedStringWithCanonicalMapping
    }

    /// True when no scalar can change under NFC: everything below U+0300 (where combining
    /// marks begin), the precomposed Vietnamese letters (Latin Extended Additional) and
    /// common punctuation (dashes, quotes, ellipsis) and currency signs. Anything else,
    /// including every combining mark, sends the text through full normalization.
    static func isCertainlyNFC(_ text: String) -> Bool {
        SimpleScalars.only(text)
    }
}
