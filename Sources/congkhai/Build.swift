import ArgumentParser
import CongKhai
import Foundation

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Tạo trang web từ thư mục nội dung vào thư mục xuất.",
        discussion: """
        Reads everything first and reports every mistake at once. Nothing is written when there is \
        an error: the previous site in the output folder stays as it was.
        """
    )

    @OptionGroup var source: SourceOptions

    @Option(name: .long, help: ArgumentHelp("Thư mục xuất. Output folder.", valueName: "dir"))
    var output: String = "public"

    @Flag(name: [.long, .short], help: "In thời gian của từng bước. Print phase timings.")
    var verbose = false

    @Flag(name: [.long, .short], help: "Chỉ in lỗi. Print errors only.")
    var quiet = false

    func run() throws {
        let options = try source.buildOptions(output: output)
        let diagnostics = Diagnostics()
        do {
            let report = try SiteBuilder.build(options, diagnostics: diagnostics)
            DiagnosticPrinter.print(diagnostics, showWarnings: !quiet, limitWarnings: !verbose)
            if verbose {
                for phase in report.timer.phases {
                    Terminal.out(String(format: "  %-8@ %8.1f ms", phase.name as NSString, phase.seconds * 1000))
                }
            }
            if !quiet {
                Terminal.out(String(format: "Đã tạo %d trang (%d tệp) vào %@ trong %.2f s, %d cảnh báo.",
                                    report.pagesWritten, report.filesWritten, options.output.path as NSString,
                                    report.timer.total, diagnostics.warnings.count))
            }
        } catch {
            DiagnosticPrinter.print(diagnostics, showWarnings: !quiet, limitWarnings: !verbose)
            Terminal.err("Không tạo được trang: \(error)")
            throw ExitCode.failure
        }
    }
}
