/// How far a unit went in the round, as its status on the round's page.
public enum UnitStage: String, Sendable, Equatable {
    /// No record of a submission: the unit did not take part (or the round does not know).
    case notSubmitted
    case submitted
    case appraisedQualifying
    case appraisedFailing
    /// Its appraising body reported that no unit of its area qualifies.
    case areaReportedNoneQualifying
    case verifiedQualifying
    case verifiedFailing
    /// In the province's recognition decision.
    case recognized

    public var label: String {
        switch self {
        case .notSubmitted: "Chưa nộp"
        case .submitted: "Đã nộp, chưa thẩm định"
        case .appraisedQualifying: "Thẩm định đạt"
        case .appraisedFailing: "Thẩm định không đạt"
        case .areaReportedNoneQualifying: "Cơ quan thẩm định báo cáo không có đơn vị đạt"
        case .verifiedQualifying: "Thẩm tra đạt"
        case .verifiedFailing: "Thẩm tra không đạt"
        case .recognized: "Được công nhận"
        }
    }
}
