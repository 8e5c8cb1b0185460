import CongKhaiInput
import Templates

/// The `statistics` layout: each table with its chart.
struct StatisticsView: Sendable {
    struct Table: Sendable {
        struct Label: Sendable { let label: String }
        struct Cell: Sendable { let value: String }
        struct Row: Sendable {
            let label: String
            let cells: [Cell]
        }

        let id: String
        let title: String
        let rowHeader: String
        let columns: [Label]
        let rows: [Row]
        /// Inline SVG.
        let chart: String
        let period: String?
        let notes: [String]
        let source: String?
    }

    let tables: [Table]
}

// MARK: - Template fields

extension StatisticsView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("tables", \.tables),
    ]
}

extension StatisticsView.Table: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("id", \.id),
        .field("title", \.title),
        .field("row_header", \.rowHeader),
        .field("columns", \.columns),
        .field("rows", \.rows),
        .field("chart", \.chart),
        .field("period", \.period),
        .field("notes", \.notes),
        .field("source", \.source),
    ]
}

extension StatisticsView.Table.Row: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("label", \.label),
        .field("cells", \.cells),
    ]
}

extension StatisticsView.Table.Label: TemplateView {
    static let templateFields: TemplateFields<Self> = [.field("label", \.label)]
}

extension StatisticsView.Table.Cell: TemplateView {
    static let templateFields: TemplateFields<Self> = [.field("value", \.value)]
}
