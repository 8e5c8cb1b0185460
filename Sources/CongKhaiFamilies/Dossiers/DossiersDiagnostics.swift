import CongKhaiCore

/// The dossiers family's diagnostic codes.
extension DiagnosticCode {
    static let dossierMissingValue = DiagnosticCode("CK072", "Hồ sơ thiếu giá trị bắt buộc")
    static let dossierInvalidDate = DiagnosticCode("CK073", "Ngày của hồ sơ không hợp lệ")
    static let dossierDateOrder = DiagnosticCode("CK074", "Ngày trả trước ngày tiếp nhận")
    static let dossierUnknownProcedure = DiagnosticCode("CK075", "Mã TTHC của hồ sơ không có trong danh mục")
    static let dossierDuplicateCode = DiagnosticCode("CK076", "Mã hồ sơ bị trùng")
    static let dossierSecondNewDate = DiagnosticCode("CK077", "Hẹn lại ngày trả quá một lần")
    static let dossierLateApology = DiagnosticCode("CK078", "Văn bản xin lỗi gửi muộn (sau 1 ngày trước hạn)")
    static let personalDataColumn = DiagnosticCode("CK079", "Cột có thể chứa dữ liệu cá nhân, sẽ không dùng")
    static let dossierDueDateDiffers = DiagnosticCode("CK080", "Hạn trả ghi trong sổ khác hạn tính theo thời hạn giải quyết")
    static let dossierNoTimeLimit = DiagnosticCode("CK081", "Không tính được hạn trả (thủ tục không có thời hạn rõ ràng)")
    static let dossierDateOnDayOff = DiagnosticCode("CK082", "Ngày của văn bản xin lỗi, ngày hẹn trả hoặc ngày trả kết quả rơi vào ngày nghỉ")
    static let letterIssuerUnknown = DiagnosticCode("CK083", "Văn bản ghi ngày trước khi sắp xếp đơn vị hành chính nhưng site.yaml chưa có tên đơn vị của thời kỳ đó (history)")
    static let nameWithoutConsentReference = DiagnosticCode("CK084", "Công khai họ tên người nộp nhưng chưa ghi căn cứ đồng ý; chỉ ghi chữ cái đầu")
    static let initialsBesideFullName = DiagnosticCode("CK085", "Cùng một người có hồ sơ công khai họ tên và hồ sơ ghi chữ cái đầu; không ghi chữ cái đầu")
    static let dossierCodeUnusable = DiagnosticCode("CK134", "Mã hồ sơ không tạo được địa chỉ trang")
    static let dossierDateAfterAsOf = DiagnosticCode("CK172", "Ngày trả hoặc ngày xin lỗi muộn hơn ngày lập trang (--as-of)")
    static let apologyLetterIncomplete = DiagnosticCode("CK173", "Văn bản xin lỗi thiếu ngày hẹn trả mới hoặc lý do")
    static let apologyNewTimeMissing = DiagnosticCode("CK174", "Ngày hẹn trả mới không có giờ, phút")
    static let dossierUnknownStatus = DiagnosticCode("CK194", "Trạng thái hồ sơ không biết")
    static let dossierStatusContradictsDates = DiagnosticCode("CK195", "Trạng thái hồ sơ mâu thuẫn với ngày trả, ngày hoàn thành")
    static let registerScope = DiagnosticCode("CK196", "Sổ hồ sơ chỉ gồm hồ sơ trễ hạn (không tính tỷ lệ đúng hạn), hoặc có cả hai sổ")
}

enum DossiersDiagnostics {
    static let codes: [DiagnosticCode] = [
        .dossierMissingValue,
        .dossierInvalidDate,
        .dossierDateOrder,
        .dossierUnknownProcedure,
        .dossierDuplicateCode,
        .dossierSecondNewDate,
        .dossierLateApology,
        .personalDataColumn,
        .dossierDueDateDiffers,
        .dossierNoTimeLimit,
        .dossierDateOnDayOff,
        .letterIssuerUnknown,
        .nameWithoutConsentReference,
        .initialsBesideFullName,
        .dossierCodeUnusable,
        .dossierDateAfterAsOf,
        .apologyLetterIncomplete,
        .apologyNewTimeMissing,
        .dossierUnknownStatus,
        .dossierStatusContradictsDates,
        .registerScope,
    ]
}
