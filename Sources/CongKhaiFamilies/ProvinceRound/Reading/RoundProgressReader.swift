import CongKhaiCore
import CongKhaiInput

/// Reads `tien-do.*`, one row per unit that took part:
///
/// | Đơn vị | Ngày nộp | Văn bản nộp | Cơ quan thẩm định | Ngày thẩm định | Văn bản thẩm định | Kết quả thẩm định | Ngày thẩm tra | Văn bản thẩm tra | Kết quả thẩm tra | Ghi chú |
///
/// The appraisal's date is that of the document by which the appraising body sent its result
/// to the province, which is what seed 000's deadline binds. A unit not in the round, a unit
/// given two rows, an outcome without its document or date: errors at their cells.
enum RoundProgressReader {
    static let unit = "unit", submitted = "submitted", submission = "submission", body = "body"
    static let appraised = "appraised", appraisal = "appraisal", appraisalOutcome = "appraisal_outcome"
    static let verified = "verified", verification = "verification", verificationOutcome = "verification_outcome", note = "note"

    static let specs: [ColumnSpec] = [
        ColumnSpec(unit, label: "Đơn vị", aliases: ["tên đơn vị", "unit"], required: true),
        ColumnSpec(submitted, label: "Ngày nộp", aliases: ["ngày trình", "ngày gửi hồ sơ", "submitted"]),
        ColumnSpec(submission, label: "Văn bản nộp", aliases: ["tờ trình", "văn bản đề nghị", "submission"]),
        ColumnSpec(body, label: "Cơ quan thẩm định", aliases: ["đơn vị thẩm định", "appraising body"]),
        ColumnSpec(appraised, label: "Ngày thẩm định", aliases: ["ngày gửi kết quả thẩm định", "appraised"]),
        ColumnSpec(appraisal, label: "Văn bản thẩm định", aliases: ["kết quả thẩm định số", "appraisal"]),
        ColumnSpec(appraisalOutcome, label: "Kết quả thẩm định", aliases: ["thẩm định", "appraisal outcome"]),
        ColumnSpec(verified, label: "Ngày thẩm tra", aliases: ["verified"]),
        ColumnSpec(verification, label: "Văn bản thẩm tra", aliases: ["verification"]),
        ColumnSpec(verificationOutcome, label: "Kết quả thẩm tra", aliases: ["thẩm tra", "verification outcome"]),
        ColumnSpec(note, label: "Ghi chú", aliases: ["note"]),
    ]

    static func read(siteData: SiteData, year: Int, units: RoundUnitMatcher, diagnostics: Diagnostics) -> [UnitProgress] {
        guard let table = siteData.table(named: RoundFolder.path(RoundFolder.progress, year: year), diagnostics: diagnostics) else { return [] }
        let columns = ColumnMapping.match(table, specs: specs, diagnostics: diagnostics)
        guard columns.has(unit) else { return [] }
        var rows: [UnitProgress] = []
        var seen: [String: SourceLocation] = [:]
        for row in table.rows {
            let cells = RoundCells(columns: columns, row: row, diagnostics: diagnostics)
            guard let name = cells.text(unit) else {
                diagnostics.error(.roundDataInvalid, at: cells.location(unit), "Hàng có dữ liệu nhưng thiếu tên đơn vị.")
                continue
            }
            guard let known = units.require(name, at: cells.location(unit), what: "Bảng tiến độ", year: year, diagnostics: diagnostics) else { continue }
            if let first = seen[known.key] {
                diagnostics.error(.roundDataInvalid, at: cells.location(unit), "\(known.name) đã có hàng ở \(first). Mỗi đơn vị một hàng.")
                continue
            }
            seen[known.key] = cells.location(unit)

            let submissionRecord = cells.datedDocument(document: submission, date: submitted)
            var appraisalRecord = cells.datedDocument(document: appraisal, date: appraised)
            let appraisalResult = cells.outcome(appraisalOutcome)
            if appraisalRecord == nil && (appraisalResult != nil || cells.text(body) != nil) {
                appraisalRecord = DatedDocument(document: nil, date: nil, location: cells.location(appraisalOutcome))
            }
            var verificationRecord = cells.datedDocument(document: verification, date: verified)
            let verificationResult = cells.outcome(verificationOutcome)
            if verificationRecord == nil && verificationResult != nil {
                verificationRecord = DatedDocument(document: nil, date: nil, location: cells.location(verificationOutcome))
            }
            // An outcome is published with the document and date it rests on.
            for (record, what, documentKey, dateKey) in [(appraisalRecord, "thẩm định", appraisal, appraised),
                                                        (verificationRecord, "thẩm tra", verification, verified)] {
                guard let record else { continue }
                if record.document == nil {
                    diagnostics.error(.roundDataInvalid, at: cells.location(documentKey),
                                      "\(known.name): có kết quả \(what) nhưng thiếu văn bản \(what) (số, ký hiệu). Ghi văn bản, ví dụ Báo cáo số 45/BC-UBND.")
                }
                if record.date == nil && cells.text(dateKey) == nil {
                    diagnostics.error(.roundDataInvalid, at: cells.location(dateKey), "\(known.name): có kết quả \(what) nhưng thiếu ngày \(what).")
                }
            }
            if let record = submissionRecord, record.date == nil, cells.text(submitted) == nil {
                diagnostics.error(.roundDataInvalid, at: cells.location(submitted), "\(known.name): có văn bản nộp nhưng thiếu ngày nộp.")
            }
            rows.append(UnitProgress(
                unit: known.name, submission: submissionRecord,
                appraisal: appraisalRecord.map { .init(body: cells.text(body), record: $0, outcome: appraisalResult) },
                verification: verificationRecord.map { .init(record: $0, outcome: verificationResult) },
                note: cells.text(note), location: cells.location(unit)))
        }
        return rows
    }
}
