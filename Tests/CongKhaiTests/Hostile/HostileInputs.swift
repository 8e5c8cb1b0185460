import Foundation
import CongKhaiTestSupport

/// Small files that once made CongKhai slow, huge, or fail at `build` after `check` passed
/// (issue 13, findings 5 and 8). Each is a site relative path and its bytes.
enum HostileInputs {
    /// 9 levels of 9 aliases: 9^9 nodes once expanded, in under 400 bytes.
    static let billionLaughs: String = {
        var lines = ["a0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]"]
        for level in 1...8 {
            let refs = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
            lines.append("a\(level): &a\(level) [\(refs)]")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    /// A header of 2,000 columns over 6,000 one-pipe rows: about 18 KB that cmark-gfm
    /// 0.29.0.gfm.6 pads to 12 million cells.
    static let tableBomb: String = {
        let header = String(repeating: "|a", count: 2000) + "|\n" + String(repeating: "|-", count: 2000) + "|\n"
        return "---\ntitle: Bảng\n---\n\nĐoạn mở đầu.\n\n" + header + String(repeating: "|\n", count: 6000)
    }()

    /// 400,000 keys in about 5 MB: Yams' tree takes some 350 bytes a node (issue 26, B26: a
    /// 12 MB file of a million keys took 704 MB).
    static let manyKeys: String = (0..<400_000).map { "k\($0): 1" }.joined(separator: "\n") + "\n"

    static let catalogHeader = "Mã TTHC,Tên thủ tục,Lĩnh vực,Thời hạn giải quyết,Phí\n"
    static let registerHeader = "Mã hồ sơ,Mã TTHC,Ngày tiếp nhận,Hạn trả,Ngày trả,Ngày xin lỗi\n"

    /// Each case: a name, the files to add to a minimal site, and the code `check` must report.
    static let cases: [(name: String, files: [String: String], code: String)] = [
        ("alias bomb in data", ["data/bom.yaml": billionLaughs], "CK130"),
        ("alias bomb in front matter", ["pages/bom.md": "---\ntitle: x\n" + billionLaughs + "---\nThân.\n"], "CK130"),
        ("alias bomb in site.yaml", ["site.yaml": TemporarySite.minimalConfig + "\n" + billionLaughs.replacingOccurrences(of: "a0:", with: "x0:")], "CK130"),
        ("table bomb", ["pages/bang.md": tableBomb], "CK131"),
        ("time limit of 100000000 days", ["data/thu-tuc.csv": catalogHeader + "1.001193,Đăng ký khai sinh,Hộ tịch,100000000 ngày làm việc,Miễn phí\n"], "CK132"),
        ("300-character slug", ["pages/dai.md": "---\ntitle: Dài\nslug: \(String(repeating: "a", count: 300))\n---\nThân.\n"], "CK133"),
        ("dossier code <>", [
            "data/thu-tuc.csv": catalogHeader + "1.001193,Đăng ký khai sinh,Hộ tịch,3 ngày làm việc,Miễn phí\n",
            "data/ho-so-tre-han.csv": registerHeader + "<>,1.001193,06/01/2025 09:15,09/01/2025,20/01/2025,08/01/2025\n",
        ], "CK134"),
        ("libyaml syntax in front matter", ["pages/sai.md": "---\ntitle: a: b\n---\nThân.\n"], "CK020"),
        ("page not UTF-8", ["pages/latin.md": "---\ntitle: Trang\n---\nd\u{00E9}j\u{00E0}\n"], "CK001"),
        ("YAML of 400,000 keys", ["data/lon.yaml": manyKeys], "CK135"),
    ]
}
