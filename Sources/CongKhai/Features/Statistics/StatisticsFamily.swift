/// `/thong-ke/`: the statistics tables with their bar charts.
struct StatisticsFamily: PageFamily {
    let name = "statistics"
    let routeRoots = [String(Routes.statistics.dropLast())]

    static let template = PageTemplate<StatisticsView>("statistics")

    func templates(for site: Site) -> [TemplateRequirement] { site.statistics.isEmpty ? [] : [Self.template.requirement] }

    func outputs(_ context: FamilyContext) -> [RenderJob] { StatisticsRenderer(context: context.templates).jobs() }

    func homeCards(for site: Site) -> [HomeCard] {
        site.statistics.isEmpty ? [] : [
            HomeCard(title: "Số liệu thống kê", sitePath: Routes.statistics,
                     description: "Mức độ hài lòng, hồ sơ trực tuyến, dữ liệu số hóa và tỷ lệ đúng hạn, có biểu đồ.", order: .statistics),
        ]
    }
}
