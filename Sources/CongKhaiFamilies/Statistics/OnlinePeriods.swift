import CongKhaiCore

/// The two half-year periods of seed 004's online-service report, and their comparison.
///
/// The province's reporting year runs from 15/12 of the year before to 14/12 (seed 004:
/// "Tính từ ngày 15/12/2022 đến ngày 14/12/2023"); its online-service table splits it into
/// 15/12–14/06 and 15/06–14/12.
enum OnlinePeriods {
    static func labels(year: Int) -> [String] {
        ["15/12/\(year - 1) – 14/06/\(year)", "15/06/\(year) – 14/12/\(year)"]
    }

    /// The second period against the first, in percent: "+10,4%", "−3%", "0%"; "–" when the
    /// first period had no dossier (no base to compare with).
    static func change(from first: Int, to second: Int) -> String {
        guard first > 0 else { return "–" }
        let percent = Double(second - first) * 100 / Double(first)
        let text = VietnameseNumberFormat.decimal(abs(percent)) + "%"
        if percent > 0 { return "+" + text }
        if percent < 0 { return "−" + text }
        return text
    }
}
