import CongKhaiCore
import CongKhaiInput

/// One row of a round table read as typed values, each problem a located error (CK230) that
/// names the cell and says what to write instead.
struct RoundCells {
    let columns: ColumnMapping
    let row: DataTable.Row
    let diagnostics: Diagnostics

    func text(_ key: String) -> String? { columns.value(key, in: row) }
    func location(_ key: String) -> SourceLocation { columns.location(key, in: row) }
    var rowLocation: SourceLocation { columns.table.location(row: row) }

    private func fail(_ key: String, _ message: String) {
        diagnostics.error(.roundDataInvalid, at: location(key), message)
    }

    /// "07/02/2025", "2025-02-07", or a date cell (a time of day after it is dropped).
    func date(_ key: String) -> CivilDate? {
        guard let text = text(key) else { return nil }
        let dayPart = text.split(separator: " ").first.map(String.init) ?? text
        switch CivilDate.parse(dayPart) {
        case .date(let date): return date
        case .impossible:
            fail(key, "Ngày \"\(text)\" không có thật (ví dụ 31/02, 29/02 của năm không nhuận). Sửa lại ngày, tháng.")
        case .unreadable:
            fail(key, "Không hiểu ngày \"\(text)\". Viết dạng 07/02/2025 hoặc định dạng ô là Ngày (Date).")
        }
        return nil
    }

    /// A decimal such as points or a percentage: "5", "2,5", "2.5", "6,25%".
    func decimal(_ key: String, range: ClosedRange<Double>, what: String) -> Double? {
        guard let text = text(key) else { return nil }
        var cleaned = text.replacingOccurrences(of: " ", with: "")
        if cleaned.hasSuffix("%") { cleaned.removeLast() }
        cleaned = cleaned.replacingOccurrences(of: ",", with: ".")
        guard let value = Double(cleaned), value.isFinite, range.contains(value) else {
            fail(key, "\"\(text)\" không phải \(what) (một số từ \(ScoreFormat.points(range.lowerBound)) đến \(ScoreFormat.points(range.upperBound))).")
            return nil
        }
        return value
    }

    /// A count such as a number of dossiers: "1230", "1.230" (Vietnamese thousands).
    func count(_ key: String) -> Int? {
        guard let text = text(key) else { return nil }
        let cleaned = text.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: " ", with: "")
        guard let value = Int(cleaned), (0...InputLimits.statisticsCount).contains(value) else {
            fail(key, "\"\(text)\" không phải một số đếm (số nguyên từ 0 đến 1.000.000.000).")
            return nil
        }
        return value
    }

    func outcome(_ key: String) -> RoundOutcome? {
        guard let text = text(key) else { return nil }
        guard let outcome = RoundOutcome(cell: text) else {
            fail(key, "\"\(text)\" không rõ kết quả. Ghi \"Đạt\" hoặc \"Không đạt\".")
            return nil
        }
        return outcome
    }

    /// Whether the deadline's own day counts: "Có" (đến hết ngày) or "Không" (trước ngày).
    func reading(_ key: String) -> DeadlineReading {
        guard let text = text(key) else { return .unstated }
        switch VietnameseFolding.key(text, separator: " ") {
        case "co", "co tinh", "x", "true", "1", "den het ngay", "cham nhat ngay", "trong ngay": return .dayIncluded
        case "khong", "khong tinh", "false", "0", "truoc ngay": return .dayExcluded
        default:
            fail(key, "\"\(text)\" không rõ. Ghi \"Không\" khi văn bản viết \"trước ngày …\" (ngày hạn đã là muộn), \"Có\" khi viết \"đến hết ngày …\" hoặc \"chậm nhất ngày …\"; để trống khi chưa rõ.")
            return .unstated
        }
    }

    /// A document and its date, when the row gives either.
    func datedDocument(document: String, date: String) -> DatedDocument? {
        let text = text(document), day = self.date(date)
        guard text != nil || day != nil || self.text(date) != nil else { return nil }
        return DatedDocument(document: text, date: day, location: columns.has(date) ? location(date) : rowLocation)
    }
}
