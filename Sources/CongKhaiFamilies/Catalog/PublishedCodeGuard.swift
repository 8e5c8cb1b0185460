import CongKhaiCore

/// Keeps every published procedure address alive. A code in the record of published codes
/// that the catalog no longer lists is an error naming it, unless an announcement decision
/// abolished it: then its page stays, made from the record (name, field) and the decision.
/// A missing or empty catalog is the same case for every code at once.
enum PublishedCodeGuard {
    static func check(record: PublishedCodes, listed: [Procedure], book: DecisionBook, asOf: CivilDate,
                      catalogFile: String, diagnostics: Diagnostics) -> [Procedure] {
        let codes = Set(listed.map(\.code))
        var kept: [Procedure] = []
        var lost: [PublishedCodes.ProcedureEntry] = []
        for entry in record.procedures.values.sorted(by: { $0.code < $1.code }) where !codes.contains(entry.code) {
            if let lifecycle = ProcedureLifecycle.derive(code: entry.code, book: book, asOf: asOf),
               case .abolished = lifecycle.state {
                var procedure = Procedure(code: entry.code, name: entry.name, field: entry.field, levels: .communeOwn,
                                          timeLimit: nil, fee: nil, onlineLevel: nil, agency: nil, legalBasis: nil,
                                          decision: lifecycle.abolishedBy?.number, effectiveFrom: nil, effectiveUntil: nil,
                                          status: .abolished, formalityId: nil, source: nil, sections: [],
                                          location: SourceLocation(file: PublishedCodes.fileName, line: entry.line))
                procedure.lifecycle = lifecycle
                var hasher = FNV1a()
                for part in [entry.code, entry.name, entry.field, lifecycle.abolishedBy?.number ?? "", lifecycle.replacedBy ?? ""] {
                    hasher.combine(part)
                }
                procedure.sourceFingerprint = hasher.value
                procedure.listingFingerprint = hasher.value
                kept.append(procedure)
            } else {
                lost.append(entry)
            }
        }
        guard !lost.isEmpty else { return kept }
        let shown = lost.prefix(30).map { "\($0.code) (\($0.name))" }.joined(separator: "; ")
        let more = lost.count > 30 ? "; và \(lost.count - 30) mã khác" : ""
        let what = codes.isEmpty
            ? "Danh mục thủ tục trống hoặc không có"
            : "Danh mục không còn \(lost.count) thủ tục đã đăng"
        diagnostics.error(.publishedCodeMissing, at: SourceLocation(file: catalogFile, line: 1),
                          "\(what): \(shown)\(more). Trang và mã QR in ra của các mã này sẽ hỏng. Giữ lại hàng của thủ tục; nếu thủ tục đã bị bãi bỏ, ghi \"Trạng thái: bãi bỏ\" hoặc thêm quyết định bãi bỏ vào data/\(DecisionReader.tableName).csv.")
        return kept
    }
}
