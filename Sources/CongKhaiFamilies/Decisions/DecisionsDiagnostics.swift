import CongKhaiCore

/// The decisions family's diagnostic codes.
extension DiagnosticCode {
    static let abolishedWithoutDecision = DiagnosticCode("CK184", "Thủ tục bãi bỏ chưa ghi quyết định hoặc ngày bãi bỏ")
    static let decisionInvalid = DiagnosticCode("CK210", "Bảng quyết định công bố có mục sai")
    static let decisionRowsDisagree = DiagnosticCode("CK211", "Hai hàng của một quyết định ghi khác nhau (ngày, cơ quan…)")
    static let catalogContradictsDecision = DiagnosticCode("CK212", "Danh mục trái với quyết định công bố (đã bãi bỏ vẫn ghi hiện hành, ngày hiệu lực khác)")
    static let announcedCodeMissing = DiagnosticCode("CK213", "Thủ tục được công bố nhưng không có trong danh mục")
    static let decisionNotPublishedInTime = DiagnosticCode("CK214", "Quá 5 ngày làm việc kể từ ngày ký quyết định mà trang chưa cập nhật")
}

enum DecisionsDiagnostics {
    static let codes: [DiagnosticCode] = [
        .abolishedWithoutDecision,
        .decisionInvalid,
        .decisionRowsDisagree,
        .catalogContradictsDecision,
        .announcedCodeMissing,
        .decisionNotPublishedInTime,
    ]
}
