import ArgumentParser
import CongKhai
import Foundation

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Tạo một trang mới từ trang mẫu có sẵn.",
        discussion: "Copies the built-in example site into DIR (which must be empty or not exist), ready to edit."
    )

    @Argument(help: ArgumentHelp("Thư mục sẽ tạo. Folder to create.", valueName: "dir"))
    var directory: String

    func run() throws {
        let target = URL(fileURLWithPath: directory)
        do {
            try SiteScaffold.create(at: target)
        } catch {
            Terminal.err("\(error)")
            throw ExitCode.failure
        }
        Terminal.out("""
        Đã tạo trang mới ở \(target.path).
        Sửa \(directory)/Content/site.yaml (tên xã, địa chỉ, base_url), rồi chạy:
          cd \(directory) && congkhai build
        """)
    }
}
