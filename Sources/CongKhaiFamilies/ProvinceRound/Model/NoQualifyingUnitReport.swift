import CongKhaiCore

/// An appraising body's report that no unit of its area qualifies (seed 000 point 1: "báo cáo
/// kết quả thực hiện (đối với trường hợp qua thẩm định không có đơn vị nào trên địa bàn cấp huyện
/// đạt tiêu chí …)"). It stands for the body's whole area and replaces its results, under the
/// same deadline.
public struct NoQualifyingUnitReport: Sendable {
    public let body: String
    public let record: DatedDocument
    public let note: String?
    public let location: SourceLocation

    public var bodyKey: String { RoundUnit.key(body) }
}
