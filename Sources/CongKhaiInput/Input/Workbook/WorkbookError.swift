/// Why a workbook cannot be read, in words a webmaster can act on. The reader throws these;
/// `WorkbookTableReader` turns them into located CK160 errors.
public struct WorkbookError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The part or cell the problem is in, when there is one ("xl/worksheets/sheet1.xml", "Danh mục!C12").
    public let place: String?
    public let message: String

    init(_ message: String, place: String? = nil) {
        self.place = place
        self.message = message
    }

    public var description: String { place.map { "\($0): \(message)" } ?? message }

    static let resave = "Mở tệp trong Excel và lưu lại dạng .xlsx (Excel Workbook), hoặc xuất ra CSV UTF-8."

    static func notZIP() -> WorkbookError {
        WorkbookError("Tệp không phải sổ làm việc Excel .xlsx (không phải tệp nén ZIP, hoặc tệp bị cắt cụt khi tải về). \(resave)")
    }
    static func encryptedOrLegacy() -> WorkbookError {
        WorkbookError("Tệp được đặt mật khẩu, hoặc là tệp .xls cũ đổi tên thành .xlsx. Gỡ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi lưu lại dạng .xlsx (Excel Workbook).")
    }
    static func missingPart(_ part: String) -> WorkbookError {
        WorkbookError("Thiếu phần \(part) trong tệp (tệp hỏng hoặc không do Excel tạo ra). \(resave)", place: part)
    }
    static func damagedPart(_ part: String) -> WorkbookError {
        WorkbookError("Không giải nén được phần \(part) (tệp hỏng). \(resave)", place: part)
    }
    static func partTooLarge(_ part: String, limit: Int) -> WorkbookError {
        WorkbookError("Phần \(part) khi giải nén lớn hơn \(limit / 1_000_000) MB: CongKhai không đọc để tránh tệp độc hại. Chia bảng thành nhiều tệp nhỏ hơn.", place: part)
    }
    static func badXML(_ part: String, line: Int, reason: String) -> WorkbookError {
        WorkbookError("Phần \(part) sai cú pháp XML ở dòng \(line) (\(reason)). \(resave)", place: part)
    }
    static func notSpreadsheet() -> WorkbookError {
        WorkbookError("Tệp là tài liệu Office nhưng không phải sổ làm việc Excel (có thể là .docx hay .pptx đổi tên). \(resave)", place: "[Content_Types].xml")
    }
}
