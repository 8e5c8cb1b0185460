import CongKhaiCore
import CongKhaiInput
import Templates
import Yams

/// Reads `data/thong-ke/<name>.csv` with its sidecar `data/thong-ke/<name>.yaml`, which names
/// the table's kind, title, period and source, and computes the rates the kind calls for.
/// The on-time table by month also comes from the dossier register when the site has one.
enum StatisticsReader {
    static let folder = "thong-ke/"

    /// The headers statistics tables usually carry besides the unit's, to find their header
    /// row below title rows.
    static let usualHeaders = ["Tháng", "Rất hài lòng", "Hài lòng", "Chưa hài lòng", "Trước hạn", "Đúng hạn", "Quá hạn", "Tổng số hồ sơ", "Số hồ sơ sử dụng lại"]

    static func load(siteData: SiteData, register: DossierRegister, diagnostics: Diagnostics) -> [StatisticsTable] {
        var tables: [StatisticsTable] = []
        for path in siteData.documents.keys.sorted() where path.hasPrefix(folder) && (path.hasSuffix(".csv") || path.hasSuffix(".xlsx")) {
            guard case .table(let table) = siteData.documents[path]! else { continue }
            let stem = String(path[..<path.lastIndex(of: ".")!])
            let sidecarPath = ["yaml", "yml"].map { "\(stem).\($0)" }.first { siteData.documents[$0] != nil }
            guard let sidecarPath, case .yaml(let node) = siteData.documents[sidecarPath]!,
                  let sidecar = YAMLFields(node, file: "data/\(sidecarPath)", diagnostics: diagnostics,
                                           invalidValueCode: .statisticsInvalid, what: "Mô tả bảng thống kê") else {
                diagnostics.error(.statisticsInvalid, at: SourceLocation(file: "data/\(path)", line: 1),
                                  "Thiếu tệp mô tả data/\(stem).yaml (kind, title, period) cho bảng thống kê này.")
                continue
            }
            guard let kindText = sidecar.string("kind"), let kind = StatisticsTable.Kind(rawValue: kindText) else {
                diagnostics.error(.statisticsInvalid, at: sidecar.location(of: "kind"),
                                  "\"kind\" phải là satisfaction, online, reuse hoặc on_time.")
                continue
            }
            var context = StatisticsTableBuilder.Context(
                slug: Slug.make(String(stem.dropFirst(folder.count))), title: sidecar.string("title") ?? stem,
                period: sidecar.string("period"), source: sidecar.string("source"),
                periods: periods(sidecar, diagnostics: diagnostics))
            context.year = year(sidecar)
            if let built = StatisticsTableBuilder.build(kind, table: table, context: context, diagnostics: diagnostics) {
                tables.append(built)
            }
        }
        // Rates need every resolved dossier: a register of late dossiers alone has no byMonth.
        if !tables.contains(where: { $0.kind == .onTime }) && !register.byMonth.isEmpty {
            tables.append(StatisticsTableBuilder.onTime(register))
        }
        return tables
    }

    /// The year of the figures: `year:`, else "năm 2024" in `period` (a report's year names
    /// its period even when it starts in the December before). Nil when neither says.
    static func year(_ sidecar: YAMLFields) -> Int? {
        if let text = sidecar.node("year")?.scalar?.string, let year = Int(text), (1990...2200).contains(year) { return year }
        guard let period = sidecar.string("period"),
              let match = VietnameseFolding.fold(period).firstMatch(of: /nam (\d{4})/) else { return nil }
        return Int(match.1)
    }

    /// The online table's two periods: `year: 2024` gives seed 004's half-years
    /// (15/12/2023 – 14/06/2024 and 15/06/2024 – 14/12/2024); `period_1` and `period_2` name
    /// other periods in words. Neither is guessed.
    static func periods(_ sidecar: YAMLFields, diagnostics: Diagnostics) -> [String] {
        var periods = [sidecar.string("period_1"), sidecar.string("period_2")]
        if let text = sidecar.string("year") {
            if let year = Int(text), (1990...2200).contains(year) {
                let derived = OnlinePeriods.labels(year: year)
                periods = [periods[0] ?? derived[0], periods[1] ?? derived[1]]
            } else {
                diagnostics.error(.statisticsInvalid, at: sidecar.location(of: "year"),
                                  "\"year\" phải là một năm, ví dụ year: 2024 (kỳ 1 từ 15/12/2023 đến 14/06/2024, kỳ 2 từ 15/06/2024 đến 14/12/2024).")
            }
        }
        return [periods[0] ?? "Kỳ 1", periods[1] ?? "Kỳ 2"]
    }
}
