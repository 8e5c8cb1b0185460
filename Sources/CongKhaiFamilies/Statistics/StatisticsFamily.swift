import CongKhaiCore
import CongKhaiSite

/// `/thong-ke/`: the statistics tables with their bar charts. The register gives the on-time
/// table by month when the site has no table of its own.
struct StatisticsFamily: PageFamily {
    let name = "statistics"
    let routeRoots = [String(StatisticsRoutes.page.dropLast())]
    let templateRoutes = ["statistics": StatisticsRoutes.page]
    /// Each table with its description beside it (`hai-long.csv`, `hai-long.yaml`).
    let inputs = [FamilyInput(place: .folder("data/\(StatisticsReader.folder)"), columns: [StatisticsTableBuilder.unit],
                              columnNames: StatisticsReader.usualHeaders, describesTables: true)]
    let needs: [any PageFamily.Type] = [ApologiesFamily.self]
    var diagnosticCodes: [DiagnosticCode] { StatisticsDiagnostics.codes }

    static let template = PageTemplate<StatisticsView>("statistics")

    func load(_ context: FamilyLoadContext) -> [StatisticsTable] {
        StatisticsReader.load(siteData: context.data, register: context[ApologiesFamily.self], diagnostics: context.diagnostics)
    }

    func templates(for site: Site) -> [TemplateRequirement] { site.statistics.isEmpty ? [] : [Self.template.requirement] }

    func outputs(_ context: FamilyContext) -> [RenderJob] { StatisticsRenderer(context: context.templates).jobs() }

    func homeCards(for site: Site) -> [HomeCard] {
        site.statistics.isEmpty ? [] : [
            HomeCard(title: "Số liệu thống kê", sitePath: StatisticsRoutes.page,
                     description: "Mức độ hài lòng, hồ sơ trực tuyến, dữ liệu số hóa và tỷ lệ đúng hạn, có biểu đồ.", weight: 700),
        ]
    }
}

extension Site {
    /// Tables of `/thong-ke/`.
    public var statistics: [StatisticsTable] { self[StatisticsFamily.self] }
}
