import CongKhaiCore

/// The catalog family's diagnostic codes.
extension DiagnosticCode {
    static let procedureInvalidCode = DiagnosticCode("CK051", "Mã TTHC sai định dạng")
    static let procedureDuplicateCode = DiagnosticCode("CK052", "Mã TTHC bị trùng")
    static let procedureMissingValue = DiagnosticCode("CK053", "Thủ tục thiếu giá trị bắt buộc")
    static let procedureUnknownOnlineLevel = DiagnosticCode("CK054", "Mức độ DVC không biết")
    static let procedureInvalidDate = DiagnosticCode("CK055", "Ngày của thủ tục không hợp lệ")
    static let procedureDetailForUnknownCode = DiagnosticCode("CK056", "Tệp nội dung chi tiết cho mã không có trong danh mục")
    static let procedureUnknownStatus = DiagnosticCode("CK057", "Trạng thái không biết")
    static let procedureUnknownLevel = DiagnosticCode("CK058", "Cấp thực hiện không biết")
    static let procedureDateOrder = DiagnosticCode("CK059", "Hiệu lực đến trước hiệu lực từ")
    static let procedureRareField = DiagnosticCode("CK060", "Trường chỉ dùng một lần (có thể gõ sai)")
    static let procedureNoTimeLimit = DiagnosticCode("CK061", "Thủ tục chưa có thời hạn giải quyết")
    static let procedureNoFee = DiagnosticCode("CK062", "Thủ tục chưa có phí, lệ phí")
    static let qrNeedsBaseURL = DiagnosticCode("CK063", "Bật mã QR nhưng chưa khai báo base_url")
    static let procedureInvalidFormalityId = DiagnosticCode("CK064", "formalityId không hợp lệ")
    static let procedureNoAgency = DiagnosticCode("CK065", "Thủ tục chưa ghi cơ quan thực hiện")
    static let catalogSectionRow = DiagnosticCode("CK066", "Hàng tiêu đề mục (lĩnh vực, cấp) hoặc hàng cộng trong danh mục không đọc được")
    static let printSheetTwoPages = DiagnosticCode("CK068", "Tờ niêm yết một thủ tục dài hơn một tờ A4, in thành hai tờ")
    static let timeLimitTooLong = DiagnosticCode("CK132", "Thời hạn giải quyết quá dài (có thể gõ nhầm)")
    static let procedureIncomplete = DiagnosticCode("CK180", "Thủ tục thiếu thành phần bắt buộc (Nghị định 63/2010 Điều 8)")
    static let publishedCodeMissing = DiagnosticCode("CK182", "Mã TTHC đã công bố biến mất khỏi danh mục (đường dẫn và mã QR sẽ hỏng)")
    static let publishedRecordInvalid = DiagnosticCode("CK183", "Sổ mã đã công bố (da-cong-bo.csv) có hàng sai")
    static let timeLimitUnitUnstated = DiagnosticCode("CK185", "Thời hạn giải quyết chưa rõ đơn vị (ngày làm việc hay ngày); không tính hạn trả theo thời hạn này")
    static let timeLimitUndetermined = DiagnosticCode("CK186", "Thời hạn giải quyết ghi \"Không xác định\"")
    static let feeContradictory = DiagnosticCode("CK187", "Phí, lệ phí vừa ghi \"Miễn phí\" vừa ghi mức thu")
    static let catalogEmpty = DiagnosticCode("CK207", "Danh mục thủ tục chưa có thủ tục nào")
}

enum CatalogDiagnostics {
    static let codes: [DiagnosticCode] = [
        .procedureInvalidCode,
        .procedureDuplicateCode,
        .procedureMissingValue,
        .procedureUnknownOnlineLevel,
        .procedureInvalidDate,
        .procedureDetailForUnknownCode,
        .procedureUnknownStatus,
        .procedureUnknownLevel,
        .procedureDateOrder,
        .procedureRareField,
        .procedureNoTimeLimit,
        .procedureNoFee,
        .qrNeedsBaseURL,
        .procedureInvalidFormalityId,
        .procedureNoAgency,
        .catalogSectionRow,
        .printSheetTwoPages,
        .timeLimitTooLong,
        .procedureIncomplete,
        .publishedCodeMissing,
        .publishedRecordInvalid,
        .timeLimitUnitUnstated,
        .timeLimitUndetermined,
        .feeContradictory,
        .catalogEmpty,
    ]
}
