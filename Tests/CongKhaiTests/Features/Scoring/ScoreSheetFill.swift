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

/// What a person types into a blank score-sheet workbook, as the fill scripts read it
/// (`Fixtures/score-sheet/fill_*.py`) and as a test applies it in Swift: by a content's code and
/// a column's heading, never by cell address, so a layout change is followed, not frozen.
struct ScoreSheetFill {
    var fields: [String: String] = [:]
    /// (content code, column heading, value): a Double or a String.
    var cells: [(String, String, Any)] = []
    /// (content code, item number from 1, "Đạt" or "Không đạt").
    var items: [(String, Int, String)] = []

    /// Everything a sheet gives, typed in where the workbook asks for it.
    init(_ sheet: ScoreSheet, set: CriteriaSet) {
        if let document = sheet.document { fields["Văn bản"] = document }
        for content in set.contents {
            guard let entry = sheet.entries[content.id] else { continue }
            for level in set.levels { if let points = entry.points[level.key] { cells.append((content.id, level.columnHeading, points)) } }
            if let b = entry.numerator { cells.append((content.id, "Số liệu b", Double(b))) }
            if let a = entry.denominator { cells.append((content.id, "Số liệu a", Double(a))) }
            if let value = entry.value { cells.append((content.id, "Chỉ số", value)) }
            if let arose = entry.arose { cells.append((content.id, "Có phát sinh", arose ? "Có" : "Không")) }
            if let source = entry.source { cells.append((content.id, "Nguồn số liệu", source)) }
            if let note = entry.note { cells.append((content.id, "Tài liệu kiểm chứng", note)) }
            for (index, met) in (entry.itemsMet ?? []).enumerated() { items.append((content.id, index + 1, met ? "Đạt" : "Không đạt")) }
        }
    }

    func json() throws -> Data {
        let object: [String: Any] = ["fields": fields, "cells": cells.map { [$0.0, $0.1, $0.2] }, "items": items.map { [$0.0, $0.1, $0.2] }]
        return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }

    /// Applies the fill to the document the writer would write, as the person would.
    func apply(to document: inout WorkbookDocument) throws {
        var sheet = document.sheets[0]
        let headerRow = try #require(sheet.rows.keys.sorted().first { sheet[$0, 0]?.value == .text("Mã") })
        var columns: [String: Int] = [:]
        for (column, cell) in sheet.rows[headerRow]! { if case .text(let heading) = cell.value { columns[heading] = column } }
        var rows: [String: Int] = [:]
        for row in sheet.rows.keys where row > headerRow {
            if case .text(let code) = sheet[row, 0]?.value { rows[code] = row }
        }
        func value(_ any: Any) -> WrittenCell.Value {
            if let number = any as? Double { return .number(number) }
            return .text("\(any)")
        }
        for (label, text) in fields {
            let row = try #require(sheet.rows.keys.first { $0 < headerRow && sheet[$0, 0]?.value == .text(label) })
            sheet[row, 1] = WrittenCell(.text(text), style: sheet[row, 1]?.style ?? CellStyle())
        }
        for (code, heading, any) in cells {
            let row = try #require(rows[code], "no row \(code)"), column = try #require(columns[heading], "no column \(heading)")
            sheet[row, column] = WrittenCell(value(any), style: sheet[row, column]?.style ?? CellStyle())
        }
        for (code, number, word) in items {
            let row = try #require(rows[code]) + number, column = try #require(columns["Mục đạt"])
            sheet[row, column] = WrittenCell(.text(word), style: sheet[row, column]?.style ?? CellStyle())
        }
        document.sheets[0] = sheet
    }
}
