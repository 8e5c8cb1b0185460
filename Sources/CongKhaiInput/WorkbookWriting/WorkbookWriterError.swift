/// Why a workbook could not be written: each case names the sheet and cell, since the text
/// usually comes from the site's data (a unit's name, a criterion's wording).
public enum WorkbookWriterError: Error, Equatable, CustomStringConvertible {
    case invalidSheetName(String)
    case duplicateSheetName(String)
    /// A character no workbook can hold (a control character), with the cell it was meant for.
    case unwritableCharacter(sheet: String, cell: String, scalar: UInt32)
    case textTooLong(sheet: String, cell: String, length: Int)
    case notANumber(sheet: String, cell: String)
    case invalidValidation(sheet: String, cells: String, reason: String)
    case archive(String)

    public var description: String {
        switch self {
        case .invalidSheetName(let name):
            "Tên trang tính \"\(name)\" không hợp lệ: cần 1–31 ký tự, không có [ ] : * ? / \\ và không bắt đầu hay kết thúc bằng dấu '."
        case .duplicateSheetName(let name):
            "Hai trang tính cùng tên \"\(name)\"."
        case .unwritableCharacter(let sheet, let cell, let scalar):
            "Ô \(sheet)!\(cell) có ký tự điều khiển U+\(String(scalar, radix: 16, uppercase: true)) mà sổ Excel không chứa được. Bỏ ký tự đó khỏi dữ liệu."
        case .textTooLong(let sheet, let cell, let length):
            "Ô \(sheet)!\(cell) dài \(length) ký tự, quá giới hạn 32.767 ký tự một ô của Excel."
        case .notANumber(let sheet, let cell):
            "Ô \(sheet)!\(cell) không phải một số hữu hạn."
        case .invalidValidation(let sheet, let cells, let reason):
            "Quy tắc nhập của \(sheet)!\(cells) không hợp lệ: \(reason)."
        case .archive(let reason):
            "Không tạo được tệp ZIP của sổ Excel: \(reason)"
        }
    }
}
