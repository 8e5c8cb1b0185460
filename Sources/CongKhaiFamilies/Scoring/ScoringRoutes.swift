/// The model one-stop desk programme: scores by year and unit, recognition lists by year.
enum ScoringRoutes {
    static let root = "mot-cua-kieu-mau/"
    static func year(_ year: Int) -> String { "\(root)\(year)/" }
    /// One unit's score sheet when a year has several (a province's list of communes).
    static func sheet(year: Int, unit slug: String) -> String { "\(self.year(year))\(slug)/" }
    static let recognition = "cong-nhan/"
    static func recognitionYear(_ year: Int) -> String { "\(recognition)\(year)/" }
}
