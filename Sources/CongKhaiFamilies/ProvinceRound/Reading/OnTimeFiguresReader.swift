import CongKhaiCore
import CongKhaiInput

/// Reads `dung-han.*`, each unit's on-time figures for criterion 5 (b dossiers resolved on or
/// before their due date of a resolved in the year), with their source in `thong-tin.yaml`
/// (`on_time_source`). Across commune sites built together these figures come from each
/// commune's register instead; this table is for a round whose communes CongKhai does not build.
///
/// | Đơn vị | Số hồ sơ đúng hạn | Tổng số hồ sơ đã giải quyết |
enum OnTimeFiguresReader {
    static let unit = "unit", onTime = "b", resolved = "a"

    static let specs: [ColumnSpec] = [
        ColumnSpec(unit, label: "Đơn vị", aliases: ["tên đơn vị", "unit"], required: true),
        ColumnSpec(onTime, label: "Số hồ sơ đúng hạn", aliases: ["số hồ sơ giải quyết trước hạn, đúng hạn", "trước hạn, đúng hạn", "đúng hạn", "b"], required: true),
        ColumnSpec(resolved, label: "Tổng số hồ sơ đã giải quyết", aliases: ["số hồ sơ đã giải quyết", "đã giải quyết", "tổng số hồ sơ", "a"], required: true),
    ]

    static func read(siteData: SiteData, year: Int, info: RoundInfo, units: RoundUnitMatcher, diagnostics: Diagnostics) -> [RateFigure] {
        guard let table = siteData.table(named: RoundFolder.path(RoundFolder.onTime, year: year), diagnostics: diagnostics) else { return [] }
        guard let source = info.onTimeSource else {
            diagnostics.error(.roundDataInvalid, at: table.location(),
                              "Bảng tỷ lệ đúng hạn chưa ghi nguồn số liệu. Ghi on_time_source (ví dụ Hệ thống thông tin giải quyết TTHC tỉnh, năm 2024) trong \(RoundFolder.displayFolder(year))\(RoundFolder.info).yaml.")
            return []
        }
        let columns = ColumnMapping.match(table, specs: specs, diagnostics: diagnostics)
        guard specs.allSatisfy({ columns.has($0.key) }) else { return [] }
        var figures: [RateFigure] = []
        var seen: [String: SourceLocation] = [:]
        for row in table.rows {
            let cells = RoundCells(columns: columns, row: row, diagnostics: diagnostics)
            guard let name = cells.text(unit) else { continue }
            guard let known = units.require(name, at: cells.location(unit), what: "Bảng tỷ lệ đúng hạn", year: year, diagnostics: diagnostics) else { continue }
            if let first = seen[known.key] {
                diagnostics.error(.roundDataInvalid, at: cells.location(unit), "\(known.name) đã có hàng ở \(first). Mỗi đơn vị một hàng.")
                continue
            }
            seen[known.key] = cells.location(unit)
            guard let b = cells.count(onTime), let a = cells.count(resolved) else {
                diagnostics.error(.roundDataInvalid, at: cells.location(unit), "\(known.name): thiếu số hồ sơ đúng hạn hoặc tổng số hồ sơ đã giải quyết.")
                continue
            }
            guard b <= a else {
                diagnostics.error(.roundDataInvalid, at: cells.location(onTime), "\(known.name): số hồ sơ đúng hạn (\(b)) lớn hơn tổng số đã giải quyết (\(a)).")
                continue
            }
            figures.append(RateFigure(unit: known.name, numerator: b, denominator: a, source: source, location: cells.location(unit)))
        }
        return figures
    }
}
