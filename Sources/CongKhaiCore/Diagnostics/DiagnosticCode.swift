/// A stable code for one kind of diagnostic, so a webmaster can look it up in the README and
/// tests can assert on the code rather than on wording.
///
/// Codes are declared where their checks live: the reading and writing layers' here, each page
/// family's in its own folder (`CatalogDiagnostics`, …), listed by the family
/// (`PageFamily.diagnosticCodes`); a test keeps every code unique and in the README.
public struct DiagnosticCode: Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String
    /// One line for the README's table of codes.
    public let summary: String

    public init(_ rawValue: String, _ summary: String) {
        self.rawValue = rawValue
        self.summary = summary
    }

    public var description: String { rawValue }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.rawValue == rhs.rawValue }
    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }
}

/// The codes of the layers below the page families: files, site.yaml, front matter, data
/// files, themes and templates, workbooks, the calendar, legal regimes, personal data, limits.
extension DiagnosticCode {
    public static let unreadableFile = DiagnosticCode("CK001", "Không đọc được tệp (không phải UTF-8, hoặc lỗi ổ đĩa)")
    public static let inputTooLarge = DiagnosticCode("CK002", "Tệp hoặc nội dung quá lớn (xem Giới hạn)")
    public static let siteConfigMissing = DiagnosticCode("CK010", "Thiếu Content/site.yaml")
    public static let siteConfigSyntax = DiagnosticCode("CK011", "site.yaml sai cú pháp YAML")
    public static let siteConfigMissingField = DiagnosticCode("CK012", "site.yaml thiếu trường bắt buộc")
    public static let siteConfigInvalidValue = DiagnosticCode("CK013", "site.yaml có giá trị không hợp lệ")
    public static let siteConfigUnknownKey = DiagnosticCode("CK014", "site.yaml có khóa không biết (có thể gõ sai)")
    public static let invalidDate = DiagnosticCode("CK022", "Ngày không hợp lệ")
    public static let frontMatterSyntax = DiagnosticCode("CK020", "Phần đầu (front matter) sai cú pháp YAML")
    public static let frontMatterUnclosed = DiagnosticCode("CK026", "Phần đầu mở bằng --- nhưng không đóng")
    public static let frontMatterUnknownKey = DiagnosticCode("CK027", "Phần đầu có khóa không biết")
    public static let frontMatterInvalidValue = DiagnosticCode("CK028", "Phần đầu có giá trị sai kiểu")
    public static let csvSyntax = DiagnosticCode("CK030", "Tệp CSV sai cú pháp (dấu ngoặc kép không đóng…)")
    public static let yamlDataSyntax = DiagnosticCode("CK031", "Tệp dữ liệu YAML sai cú pháp")
    public static let csvRowTooLong = DiagnosticCode("CK032", "Hàng CSV có nhiều ô hơn tiêu đề")
    public static let unknownColumn = DiagnosticCode("CK033", "Cột không biết: sẽ bỏ qua; có dữ liệu và tên gần giống cột đã biết thì là lỗi")
    public static let duplicateColumn = DiagnosticCode("CK034", "Hai cột cùng nghĩa")
    public static let missingColumn = DiagnosticCode("CK035", "Thiếu cột bắt buộc")
    public static let dataNameClash = DiagnosticCode("CK036", "Hai tệp dữ liệu cùng một tên trong mẫu (data.…)")
    public static let templateSyntax = DiagnosticCode("CK040", "Mẫu Mustache sai cú pháp")
    public static let themeNotFound = DiagnosticCode("CK041", "Không tìm thấy giao diện")
    public static let themeLayoutMissing = DiagnosticCode("CK042", "Giao diện thiếu bố cục mà một phần của trang cần")
    public static let templateMissing = DiagnosticCode("CK043", "Mẫu gọi mẫu con ({{>…}}) hoặc mẫu cha ({{<…}}) không có trong giao diện")
    public static let templateUnknownName = DiagnosticCode("CK044", "Tên trong mẫu không có trong dữ liệu của trang (có thể gõ sai)")
    public static let templateMisusedName = DiagnosticCode("CK045", "Tên trong mẫu dùng sai kiểu (in một danh sách, mở khối trên một chữ…)")
    public static let templateRecursion = DiagnosticCode("CK046", "Mẫu con gọi lại chính nó không dừng")
    public static let workbookNamedCSV = DiagnosticCode("CK067", "Tệp .csv thực ra là sổ Excel (.xlsx) bị đổi tên")
    public static let holidayInvalid = DiagnosticCode("CK070", "Lịch nghỉ (ngay-nghi.yaml) có mục sai")
    public static let holidayScheduleMissing = DiagnosticCode("CK071", "Năm chưa có lịch nghỉ chính thức; dùng lịch tự tính")
    public static let feedbackMissingField = DiagnosticCode("CK090", "Thiếu thông tin tiếp nhận phản ánh, kiến nghị")
    public static let feedbackAddressDiffers = DiagnosticCode("CK091", "Địa chỉ trong thông báo tiếp nhận phản ánh, kiến nghị khác địa chỉ ở chân trang")
    public static let personalDataInCell = DiagnosticCode("CK120", "Ô có dữ liệu cá nhân (số định danh, điện thoại, thư điện tử, địa chỉ); đã che khi xuất bản")
    public static let unsafeURL = DiagnosticCode("CK121", "Đường dẫn có giao thức không an toàn (chỉ nhận https, http, mailto, tel)")
    public static let linkLeavesContent = DiagnosticCode("CK150", "Liên kết tượng trưng trỏ ra ngoài thư mục nội dung hoặc tới một thư mục: không đọc")
    public static let yamlAliasExpansion = DiagnosticCode("CK130", "YAML dùng bí danh (*tên) bung ra quá nhiều mục")
    public static let markdownTableTooLarge = DiagnosticCode("CK131", "Bảng Markdown quá lớn")
    public static let pathTooLong = DiagnosticCode("CK133", "Đường dẫn quá dài cho hệ thống tệp")
    public static let yamlTooManyNodes = DiagnosticCode("CK135", "Tệp YAML có quá nhiều mục (khóa, giá trị)")
    public static let workbookUnreadable = DiagnosticCode("CK160", "Tệp Excel (.xlsx) hỏng hoặc không đọc được (không phải ZIP, có mật khẩu, thiếu phần, XML sai, quá lớn)")
    public static let workbookSheetNotFound = DiagnosticCode("CK161", "Không có trang tính (sheet) đã chọn, hoặc không có trang tính nào hiện")
    public static let workbookHeaderNotFound = DiagnosticCode("CK162", "Không tìm thấy hàng tiêu đề trong trang tính")
    public static let workbookErrorCell = DiagnosticCode("CK163", "Ô có lỗi công thức (#N/A, #REF!…)")
    public static let procedureCodeRestored = DiagnosticCode("CK164", "Mã TTHC bị Excel lưu thành số; đã khôi phục đủ sáu chữ số")
    public static let procedureCodeNumberInvalid = DiagnosticCode("CK165", "Mã TTHC bị Excel lưu thành số và không khôi phục được")
    public static let tableInTwoForms = DiagnosticCode("CK166", "Một bảng có ở hai dạng (ví dụ .csv và .xlsx)")
    public static let tableFormatUnsupported = DiagnosticCode("CK167", "Định dạng bảng tính không đọc được (.xls, .ods, .numbers, .xlsm…)")
    public static let workbookOptionsInvalid = DiagnosticCode("CK168", "Tệp tùy chọn của sổ Excel (<tên>.xlsx.yaml) có mục sai")
    public static let holidayUnverified = DiagnosticCode("CK170", "Ngày nghỉ hoặc ngày làm bù dùng để tính hạn chưa được đối chiếu với văn bản gốc")
    public static let holidayEntryInvalid = DiagnosticCode("CK171", "Lịch nghỉ có mục sai (làm bù không phải thứ Bảy/Chủ nhật, một ngày vừa nghỉ vừa làm bù, khóa không biết)")
    public static let legalRegimeInvalid = DiagnosticCode("CK175", "Tệp văn bản áp dụng theo thời kỳ (che-do-mot-cua.yaml) có mục sai")
    public static let legalRegimeUnverified = DiagnosticCode("CK176", "Văn bản, mẫu hoặc ngày hiệu lực áp dụng chưa được xác minh")
    public static let feedbackNoticeIncomplete = DiagnosticCode("CK177", "Thông báo tiếp nhận phản ánh, kiến nghị thiếu nội dung bắt buộc")
    public static let portalLinksUnchecked = DiagnosticCode("CK178", "Đường dẫn Cổng Dịch vụ công quốc gia chưa ghi nguồn hoặc ngày kiểm tra")
    public static let baseURLMalformed = DiagnosticCode("CK200", "base_url (hoặc --base-url) viết sai: tên miền, cổng, ?/#, \\ hoặc ..")
    public static let placeholderLeft = DiagnosticCode("CK205", "site.yaml còn mục ghi \"CẦN ĐIỀN\" (trang mới tạo): điền thông tin thật của xã")
    public static let staleName = DiagnosticCode("CK206", "Một mục của site.yaml còn ghi tên xã hoặc tỉnh khác với commune, province")

    /// Every code declared here, for the registry of codes (`FamilyRegistry.diagnosticCodes`).
    public static let core: [DiagnosticCode] = [
        .unreadableFile,
        .inputTooLarge,
        .siteConfigMissing,
        .siteConfigSyntax,
        .siteConfigMissingField,
        .siteConfigInvalidValue,
        .siteConfigUnknownKey,
        .invalidDate,
        .frontMatterSyntax,
        .frontMatterUnclosed,
        .frontMatterUnknownKey,
        .frontMatterInvalidValue,
        .csvSyntax,
        .yamlDataSyntax,
        .csvRowTooLong,
        .unknownColumn,
        .duplicateColumn,
        .missingColumn,
        .dataNameClash,
        .templateSyntax,
        .themeNotFound,
        .themeLayoutMissing,
        .templateMissing,
        .templateUnknownName,
        .templateMisusedName,
        .templateRecursion,
        .workbookNamedCSV,
        .holidayInvalid,
        .holidayScheduleMissing,
        .feedbackMissingField,
        .feedbackAddressDiffers,
        .personalDataInCell,
        .unsafeURL,
        .linkLeavesContent,
        .yamlAliasExpansion,
        .markdownTableTooLarge,
        .pathTooLong,
        .yamlTooManyNodes,
        .workbookUnreadable,
        .workbookSheetNotFound,
        .workbookHeaderNotFound,
        .workbookErrorCell,
        .procedureCodeRestored,
        .procedureCodeNumberInvalid,
        .tableInTwoForms,
        .tableFormatUnsupported,
        .workbookOptionsInvalid,
        .holidayUnverified,
        .holidayEntryInvalid,
        .legalRegimeInvalid,
        .legalRegimeUnverified,
        .feedbackNoticeIncomplete,
        .portalLinksUnchecked,
        .baseURLMalformed,
        .placeholderLeft,
        .staleName,
    ]
}
