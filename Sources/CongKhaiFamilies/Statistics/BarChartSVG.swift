import CongKhaiCore

/// Horizontal bar charts drawn at build time as inline SVG: no JavaScript, readable on a
/// phone (the SVG scales to the width) and in print (black text, patterned second series).
///
/// Accessible as an image with a title and a description that states every value, so a
/// screen reader gets the numbers without reading the bars; the same numbers are in the
/// table next to the chart.
public enum BarChartSVG {
    public struct Bar: Sendable {
        public let label: String
        public let values: [Double?]
    }

    // A narrow drawing: on a 390 px phone it is shown at ~90%, so 14-unit text stays ~12 px.
    static let width = 420.0
    static let labelWidth = 150.0
    static let rowGap = 10.0
    static let barHeight = 22.0
    static let valueSpace = 64.0

    public static func render(id: String, title: String, series: [String], bars: [Bar], percent: Bool) -> String {
        let seriesCount = max(series.count, 1)
        let rowHeight = Double(seriesCount) * barHeight + rowGap
        let legendHeight = seriesCount > 1 ? 24.0 : 0
        let height = legendHeight + Double(bars.count) * rowHeight + rowGap
        // The axis starts at 0; it ends at the largest value (rounded up to a ten for rates), so
        // small rates such as data reuse of 2–8% stay visible; the labels give exact values.
        let largest = bars.flatMap { $0.values.compactMap { $0 } }.max() ?? 1
        let maximum = percent ? min(100, max(10, (largest / 10).rounded(.up) * 10)) : max(largest, 1)
        let plotWidth = width - labelWidth - valueSpace
        func format(_ value: Double) -> String {
            percent ? VietnameseNumberFormat.decimal(value, digits: 1) + "%" : VietnameseNumberFormat.number(value)
        }
        let description = bars.map { bar in
            "\(bar.label): " + zip(series, bar.values).map { name, value in
                (seriesCount > 1 ? "\(name) " : "") + (value.map(format) ?? "không có số liệu")
            }.joined(separator: ", ")
        }.joined(separator: "; ")

        var svg = """
        <svg class="chart" viewBox="0 0 \(Int(width)) \(Int(height))" role="img" aria-labelledby="\(id)-title \(id)-desc" \
        xmlns="http://www.w3.org/2000/svg"><title id="\(id)-title">\(HTMLEscape.text(title))</title>\
        <desc id="\(id)-desc">\(HTMLEscape.text(description))</desc>
        """
        if seriesCount > 1 {
            for (index, name) in series.enumerated() {
                let x = 4 + Double(index) * 210
                svg += "<rect class=\"series-\(index)\" x=\"\(x)\" y=\"4\" width=\"14\" height=\"14\"/>"
                svg += "<text x=\"\(x + 20)\" y=\"16\">\(HTMLEscape.text(name))</text>"
            }
        }
        for (row, bar) in bars.enumerated() {
            let top = legendHeight + rowGap + Double(row) * rowHeight
            svg += "<text class=\"label\" x=\"\(labelWidth - 8)\" y=\"\(number(top + Double(seriesCount) * barHeight / 2 + 5))\" text-anchor=\"end\">\(HTMLEscape.text(shorten(bar.label)))</text>"
            for (index, value) in bar.values.enumerated() {
                let y = top + Double(index) * barHeight
                let length = value.map { max(0, min($0, maximum)) / maximum * plotWidth } ?? 0
                svg += "<rect class=\"series-\(index)\" x=\"\(Int(labelWidth))\" y=\"\(number(y + 1))\" width=\"\(number(length))\" height=\"\(Int(barHeight - 2))\"/>"
                svg += "<text x=\"\(number(labelWidth + length + 6))\" y=\"\(number(y + barHeight - 4))\">\(value.map(format) ?? "–")</text>"
            }
        }
        return svg + "</svg>"
    }

    /// Long unit names would overlap the bars; the full name is in the table and the description.
    static func shorten(_ label: String) -> String {
        label.count <= 20 ? label : String(label.prefix(19)) + "…"
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}

import Foundation
