import Foundation

/// The public address of the site, e.g. "https://binhtanhung.quangngai.gov.vn/" or a
/// sub-path "https://quangngai.gov.vn/xa/binh-tan-hung/". Every link the generator writes
/// is root-relative through `rootPath`, and QR codes and feeds use `absolute(_:)`.
public struct BaseURL: Sendable, Equatable {
    /// "https://host[:port]" without a trailing slash.
    public let origin: String
    /// Always starts and ends with "/".
    public let rootPath: String

    public init?(_ text: String) {
        guard let components = URLComponents(string: text.trimmingCharacters(in: .whitespaces)),
              let scheme = components.scheme?.lowercased(), scheme == "https" || scheme == "http",
              let host = components.host, !host.isEmpty,
              components.query == nil, components.fragment == nil else { return nil }
        origin = "\(scheme)://\(host.lowercased())" + (components.port.map { ":\($0)" } ?? "")
        let path = components.path
        rootPath = (path.hasPrefix("/") ? "" : "/") + path + (path.hasSuffix("/") ? "" : "/")
    }

    /// `sitePath` is relative to the site root, like "thu-tuc-hanh-chinh/1.001193/".
    public func absolute(_ sitePath: String) -> String {
        origin + rootPath + sitePath
    }
}
