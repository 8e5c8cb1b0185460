import CongKhaiCore
import CongKhaiSite

/// The catalog's addresses (issue 3) and its print sheets'.
enum CatalogRoutes {
    static let list = "thu-tuc-hanh-chinh/"
    static let searchIndex = "thu-tuc-hanh-chinh/tim-kiem.json"
    static let posters = "niem-yet/"
    static func procedure(_ code: String) -> String { "\(list)\(code)/" }
    /// "Hộ tịch" → thu-tuc-hanh-chinh/linh-vuc/ho-tich/ (no procedure code is "linh-vuc").
    static func field(_ field: String) -> String { "\(list)linh-vuc/\(Slug.make(field))/" }
    static func printSheet(_ code: String) -> String { "\(posters)\(code)/" }
    /// The PNG QR codes of the portal fragments.
    static let qrImages = "qr/"
    static func qrImage(_ code: String) -> String { "\(qrImages)\(code).png" }
    /// One field's procedures as portal fragments.
    static func fragmentPage(_ field: String) -> String { "\(FragmentRoutes.root)thu-tuc/\(Slug.make(field))/" }

    static let templateRoutes = ["catalog": list, "search_index": searchIndex, "posters": posters]
}
