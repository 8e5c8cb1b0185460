import CongKhaiCore

/// The pages family's diagnostic codes.
extension DiagnosticCode {
    static let frontMatterMissingTitle = DiagnosticCode("CK021", "Trang thiếu tiêu đề (title)")
    static let invalidSlug = DiagnosticCode("CK023", "Đường dẫn (slug) không hợp lệ hoặc thoát ra ngoài thư mục xuất")
    static let duplicateOutputPath = DiagnosticCode("CK024", "Hai trang cùng một đường dẫn")
    static let unknownLayout = DiagnosticCode("CK025", "Bố cục (layout) không có trong giao diện")
}

enum PagesDiagnostics {
    static let codes: [DiagnosticCode] = [
        .frontMatterMissingTitle,
        .invalidSlug,
        .duplicateOutputPath,
        .unknownLayout,
    ]
}
