import CongKhaiInput
import CongKhaiSite

/// The job for `/thong-ke/`: every statistics table with its bar chart.
struct StatisticsRenderer {
    let context: TemplateContext

    func jobs() -> [RenderJob] {
        let site = context.site
        guard !site.statistics.isEmpty else { return [] }
        return [.html(StatisticsRoutes.page) {
            context.render(StatisticsFamily.template, title: "Số liệu thống kê", sitePath: StatisticsRoutes.page,
                           description: "Mức độ hài lòng, hồ sơ trực tuyến, sử dụng lại dữ liệu số hóa và tỷ lệ đúng hạn",
                           layout: StatisticsView(tables: site.statistics.map(table)))
        }]
    }

    private func table(_ table: StatisticsTable) -> StatisticsView.Table {
        StatisticsView.Table(
            id: "bang-\(table.slug)",
            title: table.title,
            rowHeader: table.rowHeader,
            columns: table.columns.map { .init(label: $0) },
            rows: table.rows.map { .init(label: $0.label, cells: $0.cells.map { .init(value: $0) }) },
            chart: BarChartSVG.render(id: "bieu-do-\(table.slug)", title: table.title + (table.period.map { " (\($0))" } ?? ""),
                                      series: table.series,
                                      bars: table.rows.map { .init(label: $0.label, values: $0.chartValues) },
                                      percent: table.chartIsPercent),
            period: table.period, notes: table.notes, source: table.source)
    }
}
