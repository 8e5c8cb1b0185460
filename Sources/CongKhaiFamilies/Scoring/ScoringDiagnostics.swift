import CongKhaiCore

/// The scoring family's diagnostic codes.
extension DiagnosticCode {
    static let criteriaSetInvalid = DiagnosticCode("CK100", "Bộ tiêu chí chấm điểm có mục sai")
    static let scoreSheetInvalid = DiagnosticCode("CK101", "Bảng chấm điểm có mục sai")
    static let unknownCriteriaSet = DiagnosticCode("CK102", "Bảng chấm điểm dùng bộ tiêu chí không có")
    static let scoreDisagreement = DiagnosticCode("CK103", "Điểm chấm không khớp (vượt thang, khác số liệu, thiếu nội dung, tổng sai)")
    static let contentCriterionClaimed = DiagnosticCode("CK181", "Bảng chấm điểm cho điểm tiêu chí niêm yết nội dung TTHC trong khi trang còn thủ tục thiếu nội dung")
    static let recognitionScoreDiffers = DiagnosticCode("CK190", "Danh sách công nhận ghi điểm khác tổng điểm trên bảng chấm điểm")
    static let recognitionBelowThreshold = DiagnosticCode("CK191", "Đơn vị được công nhận có tổng điểm dưới mức công nhận của bộ tiêu chí")
    static let recognitionUnitWithoutSheet = DiagnosticCode("CK192", "Đơn vị trong danh sách công nhận không có bảng chấm điểm để đối chiếu")
    static let recognitionUnverified = DiagnosticCode("CK193", "Đơn vị được công nhận mà bảng chấm điểm chưa có kết quả thẩm tra của tỉnh")
}

enum ScoringDiagnostics {
    static let codes: [DiagnosticCode] = [
        .criteriaSetInvalid,
        .scoreSheetInvalid,
        .unknownCriteriaSet,
        .scoreDisagreement,
        .contentCriterionClaimed,
        .recognitionScoreDiffers,
        .recognitionBelowThreshold,
        .recognitionUnitWithoutSheet,
        .recognitionUnverified,
    ]
}
