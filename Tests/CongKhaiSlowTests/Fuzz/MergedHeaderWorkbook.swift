import Foundation
@testable import CongKhai
@testable import CongKhaiCore
@testable import CongKhaiEncoding
@testable import CongKhaiFamilies
@testable import CongKhaiInput
@testable import CongKhaiMarkdown
@testable import CongKhaiSite
import CongKhaiTestSupport

/// The generator that found B12 (issue 26): catalog workbooks whose header rows are wide and
/// full of merged cells (parents across columns, cells merged down through the header, title
/// rows merged across the sheet), with a few rows of data under them. Each must read as any
/// workbook does, and its header search must look at each merge a bounded number of times.
enum MergedHeaderWorkbook {
    static let names = ["Mã TTHC", "Tên thủ tục", "Lĩnh vực", "Thời hạn giải quyết", "Phí", "Nhóm", "Kỳ báo cáo", "Ghi chú", "Số lượng"]

    static func make(using random: inout SplitMix64) throws -> (data: Data, merges: Int, columns: Int) {
        let columns = Int.random(in: 20...300, using: &random)
        let headerRows = Int.random(in: 1...5, using: &random)
        let titleRows = Int.random(in: 0...3, using: &random)
        var rows: [[String]] = []
        var merges: [String] = []
        for title in 0..<titleRows {
            rows.append(["DANH MỤC THỦ TỤC HÀNH CHÍNH \(title)"])
            merges.append("A\(title + 1):\(SheetWorkbook.column(columns - 1))\(title + 1)")
        }
        for level in 0..<headerRows {
            let row = titleRows + level + 1
            rows.append((0..<columns).map { _ in names.randomElement(using: &random)! + (level == headerRows - 1 ? "" : " \(level)") })
            var column = 0
            while column < columns - 1 {
                let width = Int.random(in: 1...6, using: &random)
                let depth = Int.random(in: 0...(headerRows - level - 1), using: &random)
                if width > 1 || depth > 0 {
                    let last = min(column + width - 1, columns - 1)
                    merges.append("\(SheetWorkbook.column(column))\(row):\(SheetWorkbook.column(last))\(row + depth)")
                }
                column += width
            }
        }
        for index in 0..<Int.random(in: 1...20, using: &random) {
            rows.append(["1.\(String(format: "%06d", 1193 + index))", "Thủ tục \(index)", "Hộ tịch", "\(index % 9 + 1) ngày", "Miễn phí"]
                        + (5..<columns).map { _ in Bool.random(using: &random) ? "\(Int.random(in: 0...999, using: &random))" : "" })
        }
        return (try SheetWorkbook(rows: rows, merges: merges).data(), merges.count, columns)
    }

    /// The header search's work on the workbook, against its bound.
    static func probeProblem(_ data: Data, merges: Int, columns: Int) throws -> String? {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("congkhai-merges-\(UUID().uuidString).xlsx")
        try data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let workbook = try Workbook(url: url)
        let sheet = try workbook.read(workbook.visibleSheets[0])
        let grid = SheetGrid(sheet, uses1904: false)
        _ = HeaderRows.find(in: grid, known: ColumnVocabulary.standard.known)
        let bound = 8 * (merges + columns * (HeaderRows.searchDepth + HeaderRows.maxRows))
        return grid.mergeProbes.count > bound ? "\(grid.mergeProbes.count) merge probes for \(merges) merges, \(columns) columns" : nil
    }
}
