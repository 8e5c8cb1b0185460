import CongKhaiCore
import CongKhaiInput

/// Reads seed 004's online-service headers as the `online` table's four columns.
///
/// The report's form has, per service type ("Dịch công trực tuyến một phần", "… toàn trình"),
/// the two periods by their dates ("Từ 15/12/2022 - 14/6/2023", "Từ 15/6/2023 - 14/12/2023")
/// and a "So sánh tỷ lệ" column, under merged headers that a workbook flattens to
/// "Dịch công trực tuyến một phần - Từ 15/12/2022 - 14/6/2023". Such headers are renamed to
/// "Một phần kỳ 1" …; the comparison columns are left unread (CongKhai computes them), without
/// the "unknown column" warning. Columns keep their places, so diagnostics still point right.
enum OnlineColumns {
    static func canonical(_ table: DataTable) -> (table: DataTable, ignored: Set<String>) {
        var ignored: Set<String> = []
        let headers = table.headers.map { header -> String in
            let folded = VietnameseFolding.key(header)
            let type = folded.contains("mot_phan") ? "Một phần" : folded.contains("toan_trinh") ? "Toàn trình" : nil
            if folded.contains("so_sanh") {
                ignored.insert(folded)
                return header
            }
            guard let type, let period = period(folded) else { return header }
            return "\(type) kỳ \(period)"
        }
        return (DataTable(file: table.file, origin: table.origin, headers: headers, rows: table.rows), ignored)
    }

    /// "ky_1" / "ky_2", or a period that starts on 15/12 (the first half of the reporting
    /// year) or on 15/6 (the second).
    static func period(_ folded: String) -> Int? {
        if folded.hasSuffix("ky_1") || folded.contains("ky_1_") { return 1 }
        if folded.hasSuffix("ky_2") || folded.contains("ky_2_") { return 2 }
        if folded.contains("tu_15_12") { return 1 }
        if folded.contains("tu_15_6") || folded.contains("tu_15_06") { return 2 }
        return nil
    }
}
