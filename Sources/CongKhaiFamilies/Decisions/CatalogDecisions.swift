import CongKhaiCore

/// Applies the announcement decisions to the catalog read from the site's table: each
/// procedure gets its lifecycle, and where the decisions and the catalog disagree the
/// decision wins (it is the legal act) and the webmaster is warned.
enum CatalogDecisions {
    static func apply(_ procedures: [Procedure], book: DecisionBook, asOf: CivilDate,
                      diagnostics: Diagnostics) -> [Procedure] {
        var result: [Procedure] = []
        result.reserveCapacity(procedures.count)
        for var procedure in procedures {
            guard let lifecycle = ProcedureLifecycle.derive(code: procedure.code, book: book, asOf: asOf) else {
                result.append(procedure)
                continue
            }
            procedure.lifecycle = lifecycle
            switch lifecycle.state {
            case .abolished(let since):
                if procedure.status == .current && (procedure.effectiveUntil.map { $0 >= since } ?? true) {
                    diagnostics.warning(.catalogContradictsDecision, at: procedure.location,
                                        "Thủ tục \(procedure.code) đã bị bãi bỏ từ \(since.vietnameseShort) theo \(lifecycle.abolishedBy!.citation) nhưng danh mục vẫn ghi hiện hành. Trang sẽ đăng là đã bãi bỏ; sửa \"Trạng thái\" thành \"bãi bỏ\".")
                }
                procedure.status = .abolished
            case .upcoming(let from):
                if let given = procedure.effectiveFrom, given != from {
                    diagnostics.warning(.catalogContradictsDecision, at: procedure.location,
                                        "Thủ tục \(procedure.code): danh mục ghi hiệu lực từ \(given.vietnameseShort), quyết định công bố ghi \(from.vietnameseShort). Trang dùng ngày của quyết định.")
                }
                procedure.effectiveFrom = from
            case .inForce:
                if procedure.status == .abolished {
                    diagnostics.warning(.catalogContradictsDecision, at: procedure.location,
                                        "Thủ tục \(procedure.code) ghi \"bãi bỏ\" trong danh mục nhưng không quyết định công bố nào bãi bỏ nó. Thêm quyết định bãi bỏ vào data/\(DecisionReader.tableName).csv.")
                } else if let given = procedure.effectiveFrom, given > asOf {
                    diagnostics.warning(.catalogContradictsDecision, at: procedure.location,
                                        "Thủ tục \(procedure.code): danh mục ghi hiệu lực từ \(given.vietnameseShort) nhưng quyết định công bố đã có hiệu lực. Trang dùng ngày của quyết định.")
                    procedure.effectiveFrom = nil
                }
            }
            result.append(procedure)
        }
        return result
    }

    /// Codes a decision announces (new, amended or replacing), in force or upcoming on the
    /// as-of date, that the catalog does not list: citizens would find nothing behind them.
    static func reportMissing(book: DecisionBook, listed: Set<String>, asOf: CivilDate, diagnostics: Diagnostics) {
        for code in book.codes.sorted() where !listed.contains(code) {
            guard let lifecycle = ProcedureLifecycle.derive(code: code, book: book, asOf: asOf) else { continue }
            if case .abolished = lifecycle.state { continue }
            let (decision, entry) = book.events(for: code).last { $0.entry.action != .abolish && !($0.entry.action == .replace && $0.entry.code == code) }
                ?? book.events(for: code).last!
            diagnostics.warning(.announcedCodeMissing, at: entry.location,
                                "Thủ tục \(code) được công bố tại \(decision.citation) nhưng không có trong danh mục: người dân không tìm thấy nó trên trang. Thêm thủ tục vào data/thu-tuc.csv cùng nội dung đầy đủ.")
        }
    }
}
