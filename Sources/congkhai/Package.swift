import ArgumentParser
import CongKhai
import CongKhaiCore
import CongKhaiFamilies
import CongKhaiInput
import Foundation

struct Package: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "package",
        abstract: "Tạo trang (khi cần) rồi đóng gói thành <thư mục xuất>.zip, kèm mã kiểm tra và báo cáo thay đổi.",
        discussion: """
        Builds like "build" (only what changed), then writes <output>.zip beside the output folder: the \
        site with a SHA256SUMS manifest, the same bytes for the same site and --as-of. Prints, and keeps \
        in <output>.thay-doi.txt, the pages added, changed and removed since the previous package.
        """
    )

    @OptionGroup var source: SourceOptions

    @Option(name: .long, help: ArgumentHelp("Thư mục xuất. Output folder.", valueName: "dir"))
    var output: String = "public"

    @OptionGroup var verbosity: VerbosityOptions

    func run() throws {
        let options = try source.buildOptions(output: output)
        // Zipped while the build still holds the output: exactly the site it switched in.
        nonisolated(unsafe) var packaged: Result<SitePackage.Made, SitePackage.PackageError>?
        guard case .success = SiteRunner.build(options, verbosity: verbosity, whileLocked: { site in
            packaged = Result { () throws(SitePackage.PackageError) in try SitePackage.make(site: site, asOf: options.asOf) }
        }) else { throw ExitCode.failure }
        do {
            guard let packaged else { throw SitePackage.PackageError.io(path: options.output.path, underlying: "không có trang để đóng gói") }
            let made = try packaged.get()
            if !verbosity.quiet {
                Terminal.out(TerminalSafeText.escape(made.reportText.trimmingCharacters(in: .newlines)))
                Terminal.out("Đã ghi \(made.zip.path) (báo cáo: \(made.reportFile.lastPathComponent)).")
            }
        } catch {
            Terminal.err(TerminalSafeText.escape("Không đóng gói được: \(error)"))
            throw ExitCode.failure
        }
    }
}
