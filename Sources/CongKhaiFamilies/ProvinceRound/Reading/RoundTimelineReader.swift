import CongKhaiCore
import CongKhaiInput

/// Reads `moc-thoi-gian.*`, the round's deadlines:
///
/// | Bước | Hạn | Tính cả ngày hạn | Văn bản | Nguyên văn | Ghi chú |
/// |---|---|---|---|---|---|
/// | Gửi kết quả thẩm định về tỉnh | 31/03/2025 | | Công văn số 329/VP-TTHC ngày 07/02/2025 của Văn phòng UBND tỉnh | trước ngày 31/3/2025 | |
///
/// "Tính cả ngày hạn" is "Không" for "trước ngày …" read literally, "Có" for "đến hết ngày …";
/// left empty, an act on the day itself is reported as undetermined, never decided.
enum RoundTimelineReader {
    static let step = "step", date = "date", reading = "reading", document = "document", wording = "wording", note = "note"

    static let specs: [ColumnSpec] = [
        ColumnSpec(step, label: "Bước", aliases: ["việc", "công việc", "nội dung", "step"], required: true),
        ColumnSpec(date, label: "Hạn", aliases: ["thời hạn", "hạn cuối", "ngày hạn", "deadline"], required: true),
        ColumnSpec(reading, label: "Tính cả ngày hạn", aliases: ["ngày hạn có tính", "tính ngày hạn", "day included"]),
        ColumnSpec(document, label: "Văn bản", aliases: ["văn bản quy định", "căn cứ", "document"], required: true),
        ColumnSpec(wording, label: "Nguyên văn", aliases: ["văn bản ghi", "trích", "wording"]),
        ColumnSpec(note, label: "Ghi chú", aliases: ["note"]),
    ]

    static func read(siteData: SiteData, year: Int, diagnostics: Diagnostics) -> [RoundDeadline] {
        guard let table = siteData.table(named: RoundFolder.path(RoundFolder.timeline, year: year), diagnostics: diagnostics) else { return [] }
        let columns = ColumnMapping.match(table, specs: specs, diagnostics: diagnostics)
        guard columns.has(step), columns.has(date), columns.has(document) else { return [] }
        var deadlines: [RoundDeadline] = []
        var seen: [RoundStep: SourceLocation] = [:]
        for row in table.rows {
            let cells = RoundCells(columns: columns, row: row, diagnostics: diagnostics)
            guard let stepText = cells.text(step) else {
                diagnostics.error(.roundDataInvalid, at: cells.location(step), "Thiếu \"Bước\". Ghi một trong: \(RoundStep.allCases.map { "\"\($0.label)\"" }.joined(separator: ", ")).")
                continue
            }
            guard let kind = RoundStep(cell: stepText) else {
                diagnostics.error(.roundDataInvalid, at: cells.location(step),
                                  "Bước \"\(stepText)\" không biết. Ghi một trong: \(RoundStep.allCases.map { "\"\($0.label)\"" }.joined(separator: ", ")).")
                continue
            }
            if let first = seen[kind] {
                diagnostics.error(.roundDataInvalid, at: cells.location(step),
                                  "Bước \"\(kind.label)\" đã có hạn ở \(first). Khi hạn được gia hạn, sửa hạn và văn bản ở hàng đó (ghi văn bản gia hạn) thay vì thêm hàng.")
                continue
            }
            guard let day = cells.date(date) else {
                if cells.text(date) == nil { diagnostics.error(.roundDataInvalid, at: cells.location(date), "Bước \"\(kind.label)\" thiếu ngày hạn.") }
                continue
            }
            guard let source = cells.text(document) else {
                diagnostics.error(.roundDataInvalid, at: cells.location(document),
                                  "Hạn \(day.vietnameseShort) chưa ghi văn bản quy định hạn. Ghi số, ngày, cơ quan ban hành (ví dụ Công văn số 329/VP-TTHC ngày 07/02/2025 của Văn phòng UBND tỉnh).")
                continue
            }
            seen[kind] = cells.location(step)
            deadlines.append(RoundDeadline(step: kind, date: day, reading: cells.reading(reading), document: source,
                                           wording: cells.text(wording), note: cells.text(note), location: cells.location(date)))
        }
        return deadlines.sorted { $0.step < $1.step }
    }
}
