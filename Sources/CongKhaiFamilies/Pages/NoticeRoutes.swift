/// The notices' addresses.
enum NoticeRoutes {
    static let list = "thong-bao/"
    static func notice(_ slug: String) -> String { "\(list)\(slug)/" }
}
