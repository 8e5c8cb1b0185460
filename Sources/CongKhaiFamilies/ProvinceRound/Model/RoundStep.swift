import CongKhaiCore

/// The acts of a model one-stop desk round that a deadline can bind, in their order (seed 000:
/// the commune assesses itself and submits; the appraising body appraises and sends its results,
/// or its report that no unit qualifies, to the province; the province verifies; the province
/// recognizes).
public enum RoundStep: String, CaseIterable, Sendable, Comparable {
    /// The unit sends its self-assessment (Tờ trình with the sheet) to the appraising body.
    case submission = "nop"
    /// The appraising body sends the province its results with the qualifying units' dossiers,
    /// or its report that no unit of its area qualifies (seed 000 point 1: "trước ngày 31/3/2025").
    case appraisalResult = "gui_ket_qua"
    /// The province office verifies (thẩm tra).
    case verification = "tham_tra"
    /// The province decides on recognition.
    case recognition = "cong_nhan"

    /// As the timeline's "Bước" column and the round's pages name it.
    public var label: String {
        switch self {
        case .submission: "Nộp hồ sơ tự đánh giá"
        case .appraisalResult: "Gửi kết quả thẩm định về tỉnh"
        case .verification: "Thẩm tra"
        case .recognition: "Công nhận"
        }
    }

    /// The step a "Bước" cell names: its key, its label, or a usual shorter wording.
    public init?(cell text: String) {
        let key = VietnameseFolding.key(text)
        if let step = Self.allCases.first(where: { $0.rawValue == key || VietnameseFolding.key($0.label) == key }) {
            self = step
            return
        }
        switch key {
        case "nop", "nop_ho_so", "tu_danh_gia", "tu_cham", "nop_bang_tu_cham": self = .submission
        case "tham_dinh", "gui_ket_qua_tham_dinh", "bao_cao_ket_qua_tham_dinh", "gui_tinh": self = .appraisalResult
        case "tham_tra_cua_tinh": self = .verification
        case "quyet_dinh_cong_nhan": self = .recognition
        default: return nil
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
