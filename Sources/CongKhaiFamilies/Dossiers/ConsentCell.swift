import CongKhaiCore

/// The register's "Đồng ý công khai tên" cell: whether the applicant agreed to publish their
/// full name and, where the cell says it, where that consent is recorded ("có – phiếu đồng ý
/// ngày 14/04/2025"). Publishing a full name is processing personal data (Luật Bảo vệ dữ liệu
/// cá nhân 91/2025/QH15, from 01/01/2026; Nghị định 13/2023 before): a bare "có" in an export
/// proves nothing, so the name is published only with a reference (this cell's rest, or the
/// "Căn cứ đồng ý" column).
enum ConsentCell {
    /// Folded words that mean yes, longest first.
    private static let yes = ["dong y", "true", "yes", "co", "x", "1"]

    static func read(_ text: String) -> (consents: Bool, reference: String?) {
        let folded = VietnameseFolding.key(text, separator: " ")
        guard let word = yes.first(where: { folded == $0 || folded.hasPrefix($0 + " ") }) else { return (false, nil) }
        // The reference is what follows the yes word in the text as written.
        let wordCount = word.split(separator: " ").count
        var rest = Substring(text.trimmingWhitespace())
        for _ in 0..<wordCount {
            rest = rest.drop { !$0.isLetter && !$0.isNumber }
            rest = rest.drop { $0.isLetter || $0.isNumber }
        }
        let reference = rest.drop { !$0.isLetter && !$0.isNumber }.trimmingWhitespace()
        let cleaned = reference.hasSuffix(")") && !reference.contains("(") ? String(reference.dropLast()) : reference
        return (true, cleaned.isEmpty ? nil : cleaned)
    }
}
