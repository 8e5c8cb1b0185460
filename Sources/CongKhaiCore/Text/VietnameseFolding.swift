import Foundation

/// Folds Vietnamese text to plain lowercase ASCII-ish letters for matching.
///
/// Webmasters type headers and citizens type search words with or without tones,
/// in any case, sometimes with "đ" and sometimes with "d". Folding removes every
/// combining mark after canonical decomposition and maps đ/Đ to d, so
/// "Đăng ký khai sinh", "dang ky khai sinh" and "ĐĂNG KÝ" compare equal.
public enum VietnameseFolding {
    /// Lowercase, diacritic-free form of `text`.
    ///
    /// Loading folds every title and many cells of a national catalog, and Foundation's
    /// decomposition (through NSString) dominated that. Text made only of scalars from
    /// `ScalarTable` is folded scalar by scalar from the table instead; anything else takes
    /// the full path, `slowFold`. The two agree: see `ScalarTable`.
    public static func fold(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                // ASCII: only letters change.
                bytes.append(value >= 0x41 && value <= 0x5A ? UInt8(value) + 0x20 : UInt8(value))
            } else if let folded = ScalarTable.shared.folded(value) {
                bytes += folded
            } else {
                return slowFold(text)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The definition of folding: canonical decomposition, combining marks dropped, đ/Đ
    /// mapped to d, then lowercased.
    static func slowFold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x0300...0x036F:
                continue  // combining diacritical marks (tones, breve, circumflex, horn)
            case 0x0110, 0x0111:
                scalars.append("d")  // Đ đ do not decompose: they are letters of their own
            default:
                scalars.append(scalar)
            }
        }
        return String(scalars).lowercased()
    }

    /// The folded form of each scalar of U+0080–U+02FF and U+1E00–U+1EFF (Latin letters with
    /// their marks, Vietnamese included), taken from `slowFold` itself.
    ///
    /// Folding a string scalar by scalar gives what `slowFold` gives for the whole string
    /// when the decomposition of each scalar consists of one base followed only by marks of
    /// U+0300–U+036F: canonical reordering only moves such marks, which are dropped anyway,
    /// and `lowercased()` maps scalar by scalar. A scalar whose folded form still holds a
    /// combining mark (of another block) is left out of the table, so text holding it, or
    /// any scalar outside these ranges (a lone combining mark of U+0300–U+036F included),
    /// takes the full path.
    struct ScalarTable: Sendable {
        static let shared = ScalarTable()

        private static let ranges: [ClosedRange<UInt32>] = [0x0080...0x02FF, 0x1E00...0x1EFF]
        private let latin: [[UInt8]?]
        private let extended: [[UInt8]?]

        private init() {
            func entry(_ value: UInt32) -> [UInt8]? {
                guard let scalar = Unicode.Scalar(value) else { return nil }
                let folded = VietnameseFolding.slowFold(String(Character(scalar)))
                // A surviving combining mark could be reordered against its neighbours'.
                guard folded.unicodeScalars.allSatisfy({ $0.properties.canonicalCombiningClass == .notReordered }) else { return nil }
                return Array(folded.utf8)
            }
            latin = Self.ranges[0].map(entry)
            extended = Self.ranges[1].map(entry)
        }

        /// The UTF-8 bytes of the folded scalar, or nil when it must take the full path.
        func folded(_ value: UInt32) -> [UInt8]? {
            if Self.ranges[0].contains(value) { return latin[Int(value - Self.ranges[0].lowerBound)] }
            if Self.ranges[1].contains(value) { return extended[Int(value - Self.ranges[1].lowerBound)] }
            return nil
        }
    }

    /// Folded form reduced to letters and digits joined by single `separator`s:
    /// "Mã TTHC" → "ma_tthc", "Phí, lệ phí" → "phi_le_phi".
    public static func key(_ text: String, separator: Character = "_") -> String {
        let folded = fold(text)
        // On ASCII text every Character but "\r\n" is one byte, and an ASCII Character is a
        // letter or a number exactly when its byte is a–z, A–Z or 0–9: bytes give the same
        // result as the Character walk below, many times faster.
        if folded.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(folded.utf8.count)
            let separatorBytes = Array(String(separator).utf8)
            var pendingSeparator = false
            for byte in folded.utf8 {
                if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) {
                    if pendingSeparator && !bytes.isEmpty { bytes += separatorBytes }
                    bytes.append(byte)
                    pendingSeparator = false
                } else {
                    pendingSeparator = true
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        var result = ""
        var pendingSeparator = false
        for character in folded {
            if character.isASCII && (character.isLetter || character.isNumber) {
                if pendingSeparator && !result.isEmpty { result.append(separator) }
                result.append(character)
                pendingSeparator = false
            } else {
                pendingSeparator = true
            }
        }
        return result
    }
}
