import CongKhaiCore
import CongKhaiInput

/// Reads `don-vi.*`, the units of the round:
///
/// | Đơn vị | Tên hiện nay | Căn cứ tên hiện nay | Cấp huyện | Cơ quan thẩm định | Ghi chú |
/// |---|---|---|---|---|---|
/// | Xã Hương Trà | Xã Tây Trà Bồng | | Huyện Trà Bồng | UBND huyện Trà Bồng | |
///
/// A unit listed twice is an error; so is a today's name without its basis (the row's own
/// "Căn cứ tên hiện nay" or the round's `today_names_basis`): a name change is published with
/// the document that made it.
enum RoundUnitsReader {
    static let unit = "unit", today = "today", basis = "basis", district = "district", body = "body", note = "note"

    static let specs: [ColumnSpec] = [
        ColumnSpec(unit, label: "Đơn vị", aliases: ["tên đơn vị", "xã, phường, thị trấn", "đơn vị cấp xã", "unit"], required: true),
        ColumnSpec(today, label: "Tên hiện nay", aliases: ["đơn vị hiện nay", "tên sau sắp xếp", "đơn vị sau sắp xếp", "thuộc đơn vị mới", "today"]),
        ColumnSpec(basis, label: "Căn cứ tên hiện nay", aliases: ["căn cứ sắp xếp", "căn cứ", "basis"]),
        ColumnSpec(district, label: "Cấp huyện", aliases: ["huyện", "huyện, thị xã, thành phố", "đơn vị cấp huyện", "district"]),
        ColumnSpec(body, label: "Cơ quan thẩm định", aliases: ["thẩm định", "đơn vị thẩm định", "appraising body"]),
        ColumnSpec(note, label: "Ghi chú", aliases: ["note"]),
    ]

    static func read(siteData: SiteData, year: Int, info: RoundInfo, diagnostics: Diagnostics) -> [RoundUnit]? {
        guard let table = siteData.table(named: RoundFolder.path(RoundFolder.units, year: year), diagnostics: diagnostics) else { return nil }
        let columns = ColumnMapping.match(table, specs: specs, diagnostics: diagnostics)
        guard columns.has(unit) else { return [] }
        var units: [RoundUnit] = []
        var seen: [String: SourceLocation] = [:]
        for row in table.rows {
            let cells = RoundCells(columns: columns, row: row, diagnostics: diagnostics)
            guard let name = cells.text(unit) else {
                if row.cells.contains(where: { !$0.isEmpty }) {
                    diagnostics.error(.roundDataInvalid, at: cells.location(unit), "Hàng có dữ liệu nhưng thiếu tên đơn vị. Ghi tên đơn vị (ví dụ Xã Hương Trà) hoặc xóa hàng.")
                }
                continue
            }
            let key = RoundUnit.key(name)
            if let first = seen[key] {
                diagnostics.error(.roundDataInvalid, at: cells.location(unit), "Đơn vị \"\(name)\" đã có ở \(first). Mỗi đơn vị ghi một lần.")
                continue
            }
            seen[key] = cells.location(unit)
            let todayName = cells.text(today)
            let todayBasis = cells.text(basis) ?? (todayName == nil ? nil : info.todayNamesBasis)
            if todayName != nil && todayBasis == nil {
                diagnostics.error(.roundDataInvalid, at: cells.location(today),
                                  "\"Tên hiện nay\" của \(name) chưa ghi căn cứ. Ghi văn bản sắp xếp đơn vị hành chính ở cột \"Căn cứ tên hiện nay\" hoặc một lần cho cả đợt ở today_names_basis trong \(RoundFolder.displayFolder(year))\(RoundFolder.info).yaml.")
            }
            units.append(RoundUnit(name: name, todayName: todayName, todayNameBasis: todayBasis, district: cells.text(district),
                                   appraisingBody: cells.text(body), note: cells.text(note), location: cells.location(unit)))
        }
        if units.isEmpty {
            diagnostics.error(.roundDataInvalid, at: table.location(), "Danh sách đơn vị của đợt chưa có đơn vị nào.")
        }
        return units
    }
}
