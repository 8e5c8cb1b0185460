import CongKhaiCore

/// The statistics family's diagnostic codes.
extension DiagnosticCode {
    static let statisticsInvalid = DiagnosticCode("CK110", "Bảng thống kê hoặc tệp mô tả của nó có mục sai")
}

enum StatisticsDiagnostics {
    static let codes: [DiagnosticCode] = [
        .statisticsInvalid,
    ]
}
