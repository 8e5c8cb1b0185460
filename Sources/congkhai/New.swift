import ArgumentParser
import CongKhai
import CongKhaiFamilies
import Foundation
import Templates

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Tạo trang mới cho xã: hỏi tên xã, tỉnh, địa chỉ… (hoặc lấy từ tùy chọn); --example chép trang mẫu đầy đủ.",
        discussion: """
        Writes a starter site for the commune into DIR (empty or new): the names asked for on a \
        terminal or given as options; whatever is not given is written as "CẦN ĐIỀN: …" and \
        listed by "congkhai check" (CK205). Without a terminal nothing is asked. --example copies \
        the full example site (a fictional commune) instead.
        """
    )

    @Argument(help: ArgumentHelp("Thư mục sẽ tạo. Folder to create.", valueName: "dir"))
    var directory: String

    @Flag(name: .long, help: "Chép trang mẫu đầy đủ (xã hư cấu, thủ tục thật) để xem thử, thay cho trang mới.")
    var example = false

    @Option(name: .long, help: ArgumentHelp("Tên xã hoặc phường, ví dụ \"Xã Bình Tân Hưng\".", valueName: "tên"))
    var commune: String?

    @Option(name: .long, help: ArgumentHelp("Tên tỉnh hoặc thành phố, ví dụ \"Quảng Ngãi\".", valueName: "tên"))
    var province: String?

    @Option(name: .customLong("base-url"), help: ArgumentHelp("Địa chỉ trang, ví dụ https://tenxa.quangngai.gov.vn/", valueName: "url"))
    var baseURL: String?

    @Option(name: .long, help: ArgumentHelp("Địa chỉ trụ sở Ủy ban nhân dân xã.", valueName: "địa chỉ"))
    var address: String?

    @Option(name: .long, help: ArgumentHelp("Số điện thoại của Ủy ban nhân dân xã.", valueName: "số"))
    var phone: String?

    @Option(name: .long, help: ArgumentHelp("Thư điện tử của Ủy ban nhân dân xã.", valueName: "thư"))
    var email: String?

    @Option(name: .customLong("working-hours"), help: ArgumentHelp("Giờ làm việc.", valueName: "giờ"))
    var workingHours: String?

    @Option(name: .customLong("feedback-phone"), help: ArgumentHelp("Số điện thoại chuyên dùng tiếp nhận phản ánh, kiến nghị.", valueName: "số"))
    var feedbackPhone: String?

    @Option(name: .customLong("feedback-email"), help: ArgumentHelp("Thư điện tử tiếp nhận phản ánh, kiến nghị.", valueName: "thư"))
    var feedbackEmail: String?

    func run() throws {
        let target = URL(fileURLWithPath: directory)
        do {
            if example {
                try SiteScaffold.create(at: target)
            } else {
                try SiteScaffold.createStarter(at: target, starter: StarterSite(names: names()))
            }
        } catch {
            Terminal.err("\(error)")
            throw ExitCode.failure
        }
        if example {
            Terminal.out("""
            Đã chép trang mẫu (xã hư cấu) vào \(target.path). Để làm trang của xã mình, dùng "congkhai new" không có --example.
              cd \(directory) && congkhai build
            """)
        } else {
            Terminal.out("""
            Đã tạo trang mới ở \(target.path).
            Tiếp theo: điền các dòng "CẦN ĐIỀN" trong \(directory)/Content/site.yaml, đặt danh mục thủ tục
            (tệp Excel) vào \(directory)/Content/data/, rồi chạy:
              cd \(directory) && congkhai check && congkhai serve
            """)
        }
    }

    /// Options first; on a terminal, the missing ones are asked for (Enter leaves one to fill in
    /// later). Without a terminal (a script, CI) nothing is read from standard input.
    private func names() -> StarterSite.Names {
        var names = StarterSite.Names(commune: commune, province: province, baseURL: baseURL, address: address,
                                      phone: phone, email: email, workingHours: workingHours,
                                      feedbackPhone: feedbackPhone, feedbackEmail: feedbackEmail)
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { return names }
        Terminal.out("Trang mới cho xã. Gõ từng mục rồi Enter; bỏ trống (Enter) thì để \"CẦN ĐIỀN\" và điền sau trong site.yaml.")
        func ask(_ value: inout String?, _ question: String) {
            guard value == nil else { return }
            FileHandle.standardOutput.write(Data("\(question): ".utf8))
            value = readLine(strippingNewline: true)
        }
        ask(&names.commune, "Tên xã hoặc phường (ví dụ Xã Bình Tân Hưng)")
        ask(&names.province, "Tỉnh hoặc thành phố (ví dụ Quảng Ngãi)")
        ask(&names.baseURL, "Địa chỉ trang (ví dụ https://tenxa.quangngai.gov.vn/)")
        ask(&names.address, "Địa chỉ trụ sở Ủy ban nhân dân xã")
        ask(&names.phone, "Số điện thoại của Ủy ban")
        ask(&names.email, "Thư điện tử của Ủy ban")
        ask(&names.workingHours, "Giờ làm việc")
        ask(&names.feedbackPhone, "Số điện thoại tiếp nhận phản ánh, kiến nghị")
        ask(&names.feedbackEmail, "Thư điện tử tiếp nhận phản ánh, kiến nghị")
        return names
    }
}
