import CongKhaiCore
import Templates

/// A procedure's own statement that it is resolved within the day, with an hour after which
/// a dossier is returned on the next working day: "nếu tiếp nhận hồ sơ sau 15 giờ thì có
/// Phiếu hẹn, trả kết quả trong ngày làm việc tiếp theo" (khai sinh, khai tử in the national
/// database; Luật Hộ tịch Điều 5 khoản 3 and Nghị định 23/2015 Điều 7 give the rule).
///
/// Such a procedure is often listed with a limit of "1 ngày": its page and its due dates
/// then follow the sentence (returned the same day, or the next working day after the hour),
/// and the register page quotes it, so the explanation and the computation agree.
public struct SameDayClause: Sendable, Equatable {
    /// The hour after which a dossier is returned on the next working day.
    public let hour: Int
    /// The sentence as the procedure's content writes it, without Markdown marks.
    public let text: String

    public init(hour: Int, text: String) {
        self.hour = hour
        self.text = text
    }

    /// The first line of the sections that gives the rule: "sau <giờ> giờ" and "ngày làm
    /// việc tiếp theo" in one line. A line that names the hour for one case only without
    /// saying where the result goes ("nếu tiếp nhận hồ sơ bổ sung thông tin hộ tịch sau 15
    /// giờ") does not make the whole procedure a same-day one.
    public static func find(in sections: [Procedure.Section]) -> SameDayClause? {
        for section in sections where mentionsHour(section.markdown) {
            for line in section.markdown.split(whereSeparator: \.isNewline) {
                let words = VietnameseFolding.key(String(line), separator: " ")
                guard words.contains("ngay lam viec tiep theo"),
                      let match = words.firstMatch(of: /sau (\d{1,2}) gio/), let hour = Int(match.1), (1...23).contains(hour) else { continue }
                return SameDayClause(hour: hour, text: plain(String(line)))
            }
        }
        return nil
    }

    /// Whether the text holds "giờ" at all: most sections do not, and folding every line of
    /// a national catalog's bodies to look for the rule would cost more than reading them.
    private static func mentionsHour(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { $0.contains("giờ") }
    }

    /// A Markdown line as text: list marks and emphasis stars dropped.
    private static func plain(_ line: String) -> String {
        var text = line.trimmingWhitespace()
        while let first = text.first, "-*+".contains(first), text.dropFirst().first == " " {
            text = String(text.dropFirst(2)).trimmingWhitespace()
        }
        return text.replacing("**", with: "")
    }
}
