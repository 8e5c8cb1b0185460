/// Late dossiers and their apology letters.
enum ApologyRoutes {
    static let list = "xin-loi/"
    static func letter(_ slug: String) -> String { "\(list)\(slug)/" }
}
