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
        case ELOOP: "liên kết tượng trưng vòng lặp"
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
}
