import ArgumentParser
import CongKhai
import CongKhaiCore
import CongKhaiFamilies
import CongKhaiInput
import CongKhaiSite
import Foundation
import Templates

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Tạo trang web từ thư mục nội dung vào thư mục xuất.",
        discussion: """
        Reads everything first and reports every mistake at once. Nothing is written when there is \
        an error: the previous site in the output folder stays as it was. Later builds render only \
        the pages whose inputs changed (the cache and the spare copy are kept beside the output, \
        in .public.congkhai/, never inside it).
        """
    )

    @OptionGroup var source: SourceOptions

    @Option(name: .long, help: ArgumentHelp("Thư mục xuất. Output folder.", valueName: "dir"))
    var output: String = "public"

    @OptionGroup var verbosity: VerbosityOptions

    func run() throws {
        let options = try source.buildOptions(output: output)
        guard case .success = SiteRunner.build(options, verbosity: verbosity) else { throw ExitCode.failure }
    }
}

/// `--quiet` and `--verbose`, shared by `build` and `serve`.
struct VerbosityOptions: ParsableArguments {
    @Flag(name: [.long, .short], help: "In từng cảnh báo (không gộp) và thời gian từng bước. Print every warning ungrouped and phase timings.")
    var verbose = false

    @Flag(name: [.long, .short], help: "Chỉ in lỗi. Print errors only.")
    var quiet = false

    func validate() throws {
        if verbose && quiet { throw ValidationError("Chọn một trong --quiet và --verbose.") }
    }
}

/// One build with its messages: progress on a terminal, diagnostics, notices, the summary.
enum SiteRunner {
    /// The errors of a failed build, as printed, for the preview's banner.
    struct Failure: Error {
        let messages: [String]
    }

    /// `whileLocked` runs once the new site is served, before another build may change it.
    static func build(_ options: BuildOptions, verbosity: VerbosityOptions,
                      whileLocked: ((URL) -> Void)? = nil) -> Result<BuildReport, Failure> {
        let diagnostics = Diagnostics()
        let progress = BuildProgress()
        let line = ProgressLine.start(for: progress, quiet: verbosity.quiet)
        let result = Result { () throws(SiteBuilder.BuildError) in
            try SiteBuilder.build(options, diagnostics: diagnostics, progress: progress, waiting: {
                Terminal.err("Đang có một lần tạo trang khác ghi vào \(options.output.path); chờ nó xong…")
            }, whileLocked: whileLocked)
        }
        line?.stop()
        DiagnosticPrinter.print(diagnostics, showWarnings: !verbosity.quiet, verbose: verbosity.verbose)
        switch result {
        case .success(let report):
            if let notice = report.output.discardedCache, !verbosity.quiet { Terminal.err("Lưu ý: \(notice)") }
            if !report.output.setAside.isEmpty {
                // Printed even with --quiet: the webmaster's own files were moved.
                Terminal.err(TerminalSafeText.escape("Lưu ý: \(report.output.setAside.count) tệp không do CongKhai ghi nằm đúng chỗ trang mới cần (thả vào thư mục xuất trong lúc tạo trang, hoặc khi CongKhai mất danh sách tệp của nó); không xóa, đã chuyển sang:\n" + report.output.setAside.map { "  " + TerminalSafeText.escapeLine($0) }.joined(separator: "\n")))
            }
            if verbosity.verbose {
                for phase in report.timer.phases {
                    Terminal.out("  " + phase.name.padding(toLength: 20, withPad: " ", startingAt: 0) + String(format: "%8.1f ms", phase.seconds * 1000))
                }
            }
            if !verbosity.quiet {
                Terminal.out(summary(report, output: options.output, warnings: diagnostics.warnings.count))
            }
            return .success(report)
        case .failure(let error):
            let message = TerminalSafeText.escape("Không tạo được trang: \(error)")
            Terminal.err(message)
            return .failure(Failure(messages: diagnostics.errors.map(\.description) + [message]))
        }
    }

    /// One line: what was written, what was left as it was, warnings, time.
    static func summary(_ report: BuildReport, output: URL, warnings: Int) -> String {
        let written = report.output
        var parts = ["ghi \(written.pagesWritten) trang (\(written.written) tệp)"]
        if written.incremental { parts.append("\(written.pagesUnchanged) trang không đổi") }
        if written.removed > 0 { parts.append("xóa \(written.removed) tệp") }
        parts += report.summary
        parts.append("\(warnings) cảnh báo")
        return String(format: "Xong %@: %@, %.2f s.", output.path as NSString,
                      parts.joined(separator: ", ") as NSString, report.timer.total)
    }
}
