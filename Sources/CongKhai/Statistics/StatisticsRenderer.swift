/// The job for `/thong-ke/`: every statistics table with its bar chart.
struct StatisticsRenderer {
    let context: TemplateContext

    func jobs() -> [RenderJob] {
        let site = context.site
        guard !site.statistics.isEmpty else { return [] }
        return [.html(Routes.statistics) {
            site.theme.render(context.page(title: "Số liệu thống kê", sitePath: Routes.statistics,
                                           description: "Mức độ hài lòng, hồ sơ trực tuyến, sử dụng lại dữ liệu số hóa và tỷ lệ đúng hạn",
                                           extra: ["tables": site.statistics.map(values)]), template: "statistics")
        }]
    }

    private func values(_ table: StatisticsTable) -> [String: Any] {
        var values: [String: Any] = [
            "id": "bang-\(table.slug)",
            "title": table.title,
            "row_header": table.rowHeader,
            "columns": table.columns.map { ["label": $0] },
            "rows": table.rows.map { ["label": $0.label, "cells": $0.cells.map { ["value": $0] }] },
            "chart": BarChartSVG.render(id: "bieu-do-\(table.slug)", title: table.title + (table.period.map { " (\($0))" } ?? ""),
                                        series: table.series,
                                        bars: table.rows.map { .init(label: $0.label, values: $0.chartValues) },
                                        percent: table.chartIsPercent),
        ]
        values["period"] = table.period
        values["notes"] = table.notes
        values["source"] = table.source
        return values
    }
}
