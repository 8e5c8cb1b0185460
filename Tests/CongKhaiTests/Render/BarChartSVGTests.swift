import Foundation
import Testing
@testable import CongKhai
@testable import CongKhaiCore
@testable import CongKhaiEncoding
@testable import CongKhaiFamilies
@testable import CongKhaiInput
@testable import CongKhaiMarkdown
@testable import CongKhaiSite
import CongKhaiTestSupport

@Suite struct BarChartSVGTests {
    let svg = BarChartSVG.render(id: "c", title: "Tỷ lệ hài lòng <2024>", series: ["Tỷ lệ"],
                                 bars: [.init(label: "Xã A", values: [97.5]), .init(label: "Xã B", values: [nil]),
                                        .init(label: "Xã có tên rất rất dài đến mức phải cắt", values: [45])],
                                 percent: true)

    @Test func isAnAccessibleImageWithTitleAndDescription() {
        #expect(svg.hasPrefix("<svg class=\"chart\""))
        #expect(svg.contains("role=\"img\" aria-labelledby=\"c-title c-desc\""))
        #expect(svg.contains("<title id=\"c-title\">Tỷ lệ hài lòng &lt;2024&gt;</title>"))
        #expect(svg.contains("<desc id=\"c-desc\">Xã A: 97,5%; Xã B: không có số liệu; Xã có tên rất rất dài đến mức phải cắt: 45,0%</desc>"))
    }

    @Test func drawsOneBarPerValueWithVietnameseLabels() {
        #expect(svg.components(separatedBy: "<rect class=\"series-0\"").count - 1 == 3)
        #expect(svg.contains(">97,5%</text>"))
        #expect(svg.contains(">–</text>"))
        #expect(svg.contains(">Xã có tên rất rất d…</text>"))
    }

    @Test func twoSeriesGetALegend() {
        let grouped = BarChartSVG.render(id: "g", title: "Hồ sơ", series: ["Kỳ 1", "Kỳ 2"],
                                         bars: [.init(label: "Xã A", values: [1234, 2000])], percent: false)
        #expect(grouped.contains(">Kỳ 1</text>") && grouped.contains(">Kỳ 2</text>"))
        #expect(grouped.contains(">1.234</text>") && grouped.contains(">2.000</text>"))
        #expect(grouped.contains("<desc id=\"g-desc\">Xã A: Kỳ 1 1.234, Kỳ 2 2.000</desc>"))
    }

    @Test func barLengthsAreProportional() {
        let chart = BarChartSVG.render(id: "p", title: "t", series: ["s"],
                                       bars: [.init(label: "A", values: [100]), .init(label: "B", values: [50])], percent: false)
        let plot = BarChartSVG.width - BarChartSVG.labelWidth - BarChartSVG.valueSpace
        #expect(chart.contains("width=\"\(BarChartSVG.number(plot))\""))
        #expect(chart.contains("width=\"\(BarChartSVG.number(plot / 2))\""))
    }
}

@Suite struct StatisticsTests {
    @Test func exampleTablesComputeRatesAndChanges() throws {
        let (loaded, diagnostics) = ExampleSite.load()
        let site = try #require(loaded)
        #expect(diagnostics.errors.isEmpty)
        let kinds = Set(site.statistics.map(\.kind))
        #expect(kinds == [.satisfaction, .online, .reuse, .onTime])
        let satisfaction = try #require(site.statistics.first { $0.kind == .satisfaction })
        // Bình Tân Hưng: (1.012 + 376) / 1.460 = 95,07%
        #expect(satisfaction.rows[0].cells == ["1.012", "376", "72", "1.460", "95,1%"])
        let online = try #require(site.statistics.first { $0.kind == .online })
        // Per type, as seed 004: một phần 412 → 455 (+10,4%), toàn trình 198 → 287 (+44,9%).
        #expect(online.rows[0].cells == ["412", "455", "+10,4%", "198", "287", "+44,9%"])
        #expect(online.series == ["15/12/2023 – 14/06/2024", "15/06/2024 – 14/12/2024"])
        #expect(satisfaction.columns[1] == "Hài lòng (hoặc bình thường)")
    }

    @Test func badCountsAndMissingSidecarsAreErrors() throws {
        let site = try TemporarySite([
            "data/thong-ke/a.csv": "Đơn vị,Rất hài lòng,Hài lòng,Chưa hài lòng\nXã A,12,abc,1\n",
            "data/thong-ke/a.yaml": "kind: satisfaction\ntitle: A\n",
            "data/thong-ke/b.csv": "Đơn vị,x\nXã A,1\n",
        ])
        let (_, diagnostics) = site.load()
        let errors = diagnostics.errors.filter { $0.code == .statisticsInvalid }
        #expect(errors.contains { $0.location.file == "data/thong-ke/a.csv" && $0.location.line == 2 && $0.location.field == "Hài lòng" })
        #expect(errors.contains { $0.location.file == "data/thong-ke/b.csv" && $0.message.contains("b.yaml") })
    }
}
