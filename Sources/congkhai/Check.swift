import ArgumentParser
import CongKhai
import CongKhaiCore
import CongKhaiFamilies
import Foundation

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Kiểm tra nội dung, không ghi gì. Exit 1 khi có lỗi, 0 khi chỉ có cảnh báo.",
        discussion: "Prints every error and warning with its file, line and column."
    )

    @OptionGroup var source: SourceOptions

    @Flag(name: [.long, .short], help: "In từng cảnh báo, không gộp theo mã. Print every warning ungrouped.")
    var verbose = false

    func run() throws {
        let options = try source.buildOptions(output: "public")
        let diagnostics = Diagnostics()
        let site = SiteBuilder.check(options, diagnostics: diagnostics)
        DiagnosticPrinter.print(diagnostics, showWarnings: true, verbose: verbose)
        let errors = diagnostics.errors.count, warnings = diagnostics.warnings.count
        if site == nil || errors > 0 {
            Terminal.err("Kiểm tra: \(max(errors, 1)) lỗi, \(warnings) cảnh báo.")
            throw ExitCode.failure
        }
        let procedures = site?.catalog.inForce.count ?? 0
        Terminal.out("Kiểm tra: không có lỗi, \(warnings) cảnh báo; \(site?.pages.count ?? 0) trang, \(site?.notices.count ?? 0) thông báo, \(procedures) thủ tục đang áp dụng; \(site?.completeness.line ?? "").")
    }
}
