/// Where the portal fragments go: `/nhung/` lists them, each is also a file of its own, and the
/// PNG images they show that belong to no page sit beside them.
enum FragmentRoutes {
    static let root = "nhung/"
    static let files = "\(root)doan/"
    static func file(_ id: String) -> String { "\(files)\(id).htm" }
    static let images = "\(root)qr/"
}
