import CongKhaiCore

/// A column header as CongKhai matches it against the names it knows.
///
/// Real exports qualify their headers: "Phí, lệ phí (nếu có)", "Phí, lệ phí (đồng)", "Thời hạn
/// giải quyết (ngày làm việc)", and abbreviate the domain's words: "Mã số TTHC", "Mức độ DVCTT".
/// Matched as typed, each of these was an unknown column and its data was dropped. So a header
/// is matched on its words without case, diacritics or punctuation, with every parenthesised
/// (or bracketed) qualifier taken out and the abbreviations written in full; the qualifiers are
/// kept, since some carry meaning the cells leave out (a currency, a unit).
package struct HeaderName: Sendable, Equatable {
    /// The matching key: "Phí, lệ phí (đồng)" → "phi_le_phi", "Mã TTHC" → "ma_thu_tuc_hanh_chinh".
    let key: String
    /// Each qualifier's text as written, outer spaces trimmed: ["đồng"], ["ngày làm việc"].
    let qualifiers: [String]

    init(_ header: String) {
        var bare = ""
        var qualifiers: [String] = []
        var current = ""
        var depth = 0
        for character in header {
            switch character {
            case "(", "[":
                if depth > 0 { current.append(character) }
                depth += 1
            case ")", "]" where depth > 0:
                depth -= 1
                if depth == 0 {
                    let qualifier = current.trimmingWhitespace()
                    if !qualifier.isEmpty { qualifiers.append(qualifier) }
                    current = ""
                    bare.append(" ")
                } else {
                    current.append(character)
                }
            default:
                if depth > 0 { current.append(character) } else { bare.append(character) }
            }
        }
        // An unclosed "(": what follows it is still part of the name.
        if depth > 0 { bare += current }
        // A header that is nothing but a qualifier keeps it as its name.
        if bare.trimmingWhitespace().isEmpty, let only = qualifiers.first {
            bare = only
            qualifiers.removeFirst()
        }
        self.key = Self.expanding(VietnameseFolding.key(bare))
        self.qualifiers = qualifiers
    }

    /// The matching key of a header or of a known name (labels and aliases go through the same).
    package static func key(_ header: String) -> String { HeaderName(header).key }

    /// The domain's abbreviations, as they appear in real headers, by their folded word.
    static let abbreviations: [Substring: String] = [
        "tthc": "thu_tuc_hanh_chinh",
        "dvctt": "dich_vu_cong_truc_tuyen",
        "dvc": "dich_vu_cong",
        "qd": "quyet_dinh",
    ]

    private static func expanding(_ key: String) -> String {
        guard key.contains("tthc") || key.contains("dvc") || key.contains("qd") else { return key }
        return key.split(separator: "_").map { abbreviations[$0] ?? String($0) }.joined(separator: "_")
    }
}
