/// Where the portal fragments go: `/nhung/` lists them, each is also a file of its own, and the
/// PNG images they show that belong to no page sit beside them.
package enum FragmentRoutes {
    package static let root = "nhung/"
    package static let files = "\(root)doan/"
    static func file(_ id: String) -> String { "\(files)\(id).htm" }
    package static let images = "\(root)qr/"
}
