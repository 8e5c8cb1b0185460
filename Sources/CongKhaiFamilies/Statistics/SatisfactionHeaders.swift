import CongKhaiCore

/// The column names of seed 004's satisfaction form, and whether an input uses them.
///
/// The form counts "Hài lòng (hoặc bình thường)" in one column and "Chưa hài lòng (hoặc Không
/// hài lòng/rất tệ)" in another. A page must show the columns under those names, so nobody
/// reads a rate that includes neutral votes as a rate of satisfied ones.
enum SatisfactionHeaders {
    static let mergedLabel = "Hài lòng (hoặc bình thường)"
    static let dissatisfiedLabel = "Chưa hài lòng (hoặc Không hài lòng/rất tệ)"

    /// A header of the input mentions "bình thường" (neutral) beside "hài lòng".
    static func mergesNeutral(_ headers: [String]) -> Bool {
        headers.contains { VietnameseFolding.key($0).contains("binh_thuong") }
    }

    static func mergesDissatisfied(_ headers: [String]) -> Bool {
        headers.contains { VietnameseFolding.key($0).contains("rat_te") }
    }
}
