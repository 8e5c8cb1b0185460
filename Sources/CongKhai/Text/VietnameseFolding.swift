import Foundation

/// Folds Vietnamese text to plain lowercase ASCII-ish letters for matching.
///
/// Webmasters type headers and citizens type search words with or without tones,
/// in any case, sometimes with "đ" and sometimes with "d". Folding removes every
/// combining mark after canonical decomposition and maps đ/Đ to d, so
/// "Đăng ký khai sinh", "dang ky khai sinh" and "ĐĂNG KÝ" compare equal.
public enum VietnameseFolding {
    /// Lowercase, diacritic-free form of `text`.
    public static func fold(_ text: String) -> String {
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

    /// Folded form reduced to letters and digits joined by single `separator`s:
    /// "Mã TTHC" → "ma_tthc", "Phí, lệ phí" → "phi_le_phi".
    public static func key(_ text: String, separator: Character = "_") -> String {
        var result = ""
        var pendingSeparator = false
        for character in fold(text) {
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
