#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Vietnamese text for the operating system's error numbers, so "No space left on device"
/// or "Permission denied" never reach the webmaster in English.
public enum SystemErrorText {
    public static func vietnamese(_ number: Int32) -> String {
        switch number {
        case ENOENT: "không có tệp hoặc thư mục này"
        case EACCES, EPERM: "không có quyền truy cập"
        case EISDIR: "đây là thư mục hoặc tệp đặc biệt, không phải tệp thường"
        case ENOTDIR: "một phần của đường dẫn không phải thư mục"
        case ENAMETOOLONG: "tên tệp hoặc đường dẫn quá dài (mỗi tên tối đa 255 byte)"
        case ENOSPC: "ổ đĩa đã đầy"
        case EDQUOT: "vượt hạn mức dung lượng của tài khoản"
        case EROFS: "ổ đĩa chỉ cho đọc"
        case EIO: "lỗi đọc ghi ổ đĩa"
        case ELOOP: "đường dẫn đi qua một liên kết tượng trưng (CongKhai không đi theo liên kết khi ghi) hoặc một vòng liên kết"
        case EMFILE, ENFILE: "mở quá nhiều tệp cùng lúc"
        case ENOMEM: "không đủ bộ nhớ"
        case EEXIST: "tệp đã có"
        case ENOTEMPTY: "thư mục không trống"
        case EBUSY: "tệp đang được dùng"
        case EXDEV: "không chuyển được tệp giữa hai ổ đĩa"
        case EFBIG: "tệp quá lớn"
        case EINVAL: "tên hoặc tham số không hợp lệ"
        default: "lỗi hệ thống số \(number)"
        }
    }

    /// For a failed write: the phrase, then what the webmaster can do about it where there is
    /// something to do.
    package static func describe(_ number: Int32) -> String {
        let advice: String? = switch number {
        case ENOSPC, EDQUOT: "Xóa bớt tệp hoặc chọn thư mục xuất trên ổ khác."
        case EACCES, EPERM, EROFS: "Kiểm tra quyền của thư mục, hoặc chọn thư mục xuất khác."
        case EMFILE, ENFILE, EBUSY: "Thử lại sau."
        default: nil
        }
        return vietnamese(number) + "." + (advice.map { " " + $0 } ?? "")
    }

    /// Replaces the English the C library (`strerror`) and Foundation put into messages of the
    /// output writer with Vietnamese, for messages built where the errno is already text.
    public static func translatingEnglish(_ text: String) -> String {
        var text = text
        for (english, vietnamese) in foundationPhrases where text.contains(english) {
            text = text.replacingOccurrences(of: english, with: vietnamese)
        }
        for number in Int32(1)...Int32(133) {
            let english = String(cString: strerror(number))
            if text.contains(english) { text = text.replacingOccurrences(of: english, with: vietnamese(number)) }
        }
        return text
    }

    /// Foundation's `localizedDescription` for the file errors a build can meet.
    private static let foundationPhrases: [(String, String)] = [
        ("The file name is invalid.", "tên tệp không hợp lệ (có thể quá dài: mỗi tên tối đa 255 byte)."),
        ("The file name is invalid", "tên tệp không hợp lệ (có thể quá dài: mỗi tên tối đa 255 byte)"),
        ("The volume is out of space.", "ổ đĩa đã đầy."),
        ("You don’t have permission.", "không có quyền ghi."),
        ("The file doesn’t exist.", "tệp không tồn tại."),
        ("The operation couldn’t be completed.", "không thực hiện được."),
        ("The volume is read only.", "ổ đĩa chỉ cho đọc."),
    ]
}
