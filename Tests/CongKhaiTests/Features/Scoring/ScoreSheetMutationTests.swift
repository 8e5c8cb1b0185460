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

/// Seeded mutations of a filled score-sheet workbook (hostile texts, huge and negative numbers,
/// codes moved, markers typed where they do not belong, cells emptied): every one is read without
/// a crash, every diagnostic about it names its sheet and cell, and a sheet comes back or an error
/// says why not.
@Suite struct ScoreSheetMutationTests {
    static let values: [WrittenCell.Value] = [
        .empty, .text(""), .text(" "), .text("1e309"), .text("NaN"), .text("-1"), .text("9999999999999"), .number(1e20),
        .number(-5), .number(0.5), .number(.greatestFiniteMagnitude), .text("<script>alert(1)</script>"), .text("\u{202E}gnp.exe"),
        .text("Tiêu chí 99"), .text("Tiêu chí 1"), .text("TỔNG ĐIỂM ĐẠT ĐƯỢC"), .text("1.1"), .text("10.1"), .text("x"),
        .text("Không đạt"), .text("Có"), .text("Đơn vị"), .text("Năm"), .text("2025"), .text("qd-737-2024"), .text("1.234,5"),
        .formula("SUM(D1:D2)", cached: 7), .text(String(repeating: "ạ", count: 5_000)),
    ]

    @Test func mutatedSheetsAreReadOrRefusedWithLocatedDiagnostics() throws {
        let (reference, set) = try ScoreSheetRoundTripTests.reference()
        var filled = ScoreSheetWorkbook.document(for: set, unit: "Xã Hương Trà", year: 2024)
        try ScoreSheetFill(reference.sheet, set: set).apply(to: &filled)
        var random = SplitMix64(seed: 21)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ck-mutate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let display = "data/cham-diem/2024/huong-tra.xlsx"
        var read = 0
        for round in 0..<300 {
            var document = filled
            let lastRow = document.sheets[0].lastRow
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                let row = Int.random(in: 1...lastRow + 1, using: &random), column = Int.random(in: 0...12, using: &random)
                document.sheets[0][row, column] = WrittenCell(Self.values.randomElement(using: &random)!)
            }
            let url = folder.appendingPathComponent("\(round).xlsx")
            try WorkbookWriter.data(document).write(to: url)
            let diagnostics = Diagnostics()
            let sheet = WorkbookTableReader.read(url, displayPath: display, options: WorkbookOptions(), vocabulary: .standard, diagnostics: diagnostics)
                .flatMap { ScoreSheetTableReader(table: $0, year: 2024, slug: "huong-tra", sets: [set.id: set], diagnostics: diagnostics).read() }
            if let sheet {
                read += 1
                _ = ScoreEvaluator.evaluate(sheet, against: set)
            } else {
                #expect(diagnostics.hasErrors, "round \(round): no sheet and no error")
            }
            for diagnostic in diagnostics.all {
                #expect(diagnostic.location.file == display && diagnostic.location.cell?.hasPrefix("Bảng chấm điểm!") == true,
                        "round \(round): \(diagnostic)")
            }
        }
        #expect(read > 200, "most mutations leave a readable sheet: \(read)")
    }
}
