import ArgumentParser
import CongKhai
import CongKhaiCore
import CongKhaiFamilies
import CongKhaiSite
import Foundation
import Templates

@main
struct CongKhaiCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "congkhai",
        abstract: "Tạo trang công khai thủ tục hành chính của xã từ dữ liệu và Markdown.",
        discussion: """
        Builds a commune's public-information website (procedures with QR codes, notices) \
        from Content/ into public/. Run "congkhai build" in a site folder; "congkhai check" \
        to find mistakes without writing anything.
        """,
        version: ToolIdentity.version,
        subcommands: [Build.self, Check.self, Serve.self, New.self, Package.self, ScoreSheet.self],
        defaultSubcommand: Build.self
    )
}

/// Options shared by `build` and `check`.
struct SourceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Thư mục nội dung (có site.yaml). Content folder.", valueName: "dir"))
    var source: String = "Content"

    @Option(name: .customLong("as-of"),
            help: ArgumentHelp("Ngày coi là \"hôm nay\" (YYYY-MM-DD): quyết định thủ tục nào đang hiệu lực. Mặc định: hôm nay giờ Việt Nam.",
                               valueName: "date"))
    var asOf: String?

    @Option(name: .customLong("base-url"),
            help: ArgumentHelp("Địa chỉ gốc của trang, thay cho base_url trong site.yaml.", valueName: "url"))
    var baseURL: String?

    @Flag(name: .customLong("relative-links"),
          help: "Ghi mọi liên kết dạng tương đối (mở được từ ổ đĩa, trong tệp ZIP, dưới đường dẫn bất kỳ); như relative_links: true.")
    var relativeLinks = false

    @Flag(name: .customLong("gzip"), help: "Ghi thêm bản nén .gz của các tệp văn bản; như precompress: true.")
    var precompress = false

    func buildOptions(output: String) throws -> BuildOptions {
        var date = BuildOptions.todayInVietnam()
        if let asOf {
            guard case .date(let parsed) = CivilDate.parse(asOf) else {
                throw ValidationError("--as-of \"\(asOf)\" không phải một ngày có thật. Viết dạng 2025-02-07.")
            }
            date = parsed
        }
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        var options = BuildOptions(source: URL(fileURLWithPath: source, relativeTo: cwd).standardizedFileURL,
                                   output: URL(fileURLWithPath: output, relativeTo: cwd).standardizedFileURL,
                                   baseURL: baseURL, asOf: date)
        if relativeLinks { options.relativeLinks = true }
        if precompress { options.precompress = true }
        return options
    }
}
