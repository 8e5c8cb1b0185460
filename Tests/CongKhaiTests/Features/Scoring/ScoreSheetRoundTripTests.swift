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

/// A score sheet written by `score-sheet`, filled as a person would — in Swift, with openpyxl,
/// and in LibreOffice Calc — reads back to the same scores as the same sheet written in YAML.
@Suite struct ScoreSheetRoundTripTests {
    static let criteriaSet = Repository.content.appendingPathComponent("data/cham-diem/qd-737-2024.yaml")
    static let scripts = Repository.fixtures.appendingPathComponent("score-sheet")

    /// Hương Trà's sheet (seed 003) with an appraisal and a verification added, every kind of
    /// figure, and evidence notes with markup characters and a line break.
    static let yamlSheet = """
    unit: Xã Hương Trà
    criteria_set: qd-737-2024
    document: "Tờ trình số 12/TTr-UBND ngày 27/02/2025 & Báo cáo <thẩm định>"
    scores:
      "1.1": { tu_cham: 5, tham_dinh: 5, tham_tra: 4.5, note: "Ảnh chụp <quầy> & \\"bảng\\"\\ndòng hai" }
      "1.2": { tu_cham: 9, tham_dinh: 8, tham_tra: 8, items: [true, true, true, true, false, true, true, false] }
      "2.1": { tu_cham: 3, tham_dinh: 3, tham_tra: 3 }
      "3.1": { tu_cham: 5, tham_dinh: 5, tham_tra: 5 }
      "4.1": { tu_cham: 2, tham_dinh: 2, tham_tra: 2, b: 0, a: 0 }
      "4.2": { tu_cham: 2, tham_dinh: 2, tham_tra: 2 }
      "4.3": { tu_cham: 2, tham_dinh: 2, tham_tra: 2 }
      "4.4": { tu_cham: 2, tham_dinh: 2, tham_tra: 2, b: 3, a: 3 }
      "4.5": { tu_cham: 2, tham_dinh: 2, tham_tra: 2 }
      "5.1": { tu_cham: 15, tham_dinh: 15, tham_tra: 0, b: 1520, a: 1610, source: Hệ thống thông tin giải quyết TTHC tỉnh }
      "5.2": { tu_cham: 10, tham_dinh: 10, tham_tra: 10 }
      "6.1": { tu_cham: 5, tham_dinh: 5, tham_tra: 5, b: 812, a: 1030 }
      "6.2": { tu_cham: 0, tham_dinh: 0, tham_tra: 0, note: Trong năm 2024 chưa thực hiện được. }
      "7.1": { tu_cham: 5, tham_dinh: 5, tham_tra: 5 }
      "7.2": { tu_cham: 5, tham_dinh: 5, tham_tra: 5 }
      "8.1": { tu_cham: 4, tham_dinh: 4, tham_tra: 4, arose: false }
      "8.2": { tu_cham: 3, tham_dinh: 3, tham_tra: 3, arose: true, b: 2, a: 2 }
      "9.1": { tu_cham: 5, tham_dinh: 5, tham_tra: 5, b: 1146, a: 1164 }
      "10.1": { tu_cham: 10, tham_dinh: 10, tham_tra: 10, value: 87.25, source: Cổng Dịch vụ công quốc gia }
    """

    /// The site holding the criteria set and, at `path`, either text or a workbook.
    static func scores(_ files: [String: Data]) throws -> ([ScoreEvaluator.Result], Diagnostics) {
        let site = try TemporarySite(["data/cham-diem/qd-737-2024.yaml": try String(contentsOf: criteriaSet, encoding: .utf8)])
        for (path, data) in files { try site.write(path, data) }
        let (loaded, diagnostics) = site.load()
        return (try #require(loaded, "\(diagnostics.errors)").scores, diagnostics)
    }

    static func reference() throws -> (ScoreEvaluator.Result, CriteriaSet) {
        let (scores, diagnostics) = try scores(["data/cham-diem/2024/huong-tra.yaml": Data(yamlSheet.utf8)])
        #expect(!diagnostics.hasErrors, "\(diagnostics.errors)")
        let result = try #require(scores.first)
        return (result, result.criteriaSet)
    }

    static func blank(_ set: CriteriaSet) throws -> WorkbookDocument {
        ScoreSheetWorkbook.document(for: set, unit: "Xã Hương Trà", year: 2024)
    }

    /// The same scores, figures, notes and totals as the YAML sheet. The workbook's sums are
    /// formulas: whatever value the filling program left in them, they state no total.
    static func expectSameScores(_ read: ScoreEvaluator.Result, as reference: ScoreEvaluator.Result,
                                 sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(read.sheet.unit == reference.sheet.unit, sourceLocation: sourceLocation)
        #expect(read.sheet.document == reference.sheet.document, sourceLocation: sourceLocation)
        #expect(read.sheet.criteriaSetID == reference.sheet.criteriaSetID && read.sheet.year == 2024, sourceLocation: sourceLocation)
        #expect(Set(read.sheet.entries.keys) == Set(reference.sheet.entries.keys), sourceLocation: sourceLocation)
        for (id, expected) in reference.sheet.entries {
            guard let entry = read.sheet.entries[id] else { continue }
            #expect(entry.points == expected.points, "\(id) points", sourceLocation: sourceLocation)
            #expect(entry.numerator == expected.numerator && entry.denominator == expected.denominator, "\(id) b, a", sourceLocation: sourceLocation)
            #expect(entry.value == expected.value && entry.arose == expected.arose, "\(id) value, arose", sourceLocation: sourceLocation)
            #expect(entry.itemsMet == expected.itemsMet, "\(id) items", sourceLocation: sourceLocation)
            #expect(entry.source == expected.source && entry.note == expected.note, "\(id) source, note", sourceLocation: sourceLocation)
        }
        #expect(read.totals == reference.totals, sourceLocation: sourceLocation)
        #expect(read.disagreements.map(\.message) == reference.disagreements.map(\.message), sourceLocation: sourceLocation)
        #expect(read.sheet.statedTotals.isEmpty, sourceLocation: sourceLocation)
    }

    @Test func aBlankSheetReadsBackWithoutScoresOrErrors() throws {
        let (_, set) = try Self.reference()
        let (scores, diagnostics) = try Self.scores(["data/cham-diem/2024/huong-tra.xlsx": try WorkbookWriter.data(try Self.blank(set))])
        #expect(!diagnostics.hasErrors, "\(diagnostics.errors)")
        let sheet = try #require(scores.first).sheet
        #expect(sheet.unit == "Xã Hương Trà" && sheet.criteriaSetID == "qd-737-2024" && sheet.document == nil)
        #expect(sheet.entries.count == 19 && sheet.entries.values.allSatisfy { $0.points.isEmpty && $0.itemsMet == nil })
        #expect(sheet.statedTotals.isEmpty, "a blank form's sums of 0 state nothing")
        #expect(sheet.location.cell == "Bảng chấm điểm!11:11")
    }

    @Test func aSheetFilledInSwiftReadsBackToTheSameScores() throws {
        let (reference, set) = try Self.reference()
        var document = try Self.blank(set)
        try ScoreSheetFill(reference.sheet, set: set).apply(to: &document)
        let (scores, diagnostics) = try Self.scores(["data/cham-diem/2024/huong-tra.xlsx": try WorkbookWriter.data(document)])
        #expect(!diagnostics.hasErrors, "\(diagnostics.errors)")
        Self.expectSameScores(try #require(scores.first), as: reference)
        // Typed in without calculating, the sums still hold the 0 written with the blank form:
        // said at each sum's cell, and the contents' points count.
        let stale = diagnostics.warnings.filter { $0.message.contains("là công thức của sổ") }
        #expect(stale.contains { $0.location.cell == "Bảng chấm điểm!D50" && $0.message.contains("lưu trong tệp là 0 điểm") && $0.message.contains("94 điểm") })
        #expect(stale.contains { $0.location.cell == "Bảng chấm điểm!D12" && $0.message.contains("Tổng tiêu chí 1") && $0.message.contains("14 điểm") })
    }

    @Test func aTotalTypedOverItsSumIsTheSheetsStatedTotal() throws {
        let (reference, set) = try Self.reference()
        var document = try Self.blank(set)
        try ScoreSheetFill(reference.sheet, set: set).apply(to: &document)
        // The self-assessment's total typed as 90 (the contents add up to 94), criterion 1's as 15.
        document.sheets[0][50, 3] = WrittenCell(.number(90))
        document.sheets[0][12, 3] = WrittenCell(.number(15))
        let (scores, diagnostics) = try Self.scores(["data/cham-diem/2024/huong-tra.xlsx": try WorkbookWriter.data(document)])
        let result = try #require(scores.first)
        #expect(result.sheet.statedTotals == ["tu_cham": 90])
        #expect(result.totals["tu_cham"] == 94 && result.statedTotal(differingAt: "tu_cham") == 90, "both figures kept")
        #expect(diagnostics.warnings.contains { $0.code == .scoreDisagreement && $0.message.contains("ghi 90 điểm nhưng cộng các nội dung được 94 điểm") })
        let criterion = try #require(diagnostics.warnings.first { $0.location.cell == "Bảng chấm điểm!D12" })
        #expect(criterion.message.contains("Tổng tiêu chí 1 (Tự chấm) ghi 15 điểm nhưng các nội dung cộng lại 14 điểm"))
    }

    /// Runs a fill script on the blank workbook; nil with the reason printed when its tools are missing.
    static func filled(by interpreter: String, script: String, probe: String) throws -> Data? {
        guard FileManager.default.isExecutableFile(atPath: interpreter) || interpreter == "python3",
              (try? run(interpreter, ["-c", probe]).status) == 0 else { return nil }
        let (reference, set) = try reference()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ck-fill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let blankFile = folder.appendingPathComponent("blank.xlsx"), filled = folder.appendingPathComponent("filled.xlsx")
        let fill = folder.appendingPathComponent("fill.json")
        try WorkbookWriter.data(try blank(set)).write(to: blankFile)
        try ScoreSheetFill(reference.sheet, set: set).json().write(to: fill)
        let (status, output) = try run(interpreter, [scripts.appendingPathComponent(script).path, blankFile.path, filled.path, fill.path])
        #expect(status == 0, "\(script): \(output)")
        return try Data(contentsOf: filled)
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        if executable.hasPrefix("/") {
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [executable] + arguments
        }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func aSheetFilledWithOpenpyxlReadsBackToTheSameScores() throws {
        guard let data = try Self.filled(by: "python3", script: "fill_openpyxl.py", probe: "import openpyxl") else {
            print("skipped: python3 cannot import openpyxl (pip install openpyxl) — the openpyxl round trip of the score sheet was not run")
            return
        }
        let (reference, _) = try Self.reference()
        let (scores, diagnostics) = try Self.scores(["data/cham-diem/2024/huong-tra.xlsx": data])
        #expect(!diagnostics.hasErrors, "\(diagnostics.errors)")
        // openpyxl keeps the sums' formulas and drops their values.
        Self.expectSameScores(try #require(scores.first), as: reference)
        #expect(!diagnostics.warnings.contains { $0.message.contains("là công thức của sổ") })
    }

    @Test func aSheetFilledInLibreOfficeReadsBackToTheSameScores() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/soffice") else {
            print("skipped: /usr/bin/soffice missing (apt-get install libreoffice-calc-nogui) — the LibreOffice round trip of the score sheet was not run")
            return
        }
        guard let data = try Self.filled(by: "/usr/bin/python3", script: "fill_libreoffice.py", probe: "import uno") else {
            print("skipped: /usr/bin/python3 cannot import uno (apt-get install python3-uno) — the LibreOffice round trip of the score sheet was not run")
            return
        }
        let (reference, _) = try Self.reference()
        let (scores, diagnostics) = try Self.scores(["data/cham-diem/2024/huong-tra.xlsx": data])
        #expect(!diagnostics.hasErrors, "\(diagnostics.errors)")
        // Calc calculates the sums as it saves: they agree with the contents.
        Self.expectSameScores(try #require(scores.first), as: reference)
        #expect(!diagnostics.warnings.contains { $0.message.contains("là công thức của sổ") }, "\(diagnostics.warnings)")
    }
}
