import CongKhaiCore

/// Facts of a procedure row that would be published as written but say nothing, or say two
/// things: a time limit "Không xác định" (the texts give one: chứng thực hợp đồng, giao dịch
/// "không quá 02 ngày làm việc", Nghị định 23/2015/NĐ-CP Điều 37), and a fee that is both
/// "Miễn phí" and an amount, or an amount the provincial council sets.
enum ProcedureFactChecks {
    static func check(timeLimit: ProcedureReader.Cell?, fee: ProcedureReader.Cell?, code: String?, diagnostics: Diagnostics) {
        let name = code.map { "Thủ tục \($0)" } ?? "Thủ tục"
        if let timeLimit, saysUndetermined(timeLimit.value) {
            diagnostics.warning(.timeLimitUndetermined, at: timeLimit.location,
                                "\(name): thời hạn giải quyết ghi \"\(timeLimit.value)\". Văn bản quy định thủ tục luôn cho thời hạn (ví dụ chứng thực hợp đồng, giao dịch: không quá 02 ngày làm việc, Nghị định 23/2015/NĐ-CP Điều 37); ghi thời hạn theo căn cứ pháp lý thay vì công bố \"Không xác định\".")
        }
        if let fee, let other = contradictsFree(fee.value) {
            diagnostics.warning(.feeContradictory, at: fee.location,
                                "\(name): phí, lệ phí vừa ghi \"Miễn phí\" vừa ghi \(other) (\"\(fee.value)\"). Người dân không biết có phải nộp hay không: ghi một mức thu rõ ràng (kèm nghị quyết của Hội đồng nhân dân tỉnh), hoặc ghi rõ trường hợp nào miễn, trường hợp nào thu.")
        }
    }

    static func saysUndetermined(_ text: String) -> Bool {
        (" " + VietnameseFolding.key(text, separator: " ") + " ").contains(" khong xac dinh ")
    }

    /// What besides "Miễn phí" the fee names: an amount ("50.000 đồng") or a rate left to the
    /// provincial council ("theo mức HĐND tỉnh"); nil when it does not contradict itself.
    static func contradictsFree(_ text: String) -> String? {
        let words = " " + VietnameseFolding.key(text, separator: " ") + " "
        guard words.contains(" mien phi ") else { return nil }
        if words.firstMatch(of: #/\d+ (\d+ )*(dong|vnd|d) /#) != nil { return "một mức thu" }
        if words.contains(" hdnd ") || words.contains(" hoi dong nhan dan ") { return "mức thu do Hội đồng nhân dân tỉnh quyết định" }
        return nil
    }
}
