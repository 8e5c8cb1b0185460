import CongKhaiCore
import Foundation

/// Reads the free-text cells of a procedure row into typed values, accepting the ways
/// webmasters write them ("Toàn trình", "toan trinh", "DVC toàn trình", "4" for the old level 4).
enum ProcedureValues {
    static func onlineLevel(_ text: String) -> Procedure.OnlineLevel?? {
        let folded = VietnameseFolding.key(text, separator: " ")
        if folded.isEmpty || ["khong", "khong co", "truc tiep", "0"].contains(folded) { return .some(nil) }
        if folded.contains("toan trinh") || folded == "4" || folded == "muc do 4" { return .full }
        if folded.contains("mot phan") || folded == "3" || folded == "muc do 3" { return .partial }
        return nil
    }

    /// "Cấp Tỉnh, Cấp Xã", "Cấp Bộ; Cơ quan khác", "cấp tỉnh tiếp nhận tại xã", "Xã": each part
    /// names one level (the national database's words, or the bare "tỉnh", "xã"); a part that
    /// names none makes the whole cell unreadable (nil), never a guess.
    static func levels(_ text: String) -> ProcedureLevels? {
        if VietnameseFolding.key(text).isEmpty { return .communeOwn }
        var received = false
        var levels: [ProcedureLevels.Level] = []
        // Split before folding: folding turns the commas between levels into spaces.
        for rawPart in text.split(whereSeparator: { ",;/\n".contains($0) }) {
            var part = " " + VietnameseFolding.key(String(rawPart), separator: " ") + " "
            for phrase in ["tiep nhan tai cap xa", "tiep nhan tai xa", "tiep nhan tai ubnd cap xa", "tiep nhan o xa", "tiep nhan tai phuong"]
                where part.contains(phrase) {
                received = true
                part = part.replacingOccurrences(of: phrase, with: " ")
            }
            for piece in part.components(separatedBy: " va ") {
                let piece = piece.trimmingWhitespace()
                let words = piece.split(separator: " ").filter { !["cap", "ubnd", "uy", "ban", "nhan", "dan", "thuoc"].contains($0) }
                if words.isEmpty { continue }
                guard let level = level(words: words, part: piece) else { return nil }
                levels.append(level)
            }
        }
        if levels.isEmpty && !received { return nil }
        return ProcedureLevels(levels, receivedAtCommune: received)
    }

    private static func level(words: [Substring], part: String) -> ProcedureLevels.Level? {
        let text = words.joined(separator: " ")
        if text.contains("co quan khac") || text == "khac" { return .other }
        if text.contains("nganh doc") || text.contains("to chuc theo nganh doc") { return .vertical }
        if text == "bo" || text.hasPrefix("bo ") || text.contains("trung uong") || text == "bo nganh" { return .ministry }
        // "thị xã", "quận" are districts: read before the commune's words.
        if text.contains("huyen") || text == "quan" || text.hasPrefix("quan ") || text.contains("thi xa") { return .district }
        if text.contains("tinh") || text.contains("thanh pho truc thuoc") { return .province }
        if ["xa", "phuong", "thi tran", "dac khu", "xa phuong", "xa phuong thi tran"].contains(text)
            || text.hasPrefix("xa ") || text.hasPrefix("phuong ") { return .commune }
        return nil
    }

    /// "Phạm vi tiếp nhận": "phi địa giới", "toàn tỉnh", "x", "có" (a column named for phi địa giới),
    /// "Trung tâm tỉnh". Empty and "không" are nil (the desk only).
    static func filingScope(_ text: String) -> FilingScope?? {
        let folded = VietnameseFolding.key(text, separator: " ")
        if folded.isEmpty || ["khong", "no", "0", "false"].contains(folded) { return .some(nil) }
        if folded.contains("phi dia gioi") || folded.contains("khong phu thuoc") || folded.contains("toan tinh")
            || folded.contains("bat ky") || ["x", "co", "yes", "1", "true"].contains(folded) {
            return .anywhereInProvince
        }
        if folded.contains("trung tam") && folded.contains("tinh") { return .provinceCentre }
        return nil
    }

    /// A place that says the dossier may be filed anywhere in the province ("bất kỳ Trung tâm
    /// … nào trong tỉnh", "không phụ thuộc vào địa giới hành chính").
    static func scope(inPlace place: String?) -> FilingScope? {
        guard let place else { return nil }
        let folded = VietnameseFolding.key(place, separator: " ")
        return folded.contains("phi dia gioi") || folded.contains("khong phu thuoc") || folded.contains("bat ky")
            ? .anywhereInProvince : nil
    }

    static func status(_ text: String) -> Procedure.Status? {
        let folded = VietnameseFolding.key(text, separator: " ")
        if folded.isEmpty || ["hien hanh", "con hieu luc", "dang ap dung", "active"].contains(folded) { return .current }
        if folded.contains("bai bo") || folded.contains("het hieu luc") || folded == "abolished" { return .abolished }
        return nil
    }

    /// `^[1-9]\.\d{6}(\.[A-Z0-9]+)?$`: one digit, a dot, six digits, and an optional local
    /// suffix such as ".H19". The first digit is any: the national database has codes from
    /// 1.001193 to 6.006597. Checked by hand: `Regex` is not `Sendable` for a static constant.
    static func isValidCode(_ code: String) -> Bool {
        let parts = code.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3,
              parts[0].count == 1, let first = parts[0].first, ("1"..."9").contains(first),
              parts[1].count == 6, parts[1].allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
        if parts.count == 3 {
            return !parts[2].isEmpty && parts[2].allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber) }
        }
        return true
    }

    /// The portal's formalityId is a UUID; anything else would produce a dead link.
    static func isValidFormalityId(_ text: String) -> Bool {
        UUID(uuidString: text) != nil
    }
}
