import ArgumentParser
import CongKhai
import CongKhaiCore
import CongKhaiFamilies
import Foundation
import Templates

/// `congkhai score-sheet`: the blank score-sheet workbook the province hands out.
struct ScoreSheet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score-sheet",
        abstract: "Tạo sổ Excel chấm điểm Bộ phận Một cửa kiểu mẫu (để trống) cho một đơn vị và một năm.",
        discussion: """
        Writes the blank workbook laid out as the criteria set's scoring table: one row per content \
        (code in column A), the scale, a column per assessment level, the figures each content asks \
        for, evidence notes and the sums. Filled in Excel or LibreOffice and saved as \
        data/cham-diem/<year>/<unit>.xlsx, it is read back by build and check. Never overwrites a file.
        """
    )

    @Option(name: .long, help: ArgumentHelp("Thư mục nội dung (có data/cham-diem/). Content folder.", valueName: "dir"))
    var source: String = "Content"

    @Option(name: .long, help: ArgumentHelp("Năm đánh giá, ví dụ 2024.", valueName: "year"))
    var year: Int

    @Option(name: .long, help: ArgumentHelp("Tên đơn vị như trong danh sách của đợt, ví dụ \"Xã Hương Trà\".", valueName: "name"))
    var unit: String

    @Option(name: .long, help: ArgumentHelp("Tệp .xlsx sẽ ghi (không ghi đè tệp đã có).", valueName: "file"))
    var output: String

    @Option(name: .customLong("criteria-set"),
            help: ArgumentHelp("Bộ tiêu chí (tên tệp trong data/cham-diem/ không có .yaml), khi site có nhiều bộ.", valueName: "id"))
    var criteriaSet: String?

    func run() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let request = ScoreSheetHandout.Request(
            source: URL(fileURLWithPath: source, relativeTo: cwd).standardizedFileURL, year: year, unit: unit,
            criteriaSet: criteriaSet, output: URL(fileURLWithPath: output, relativeTo: cwd).standardizedFileURL)
        let diagnostics = Diagnostics()
        do {
            let made = try ScoreSheetHandout.write(request, diagnostics: diagnostics)
            DiagnosticPrinter.print(diagnostics, showWarnings: true, verbose: false)
            Terminal.out(TerminalSafeText.escape("Đã ghi \(made.file.path): bảng chấm điểm năm \(year) của \(made.unit), bộ tiêu chí \(made.criteriaSet), \(made.contents) nội dung."))
        } catch {
            DiagnosticPrinter.print(diagnostics, showWarnings: true, verbose: false)
            Terminal.err(TerminalSafeText.escape(error.description))
            throw ExitCode.failure
        }
    }
}
