import CongKhaiCore

/// One warning naming every published limit whose unit no source states ("15 ngày", a bare
/// "3"): the pages say the unit is not stated, and no due date is computed from such a limit,
/// so no dossier is called late on a guess. One warning, not one per cell: a catalog
/// exported with bare numbers would otherwise bury every other message.
enum TimeLimitUnitCheck {
    static func unstated(_ catalog: Catalog) -> [Procedure] {
        (catalog.inForce + catalog.upcoming)
            .filter { if case .unstatedUnit = $0.limit { return true } else { return false } }
            .sorted { ($0.timeLimitLocation?.file ?? "", $0.timeLimitLocation?.line ?? 0, $0.code)
                < ($1.timeLimitLocation?.file ?? "", $1.timeLimitLocation?.line ?? 0, $1.code) }
    }

    static func report(_ catalog: Catalog, diagnostics: Diagnostics) {
        let procedures = unstated(catalog)
        guard let first = procedures.first else { return }
        let cells = procedures.map { procedure in
            let place = procedure.timeLimitLocation.map { location in
                location.file + (location.line.map { " dòng \($0)" } ?? "")
            } ?? procedure.location.file
            return "\(procedure.code) \"\(procedure.timeLimit ?? "")\" (\(place))"
        }
        diagnostics.warning(.timeLimitUnitUnstated, at: first.timeLimitLocation ?? first.location,
                            "\(procedures.count) thủ tục có thời hạn giải quyết chưa ghi đơn vị (ngày làm việc hay ngày dương lịch): \(cells.joined(separator: "; ")). Trang ghi rõ là chưa có đơn vị và không tính hạn trả, không xếp hồ sơ trễ hạn theo các thời hạn này. Ghi đơn vị vào ô (\"15 ngày làm việc\"), vào tiêu đề cột (\"Thời hạn giải quyết (ngày làm việc)\") hoặc cột \"Đơn vị thời hạn\" (WORKING_DAY theo Cơ sở dữ liệu quốc gia), theo căn cứ pháp lý của thủ tục.")
    }
}
