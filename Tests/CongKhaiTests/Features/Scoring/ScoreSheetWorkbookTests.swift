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

/// The blank workbook's layout as seed 003's table, and every way a filled one can be wrong,
/// reported at its sheet and cell, all at once.
@Suite struct ScoreSheetWorkbookTests {
    static func blank() throws -> (WorkbookDocument, CriteriaSet) {
        let (_, set) = try ScoreSheetRoundTripTests.reference()
        return (ScoreSheetWorkbook.document(for: set, unit: "Xã Hương Trà", year: 2024), set)
    }

    static func text(_ sheet: WorksheetDocument, _ row: Int, _ column: Int) -> String? {
        if case .text(let text) = sheet[row, column]?.value { return text }
        return nil
    }

    @Test func theBlankSheetIsSeed003sTableWithAColumnPerLevel() throws {
        let (document, set) = try Self.blank()
        let sheet = document.sheets[0]
        #expect(sheet.name == "Bảng chấm điểm")
        #expect(Self.text(sheet, 1, 0) == "BẢNG CHẤM ĐIỂM" && Self.text(sheet, 2, 0) == set.name)
        #expect(Self.text(sheet, 3, 0) == "(Quyết định số 737/QĐ-UBND ngày 14/11/2024 của UBND tỉnh Quảng Ngãi)")
        let header = (0...12).map { Self.text(sheet, 11, $0) ?? "" }
        #expect(header == ["Mã", "Nội dung tiêu chí", "Thang điểm", "Tự chấm", "Thẩm định", "Thẩm tra", "Số liệu b", "Số liệu a",
                           "Chỉ số", "Có phát sinh", "Mục đạt", "Nguồn số liệu", "Tài liệu kiểm chứng"])
        // Column A: "Tiêu chí N" rows and each content's code from the set, in order.
        let codes = (12...sheet.lastRow).compactMap { Self.text(sheet, $0, 0) }
        #expect(codes.filter { !$0.hasPrefix("Tiêu chí") } == set.contents.map(\.id))
        #expect(codes.filter { $0.hasPrefix("Tiêu chí") }.count == 10)
        // The checklist's eight items sit under 1.2 with their points; the total row closes the table.
        let row12 = try #require((12...sheet.lastRow).first { Self.text(sheet, $0, 0) == "1.2" })
        #expect(Self.text(sheet, row12 + 1, 1) == "- Mỗi quầy theo lĩnh vực tiếp nhận bố trí 01 máy tính kết nối mạng (02 điểm).")
        #expect(sheet[row12 + 1, 2]?.value == .number(2))
        #expect(Self.text(sheet, sheet.lastRow, 1) == "TỔNG ĐIỂM ĐẠT ĐƯỢC" && sheet[sheet.lastRow, 2]?.value == .number(100))
        #expect(sheet[sheet.lastRow, 3]?.value == .formula("SUM(D12,D23,D25,D27,D34,D37,D40,D43,D46,D48)", cached: 0))
        #expect(sheet[12, 3]?.value == .formula("SUM(D13:D22)", cached: 0))
        // Cells to fill are unlocked; the figures a rule does not use are locked.
        let row51 = try #require((12...sheet.lastRow).first { Self.text(sheet, $0, 0) == "5.1" })
        #expect(sheet[row51, 3]?.style.locked == false && sheet[row51, 6]?.style.locked == false && sheet[row51, 8]?.style.locked == true)
        let row101 = try #require((12...sheet.lastRow).first { Self.text(sheet, $0, 0) == "10.1" })
        #expect(sheet[row101, 8]?.style.locked == false && sheet[row101, 6]?.style.locked == true)
        #expect(sheet[row51, 0]?.style.locked == true && sheet[row51, 2]?.style.locked == true)
        #expect(sheet.protection != nil && sheet.print.repeatedRows == 11...11 && sheet.print.landscape)
        #expect(sheet.validations.contains { $0.cells == "D\(row51):F\(row51)" && $0.rule == .decimal(minimum: 0, maximum: 15) })
    }

    @Test func theCommandWritesTheRoundsSpellingAndNeverOverwrites() throws {
        let site = try TemporarySite([
            "data/cham-diem/qd-737-2024.yaml": try String(contentsOf: ScoreSheetRoundTripTests.criteriaSet, encoding: .utf8),
            "data/xet-cong-nhan/2024/don-vi.csv": "Đơn vị,Cấp huyện\nXã Hương Trà,Huyện Trà Bồng\nThị trấn Ba Tơ,Huyện Ba Tơ\n",
        ])
        let output = site.root.appendingPathComponent("huong-tra.xlsx")
        func request(_ unit: String, _ file: URL = output) -> ScoreSheetHandout.Request {
            ScoreSheetHandout.Request(source: site.content, year: 2024, unit: unit, criteriaSet: nil, output: file)
        }
        let diagnostics = Diagnostics()
        let made = try ScoreSheetHandout.write(request("xã hương trà"), diagnostics: diagnostics)
        #expect(made.unit == "Xã Hương Trà" && made.criteriaSet == "qd-737-2024" && made.contents == 19)
        let (_, sheet) = try WorkbookWriterTests.cells(of: try Data(contentsOf: output))
        #expect(sheet.cells.contains { $0.reference.description == "B5" && $0.value == .text("Xã Hương Trà") })
        // Not over an existing file, even one CongKhai wrote: it may have been filled since.
        let before = try Data(contentsOf: output)
        #expect(throws: ScoreSheetHandout.HandoutError.self) { try ScoreSheetHandout.write(request("Xã Hương Trà"), diagnostics: Diagnostics()) }
        #expect(try Data(contentsOf: output) == before)
        // A unit not in the round, with the unit probably meant.
        let other = Diagnostics()
        #expect(throws: ScoreSheetHandout.HandoutError.self) {
            try ScoreSheetHandout.write(request("Xã Ba Tơ", site.root.appendingPathComponent("ba-to.xlsx")), diagnostics: other)
        }
        #expect(other.errors.first?.code == .roundUnitUnknown && other.errors.first?.message.contains("Có phải \"Thị trấn Ba Tơ\"?") == true)
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("ba-to.xlsx").path))
        // A name no workbook can hold is refused before anything is written.
        let hostile = Diagnostics()
        let noRound = site.root.appendingPathComponent("x.xlsx")
        #expect(throws: ScoreSheetHandout.HandoutError.self) {
            try ScoreSheetHandout.write(ScoreSheetHandout.Request(source: site.content, year: 2025, unit: "Xã \u{1B}[31mĐỏ", criteriaSet: nil, output: noRound),
                                        diagnostics: hostile)
        }
        #expect(hostile.errors.first?.message.contains("U+1B") == true && !FileManager.default.fileExists(atPath: noRound.path))
        #expect(throws: ScoreSheetHandout.HandoutError.self) {
            try ScoreSheetHandout.write(ScoreSheetHandout.Request(source: site.content, year: 2024, unit: "Xã Hương Trà", criteriaSet: "khong-co",
                                                                  output: site.root.appendingPathComponent("y.xlsx")), diagnostics: Diagnostics())
        }
    }

    /// Every mistake of a filled sheet at its cell, in one run.
    @Test func everyMistakeIsReportedAtItsCellAllAtOnce() throws {
        let (blank, _) = try Self.blank()
        var document = blank
        var sheet = document.sheets[0]
        let rows = Dictionary((12...sheet.lastRow).compactMap { row in Self.text(sheet, row, 0).map { ($0, row) } }, uniquingKeysWith: { a, _ in a })
        func row(_ code: String) -> Int { rows[code]! }
        sheet[row("1.1"), 3] = WrittenCell(.text("năm"))                      // not points
        sheet[row("5.1"), 6] = WrittenCell(.text("1.520,5"))                  // not a count
        sheet[row("8.1"), 9] = WrittenCell(.text("Có thể"))                   // not yes or no
        sheet[row("2.1"), 6] = WrittenCell(.number(12))                       // a figure 2.1 does not use
        sheet[row("1.2") + 3, 10] = WrittenCell(.text("Hình như"))           // an item neither met nor not
        sheet[row("1.2") + 2, 1] = WrittenCell(.text("- Máy in màu"))         // an item's text changed
        sheet[row("1.2") + 1, 3] = WrittenCell(.number(2))                    // points on an item's row
        sheet[row("3.1"), 0] = WrittenCell(.text("2.1"))                      // a code twice
        sheet[row("4.1") - 1, 12] = WrittenCell(.text("ghi chú lạc"))       // data on criterion 4's note row, which has no code
        document.sheets[0] = sheet
        let (scores, diagnostics) = try ScoreSheetRoundTripTests.scores(["data/cham-diem/2024/huong-tra.xlsx": try WorkbookWriter.data(document)])
        let file = "data/cham-diem/2024/huong-tra.xlsx"
        func at(_ cell: String) -> [Diagnostic] { diagnostics.all.filter { $0.location.file == file && $0.location.cell == "Bảng chấm điểm!\(cell)" } }
        #expect(at("D13").contains { $0.severity == .error && $0.message.contains("\"năm\" không phải số điểm") })
        #expect(at("G\(row("5.1"))").contains { $0.severity == .error && $0.message.contains("không phải một số đếm") })
        #expect(at("J\(row("8.1"))").contains { $0.severity == .error && $0.message.contains("Ghi \"Có\" hoặc \"Không\"") })
        #expect(at("G\(row("2.1"))").contains { $0.severity == .warning && $0.message.contains("không dùng cột \"Số liệu b\"") })
        #expect(at("K\(row("1.2") + 3)").contains { $0.severity == .error && $0.message.contains("mục 3") })
        #expect(at("B\(row("1.2") + 2)").contains { $0.severity == .warning && $0.message.contains("Máy in màu") })
        #expect(at("D\(row("1.2") + 1)").contains { $0.severity == .warning && $0.message.contains("không ghi ở hàng mục") })
        #expect(at("A\(row("3.1"))").contains { $0.severity == .error && $0.message.contains("Mã 2.1 đã có ở") })
        #expect(at("M\(row("4.1") - 1)").contains { $0.severity == .warning && $0.message.contains("Hàng không có mã") && $0.message.contains("ghi chú lạc") })
        #expect(diagnostics.errors.count >= 5, "all reported together")
        // The sheet is still read where it could be: the evaluator sees 3.1 missing.
        #expect(scores.first?.sheet.entries["3.1"] == nil)
    }

    @Test func theRowsAboveTheTableNameTheUnitTheYearAndTheSet() throws {
        let (blank, _) = try Self.blank()
        var wrongYear = blank
        wrongYear.sheets[0][6, 1] = WrittenCell(.number(2025))
        var unknownSet = blank
        unknownSet.sheets[0][7, 1] = WrittenCell(.text("qd-999"))
        var noUnit = blank
        noUnit.sheets[0][5, 1] = WrittenCell(.empty)
        let (scores, diagnostics) = try ScoreSheetRoundTripTests.scores([
            "data/cham-diem/2024/nam-sai.xlsx": try WorkbookWriter.data(wrongYear),
            "data/cham-diem/2024/bo-sai.xlsx": try WorkbookWriter.data(unknownSet),
            "data/cham-diem/2024/khong-ten.xlsx": try WorkbookWriter.data(noUnit),
            "data/cham-diem/2024/csv.csv": Data("Mã,Tự chấm\n1.1,5\n".utf8),
        ])
        #expect(scores.isEmpty)
        func error(_ file: String) -> Diagnostic? { diagnostics.errors.first { $0.location.file == "data/cham-diem/2024/\(file)" } }
        #expect(error("nam-sai.xlsx")?.location.cell == "Bảng chấm điểm!B6" && error("nam-sai.xlsx")?.message.contains("năm 2025") == true)
        #expect(error("bo-sai.xlsx")?.code == .unknownCriteriaSet && error("bo-sai.xlsx")?.location.cell == "Bảng chấm điểm!B7")
        #expect(error("khong-ten.xlsx")?.message.contains("thiếu \"Đơn vị\"") == true)
        #expect(error("csv.csv")?.message.contains("không đọc từ .csv") == true)
    }
}

/// `congkhai score-sheet` as a process: the workbook in the example site, byte-identical when
/// asked twice, and a refusal with a message and exit status 1 rather than an overwrite.
@Suite struct ScoreSheetCommandTests {
    @Test func theCommandWritesTheSameWorkbookTwiceAndRefusesToOverwrite() throws {
        let executable = try #require(CongKhaiExecutable.url, "congkhai executable not built")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ck-score-sheet-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("a.xlsx"), second = folder.appendingPathComponent("b.xlsx")
        for file in [first, second] {
            let made = try CongKhaiExecutable.run(executable, ["score-sheet", "--source", Repository.content.path, "--year", "2024",
                                                               "--unit", "Xã Hương Trà", "--output", file.path])
            #expect(made.status == 0, "\(made.stderr)")
            #expect(made.stdout.contains("bảng chấm điểm năm 2024 của Xã Hương Trà, bộ tiêu chí qd-737-2024, 19 nội dung"))
        }
        #expect(try Data(contentsOf: first) == Data(contentsOf: second))
        let again = try CongKhaiExecutable.run(executable, ["score-sheet", "--source", Repository.content.path, "--year", "2024",
                                                            "--unit", "Xã Hương Trà", "--output", first.path])
        #expect(again.status == 1 && again.stderr.contains("không ghi đè"))
        let notXLSX = try CongKhaiExecutable.run(executable, ["score-sheet", "--source", Repository.content.path, "--year", "2024",
                                                              "--unit", "Xã Hương Trà", "--output", folder.appendingPathComponent("a.xls").path])
        #expect(notXLSX.status == 1 && notXLSX.stderr.contains("phải có đuôi .xlsx"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["a.xlsx", "b.xlsx"], "no temporary file left")
    }
}
