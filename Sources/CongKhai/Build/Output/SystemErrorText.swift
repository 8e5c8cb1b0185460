#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file system's errors in Vietnamese, with what the webmaster can do: `strerror` speaks
/// English ("No space left on device") to a reader who may not.
enum SystemErrorText {
    static func describe(_ number: Int32) -> String {
        switch number {
        case ENOSPC: "ổ đĩa đã đầy. Xóa bớt tệp hoặc chọn thư mục xuất trên ổ khác."
        case EDQUOT: "đã hết hạn mức dung lượng của tài khoản trên ổ đĩa."
        case EACCES, EPERM: "không có quyền ghi. Kiểm tra quyền của thư mục, hoặc chọn thư mục xuất khác."
        case EROFS: "ổ đĩa chỉ cho đọc, không ghi được."
        case ENAMETOOLONG: "tên tệp hoặc đường dẫn quá dài (tối đa 255 byte mỗi phần)."
        case ENOTDIR: "một phần của đường dẫn là tệp hoặc liên kết, không phải thư mục."
        case EISDIR: "đã có thư mục cùng tên."
        case EEXIST: "đã có tệp cùng tên."
        case ENOENT: "không tìm thấy tệp hoặc thư mục."
        case EMFILE, ENFILE: "mở quá nhiều tệp cùng lúc. Thử lại."
        case EIO: "lỗi đọc ghi của ổ đĩa."
        case ELOOP: "đường dẫn đi qua liên kết tượng trưng, CongKhai không đi theo."
        case EBUSY: "tệp hoặc thư mục đang được chương trình khác dùng."
        case EXDEV: "hai thư mục nằm trên hai ổ đĩa khác nhau."
        default: "lỗi hệ thống số \(number)."
        }
    }
}
