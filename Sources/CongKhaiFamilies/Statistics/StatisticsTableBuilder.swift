import CongKhaiCore
import CongKhaiInput
import Templates

/// Computes each kind of statistics table from its CSV rows.
enum StatisticsTableBuilder {
    struct Context {
        let slug: String
        let title: String
        let period: String?
        let source: String?
        let periods: [String]
        var year: Int? = nil
    }

    static let unit = ColumnSpec("unit", label: "Đơn vị", aliases: ["dia phuong", "don vi", "xa", "unit", "ten don vi"], required: true)

    static func build(_ kind: StatisticsTable.Kind, table: DataTable, context: Context,
                      diagnostics: Diagnostics) -> StatisticsTable? {
        switch kind {
        case .satisfaction:
            let specs = [unit, ColumnSpec("very", label: "Rất hài lòng", required: true),
                         ColumnSpec("ok", label: "Hài lòng", aliases: ["hai long hoac binh thuong", "binh thuong"], required: true),
                         ColumnSpec("no", label: "Chưa hài lòng", aliases: ["khong hai long", "chua hai long hoac khong hai long rat te"], required: true)]
            // Seed 004's form counts "Hài lòng (hoặc bình thường)" in one column: a rate made from
            // it includes neutral votes, and must say so (seed 003's criterion 9 counts only
            // "rất hài lòng" and "hài lòng").
            let merged = SatisfactionHeaders.mergesNeutral(table.headers)
            let okLabel = merged ? SatisfactionHeaders.mergedLabel : "Hài lòng"
            let noLabel = SatisfactionHeaders.mergesDissatisfied(table.headers) ? SatisfactionHeaders.dissatisfiedLabel : "Chưa hài lòng"
            let rateLabel = merged ? "Tỷ lệ rất hài lòng và hài lòng (gồm cả bình thường)" : "Tỷ lệ rất hài lòng và hài lòng"
            return rows(table, specs, diagnostics) { label, n in
                let total = n["very"]! + n["ok"]! + n["no"]!
                let rate = total > 0 ? Double(n["very"]! + n["ok"]!) * 100 / Double(total) : nil
                return .init(label: label, cells: [n["very"]!, n["ok"]!, n["no"]!, total].map(VietnameseNumberFormat.integer)
                             + [VietnameseNumberFormat.percent(n["very"]! + n["ok"]!, of: total) ?? "–"],
                             chartValues: [rate])
            }.map { rows in
                var built = make(context, kind, columns: ["Rất hài lòng", okLabel, noLabel, "Tổng lượt", rateLabel],
                                 rows: rows, series: [rateLabel], percent: true)
                built.includesNeutral = merged
                built.notes = [merged
                    ? "Tỷ lệ = (rất hài lòng + hài lòng) / tổng lượt đánh giá. Số liệu gộp \"hài lòng\" với \"bình thường\" trong một cột (như mẫu báo cáo), nên tỷ lệ này gồm cả lượt đánh giá bình thường; nó không phải tỷ lệ \"rất hài lòng, hài lòng\" của tiêu chí 9 Bộ phận Một cửa kiểu mẫu."
                    : "Tỷ lệ = (rất hài lòng + hài lòng) / tổng lượt đánh giá."]
                return built
            }
        case .online:
            let specs = [unit, ColumnSpec("p1", label: "Một phần kỳ 1", aliases: ["mot phan 1"], required: true),
                         ColumnSpec("f1", label: "Toàn trình kỳ 1", aliases: ["toan trinh 1"], required: true),
                         ColumnSpec("p2", label: "Một phần kỳ 2", aliases: ["mot phan 2"], required: true),
                         ColumnSpec("f2", label: "Toàn trình kỳ 2", aliases: ["toan trinh 2"], required: true)]
            // Seed 004's shape: per service type, the two half-year periods side by side and a
            // comparison of that type's two periods; no total over the types.
            let (table, ignored) = OnlineColumns.canonical(table)
            return rows(table, specs, diagnostics, ignoring: ignored) { label, n in
                .init(label: label,
                      cells: [VietnameseNumberFormat.integer(n["p1"]!), VietnameseNumberFormat.integer(n["p2"]!), OnlinePeriods.change(from: n["p1"]!, to: n["p2"]!),
                              VietnameseNumberFormat.integer(n["f1"]!), VietnameseNumberFormat.integer(n["f2"]!), OnlinePeriods.change(from: n["f1"]!, to: n["f2"]!)],
                      chartValues: [Double(n["p1"]! + n["f1"]!), Double(n["p2"]! + n["f2"]!)])
            }.map { rows in
                let (a, b) = (context.periods[0], context.periods[1])
                var built = make(context, kind, columns: ["Một phần: \(a)", "Một phần: \(b)", "So sánh tỷ lệ (một phần)",
                                                          "Toàn trình: \(a)", "Toàn trình: \(b)", "So sánh tỷ lệ (toàn trình)"],
                                 rows: rows, series: [a, b], percent: false)
                built.notes = ["Số hồ sơ phát sinh của dịch vụ công trực tuyến một phần và toàn trình, mỗi loại trong hai kỳ: kỳ 1 \(a), kỳ 2 \(b). \"So sánh tỷ lệ\" là số hồ sơ kỳ 2 tăng (+) hoặc giảm (−) bao nhiêu phần trăm so với kỳ 1 của cùng loại dịch vụ. Biểu đồ cộng cả hai loại trong mỗi kỳ."]
                return built
            }
        case .reuse:
            let specs = [unit, ColumnSpec("b", label: "Hồ sơ sử dụng lại dữ liệu", aliases: ["so ho so su dung lai", "su dung lai", "b"], required: true),
                         ColumnSpec("a", label: "Tổng số hồ sơ", aliases: ["tong ho so", "a"], required: true)]
            return rows(table, specs, diagnostics) { label, n in
                let rate = n["a"]! > 0 ? Double(n["b"]!) * 100 / Double(n["a"]!) : nil
                return .init(label: label, cells: [n["b"]!, n["a"]!].map(VietnameseNumberFormat.integer) + [VietnameseNumberFormat.percent(n["b"]!, of: n["a"]!) ?? "–"],
                             chartValues: [rate])
            }.map { rows in
                make(context, kind, columns: ["Hồ sơ sử dụng lại dữ liệu số hóa", "Tổng số hồ sơ", "Tỷ lệ"],
                     rows: rows, series: ["Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa"], percent: true)
            }
        case .onTime:
            let specs = [ColumnSpec("unit", label: "Tháng", aliases: ["ky", "thang nam"], required: true),
                         ColumnSpec("early", label: "Trước hạn", required: true), ColumnSpec("on", label: "Đúng hạn", required: true),
                         ColumnSpec("late", label: "Quá hạn", required: true)]
            return rows(table, specs, diagnostics) { label, n in
                tallyRow(label, DossierRegister.Tally(early: n["early"]!, onTime: n["on"]!, late: n["late"]!))
            }.map { rows in
                make(context, kind, columns: ["Trước hạn", "Đúng hạn", "Quá hạn", "Đã giải quyết", "Tỷ lệ đúng hạn"],
                     rows: rows, series: ["Tỷ lệ trước hạn và đúng hạn"], percent: true)
            }
        }
    }

    static func onTime(_ register: DossierRegister) -> StatisticsTable {
        let rows = register.byMonth.map { month, tally in tallyRow("\(month.suffix(2))/\(month.prefix(4))", tally) }
        let finished = register.byMonth.reduce(0) { $0 + $1.tally.finished }
        var table = StatisticsTable(slug: "dung-han-theo-thang", kind: .onTime, title: "Tỷ lệ giải quyết hồ sơ đúng hạn theo tháng",
                                    period: nil, source: "Sổ theo dõi hồ sơ (\(register.sourceFile ?? "data/\(DossierReader.tableName).csv"))", rowHeader: "Tháng",
                                    columns: ["Trước hạn", "Đúng hạn", "Quá hạn", "Đã giải quyết", "Tỷ lệ đúng hạn"], rows: rows,
                                    series: ["Tỷ lệ trước hạn và đúng hạn"], chartIsPercent: true)
        table.notes = ["Tỷ lệ đúng hạn = (trước hạn + đúng hạn) / số hồ sơ đã giải quyết trong tháng, tính trên toàn bộ \(VietnameseNumberFormat.integer(finished)) hồ sơ đã giải quyết của sổ theo dõi (theo ngày hoàn thành xử lý, nếu không có thì ngày trả kết quả); hồ sơ đang giải quyết, rút hoặc dừng xử lý không tính."]
        return table
    }

    private static func tallyRow(_ label: String, _ tally: DossierRegister.Tally) -> StatisticsTable.Row {
        .init(label: label,
              cells: [tally.early, tally.onTime, tally.late, tally.finished].map(VietnameseNumberFormat.integer)
                  + [VietnameseNumberFormat.percent(tally.inTime, of: tally.finished) ?? "–"],
              chartValues: [tally.rate.map { $0 * 100 }])
    }

    private static func make(_ context: Context, _ kind: StatisticsTable.Kind, columns: [String], rows: [StatisticsTable.Row],
                             series: [String], percent: Bool) -> StatisticsTable {
        var table = StatisticsTable(slug: context.slug, kind: kind, title: context.title, period: context.period, source: context.source,
                                    rowHeader: kind == .onTime ? "Tháng" : "Đơn vị", columns: columns, rows: rows, series: series,
                                    chartIsPercent: percent)
        table.year = context.year
        return table
    }

    /// Reads the unit label and whole-number counts of every row; a cell that is not a count
    /// is an error at its row and column. Counts may use Vietnamese thousands dots ("1.234").
    private static func rows(_ table: DataTable, _ specs: [ColumnSpec], _ diagnostics: Diagnostics, ignoring: Set<String> = [],
                             make: (String, [String: Int]) -> StatisticsTable.Row) -> [StatisticsTable.Row]? {
        let columns = ColumnMapping.match(table, specs: specs, ignoring: ignoring.union(["stt", "tt"]), diagnostics: diagnostics)
        guard specs.allSatisfy({ columns.has($0.key) }) else { return nil }
        var result: [StatisticsTable.Row] = []
        for row in table.rows {
            guard let label = columns.value("unit", in: row) else { continue }
            var numbers: [String: Int] = [:]
            for spec in specs.dropFirst() {
                let text = (columns.value(spec.key, in: row) ?? "0").replacingOccurrences(of: ".", with: "").replacingOccurrences(of: " ", with: "")
                guard let value = Int(text), (0...InputLimits.statisticsCount).contains(value) else {
                    diagnostics.error(.statisticsInvalid, at: columns.location(spec.key, in: row),
                                      "\"\(columns.value(spec.key, in: row) ?? "")\" không phải một số đếm từ 0 đến 1.000.000.000 (hàng \(row.line)).")
                    continue
                }
                numbers[spec.key] = value
            }
            guard numbers.count == specs.count - 1 else { continue }
            var made = make(label, numbers)
            made.counts = numbers
            result.append(made)
        }
        return result
    }
}

import Foundation
