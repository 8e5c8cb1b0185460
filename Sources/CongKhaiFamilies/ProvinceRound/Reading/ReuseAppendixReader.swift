import CongKhaiCore
import CongKhaiInput

/// Reads `phu-luc-6-2.*`, the province's criterion 6.2 appendix:
///
/// | Đơn vị | Tỷ lệ (%) | Điểm | Số hồ sơ sử dụng lại | Tổng số hồ sơ |
/// |---|---|---|---|---|
/// | Xã Hương Trà | 2,8 | 0 | | |
///
/// A row gives the rate, the points or both. The appendix's document (`reuse_appendix` in
/// `thong-tin.yaml`) is required: points "to be used directly" are published with their source.
enum ReuseAppendixReader {
    static let unit = "unit", rate = "rate", points = "points", reused = "b", total = "a"

    static let specs: [ColumnSpec] = [
        ColumnSpec(unit, label: "Đơn vị", aliases: ["tên đơn vị", "xã, phường, thị trấn", "unit"], required: true),
        ColumnSpec(rate, label: "Tỷ lệ", aliases: ["tỷ lệ khai thác, sử dụng lại", "tỷ lệ sử dụng lại", "rate"]),
        ColumnSpec(points, label: "Điểm", aliases: ["số điểm", "điểm đánh giá", "points"]),
        ColumnSpec(reused, label: "Số hồ sơ sử dụng lại", aliases: ["b"]),
        ColumnSpec(total, label: "Tổng số hồ sơ", aliases: ["a"]),
    ]

    static func read(siteData: SiteData, year: Int, info: RoundInfo, units: RoundUnitMatcher, diagnostics: Diagnostics) -> ReuseAppendix? {
        guard let table = siteData.table(named: RoundFolder.path(RoundFolder.reuseAppendix, year: year), diagnostics: diagnostics) else { return nil }
        if info.reuseAppendixDocument == nil {
            diagnostics.error(.roundDataInvalid, at: table.location(),
                              "Phụ lục tiêu chí 6.2 chưa ghi văn bản kèm theo. Ghi reuse_appendix (ví dụ Phụ lục kèm theo Công văn số 329/VP-TTHC ngày 07/02/2025 của Văn phòng UBND tỉnh) trong \(RoundFolder.displayFolder(year))\(RoundFolder.info).yaml.")
        }
        let columns = ColumnMapping.match(table, specs: specs, diagnostics: diagnostics)
        guard columns.has(unit) else { return nil }
        if !columns.has(rate) && !columns.has(points) {
            diagnostics.error(.missingColumn, at: table.location(), "Phụ lục 6.2 cần cột \"Tỷ lệ\" hoặc cột \"Điểm\" (hoặc cả hai).")
            return nil
        }
        var rows: [ReuseAppendix.Row] = []
        var seen: [String: SourceLocation] = [:]
        for row in table.rows {
            let cells = RoundCells(columns: columns, row: row, diagnostics: diagnostics)
            guard let name = cells.text(unit) else {
                diagnostics.error(.roundDataInvalid, at: cells.location(unit), "Hàng có dữ liệu nhưng thiếu tên đơn vị.")
                continue
            }
            guard let known = units.require(name, at: cells.location(unit), what: "Phụ lục 6.2", year: year, diagnostics: diagnostics) else { continue }
            if let first = seen[known.key] {
                diagnostics.error(.roundDataInvalid, at: cells.location(unit), "\(known.name) đã có hàng ở \(first). Mỗi đơn vị một hàng.")
                continue
            }
            seen[known.key] = cells.location(unit)
            let rateValue = cells.decimal(rate, range: 0...100, what: "một tỷ lệ phần trăm")
            let pointsValue = cells.decimal(points, range: 0...InputLimits.scoreMagnitude, what: "số điểm")
            if cells.text(rate) == nil && cells.text(points) == nil {
                diagnostics.error(.roundDataInvalid, at: cells.location(unit), "\(known.name): phụ lục không ghi tỷ lệ cũng không ghi điểm.")
                continue
            }
            let b = cells.count(reused), a = cells.count(total)
            if let b, let a, b > a {
                diagnostics.error(.roundDataInvalid, at: cells.location(reused), "\(known.name): số hồ sơ sử dụng lại (\(b)) lớn hơn tổng số hồ sơ (\(a)).")
            }
            rows.append(.init(unit: known.name, rate: rateValue, points: pointsValue, reused: b, total: a, location: cells.location(unit)))
        }
        return ReuseAppendix(document: info.reuseAppendixDocument, rows: rows, file: table.file)
    }
}
