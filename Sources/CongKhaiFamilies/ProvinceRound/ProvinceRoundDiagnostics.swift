import CongKhaiCore

/// The province round's diagnostic codes (CK230–CK249).
extension DiagnosticCode {
    package static let roundDataInvalid = DiagnosticCode("CK230", "Dữ liệu đợt xét công nhận (data/xet-cong-nhan/<năm>/) có mục sai: thiếu giá trị, ngày không có thật, giá trị không hiểu, thiếu nguồn")
    package static let roundUnitWithoutSheet = DiagnosticCode("CK231", "Đơn vị đã nộp, được thẩm định hoặc thẩm tra nhưng không có bảng chấm điểm")
    package static let roundUnitUnknown = DiagnosticCode("CK232", "Bảng chấm điểm, hàng dữ liệu hoặc danh sách công nhận ghi đơn vị không có trong danh sách đơn vị của đợt")
    package static let roundActLate = DiagnosticCode("CK233", "Nộp hồ sơ, gửi kết quả thẩm định, thẩm tra hoặc công nhận sau hạn")
    package static let roundDeadlineDayUnclear = DiagnosticCode("CK234", "Việc làm đúng vào ngày hạn nhưng đợt chưa ghi ngày hạn có được tính không (\"trước ngày\" hay \"đến hết ngày\")")
    package static let roundRecognizedUnverified = DiagnosticCode("CK235", "Đơn vị được công nhận mà chưa có kết quả thẩm tra của tỉnh, hoặc thẩm tra không đạt")
    package static let roundRecognitionTooEarly = DiagnosticCode("CK236", "Quyết định công nhận ghi ngày trước khi hết hạn gửi kết quả thẩm định, hoặc trước ngày thẩm tra")
    package static let roundReuseAppendixDiffers = DiagnosticCode("CK237", "Điểm nội dung 6.2 khác phụ lục của tỉnh (phụ lục được dùng trực tiếp), hoặc phụ lục tự mâu thuẫn")
    package static let roundSatisfactionDiffers = DiagnosticCode("CK238", "Điểm tiêu chí 9 khác số điểm mà tỷ lệ hài lòng của bảng thống kê cho")
    package static let roundOnTimeDiffers = DiagnosticCode("CK239", "Điểm nội dung 5.1 khác số điểm mà tỷ lệ giải quyết đúng hạn cho")
    package static let roundDateOrder = DiagnosticCode("CK240", "Ngày nộp, thẩm định, thẩm tra không theo thứ tự")
    package static let roundLevelsContradict = DiagnosticCode("CK241", "Các cấp mâu thuẫn (thẩm tra khi chưa thẩm định, thẩm định không đạt mà vẫn thẩm tra, báo cáo không có đơn vị đạt mà có đơn vị đạt, điểm ở một cấp chưa có văn bản)")
}

/// Declared here while no family registers the round (its pages come with the round family).
package enum ProvinceRoundDiagnostics {
    package static let codes: [DiagnosticCode] = [
        .roundDataInvalid,
        .roundUnitWithoutSheet,
        .roundUnitUnknown,
        .roundActLate,
        .roundDeadlineDayUnclear,
        .roundRecognizedUnverified,
        .roundRecognitionTooEarly,
        .roundReuseAppendixDiffers,
        .roundSatisfactionDiffers,
        .roundOnTimeDiffers,
        .roundDateOrder,
        .roundLevelsContradict,
    ]
}
