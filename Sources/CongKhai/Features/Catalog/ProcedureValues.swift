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

    static func level(_ text: String) -> Procedure.Level? {
        let folded = VietnameseFolding.key(text, separator: " ")
        if folded.contains("tinh") { return .provinceAtCommune }
        if folded.isEmpty || folded.contains("xa") || folded.contains("phuong") || folded.contains("thi tran") {
            return .commune
        }
        return nil
    }

    static func status(_ text: String) -> Procedure.Status? {
        let folded = VietnameseFolding.key(text, separator: " ")
        if folded.isEmpty || ["hien hanh", "con hieu luc", "dang ap dung", "active"].contains(folded) { return .current }
        if folded.contains("bai bo") || folded.contains("het hieu luc") || folded == "abolished" { return .abolished }
        return nil
    }

    /// `^[1-3]\.\d{6}(\.[A-Z0-9]+)?$`: one digit, a dot, six digits, and an optional local
    /// suffix such as ".H19". Checked by hand: `Regex` is not `Sendable` for a static constant.
    static func isValidCode(_ code: String) -> Bool {
        let parts = code.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3,
              parts[0].count == 1, let first = parts[0].first, ("1"..."3").contains(first),
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
