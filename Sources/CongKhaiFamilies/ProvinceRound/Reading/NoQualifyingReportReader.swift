import CongKhaiCore
import CongKhaiInput

/// Reads `bao-cao-khong-dat.*`: the appraising bodies that reported no unit of their area
/// qualifies (seed 000 point 1).
///
/// | Cơ quan thẩm định | Văn bản | Ngày | Ghi chú |
/// |---|---|---|---|
/// | UBND huyện Sơn Tây | Báo cáo số 21/BC-UBND | 25/03/2025 | |
enum NoQualifyingReportReader {
    static let body = "body", document = "document", date = "date", note = "note"

    static let specs: [ColumnSpec] = [
        ColumnSpec(body, label: "Cơ quan thẩm định", aliases: ["cơ quan", "đơn vị thẩm định", "cơ quan báo cáo", "body"], required: true),
        ColumnSpec(document, label: "Văn bản", aliases: ["báo cáo", "số văn bản", "document"], required: true),
        ColumnSpec(date, label: "Ngày", aliases: ["ngày báo cáo", "ngày gửi", "date"], required: true),
        ColumnSpec(note, label: "Ghi chú", aliases: ["note"]),
    ]

    static func read(siteData: SiteData, year: Int, diagnostics: Diagnostics) -> [NoQualifyingUnitReport] {
        guard let table = siteData.table(named: RoundFolder.path(RoundFolder.noQualifying, year: year), diagnostics: diagnostics) else { return [] }
        let columns = ColumnMapping.match(table, specs: specs, diagnostics: diagnostics)
        guard columns.has(body), columns.has(document), columns.has(date) else { return [] }
        var reports: [NoQualifyingUnitReport] = []
        var seen: [String: SourceLocation] = [:]
        for row in table.rows {
            let cells = RoundCells(columns: columns, row: row, diagnostics: diagnostics)
            guard let name = cells.text(body) else {
                diagnostics.error(.roundDataInvalid, at: cells.location(body), "Thiếu cơ quan thẩm định đã báo cáo.")
                continue
            }
            let key = RoundUnit.key(name)
            if let first = seen[key] {
                diagnostics.error(.roundDataInvalid, at: cells.location(body), "\(name) đã có báo cáo ở \(first). Mỗi cơ quan một hàng.")
                continue
            }
            seen[key] = cells.location(body)
            let day = cells.date(date)
            if cells.text(date) == nil { diagnostics.error(.roundDataInvalid, at: cells.location(date), "Báo cáo của \(name) thiếu ngày.") }
            guard let source = cells.text(document) else {
                diagnostics.error(.roundDataInvalid, at: cells.location(document), "Báo cáo của \(name) thiếu số, ký hiệu văn bản.")
                continue
            }
            reports.append(NoQualifyingUnitReport(body: name, record: DatedDocument(document: source, date: day, location: cells.location(date)),
                                                  note: cells.text(note), location: cells.location(body)))
        }
        return reports
    }
}
