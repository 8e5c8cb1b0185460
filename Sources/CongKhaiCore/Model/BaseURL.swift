import Foundation

/// The public address of the site, e.g. "https://binhtanhung.quangngai.gov.vn/" or a
/// sub-path "https://quangngai.gov.vn/xa/binh-tan-hung/". Every link the generator writes
/// is root-relative through `rootPath`, and QR codes and feeds use `absolute(_:)`.
///
/// The address is normalized as a webmaster types it: spaces around it, the case of the
/// scheme and host, a default port, a missing final slash and repeated slashes do not
/// matter. Without that, "https://abc.gov.vn" (no final slash) once made every link
/// "//assets/…", which browsers read as another host.
public struct BaseURL: Sendable, Equatable {
    /// "https://host[:port]" without a trailing slash.
    public let origin: String
    /// Always starts and ends with "/", never holds "//".
    public let rootPath: String

    /// Why a text is not a usable base address, in Vietnamese, for CK200.
    public struct Problem: Error, Equatable, Sendable {
        public let reason: String
    }

    public init?(_ text: String) {
        guard case .success(let url) = Self.parse(text) else { return nil }
        self = url
    }

    private init(origin: String, rootPath: String) {
        self.origin = origin
        self.rootPath = rootPath
    }

    /// The whole address, always ending in "/".
    public var text: String { origin + rootPath }

    /// `sitePath` is relative to the site root, like "thu-tuc-hanh-chinh/1.001193/".
    public func absolute(_ sitePath: String) -> String {
        origin + rootPath + sitePath.drop { $0 == "/" }
    }

    public static func parse(_ raw: String) -> Result<BaseURL, Problem> {
        // Spaces, tabs, line breaks, no-break and zero-width spaces and a BOM pasted around it.
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines.union(.controlCharacters)
            .union(CharacterSet(charactersIn: "\u{200B}\u{FEFF}\u{00A0}")))
        guard !text.isEmpty else { return .failure(Problem(reason: "để trống")) }
        guard let separator = text.range(of: "://") else {
            return .failure(Problem(reason: "thiếu \"https://\" ở đầu"))
        }
        let scheme = text[..<separator.lowerBound].lowercased()
        guard scheme == "https" || scheme == "http" else {
            return .failure(Problem(reason: "phải bắt đầu bằng https:// (hoặc http://), không phải \"\(scheme)://\""))
        }
        let rest = text[separator.upperBound...]
        if rest.contains("?") || rest.contains("#") {
            return .failure(Problem(reason: "có phần truy vấn (?…) hoặc neo (#…); chỉ ghi tên miền và thư mục"))
        }
        if rest.contains("\\") {
            return .failure(Problem(reason: "có dấu \\; dùng dấu / để ngăn các thư mục"))
        }
        let authority = rest.prefix { $0 != "/" }
        if authority.contains("@") {
            return .failure(Problem(reason: "có tên người dùng (phần trước @); chỉ ghi tên miền"))
        }
        var host = Substring(authority)
        var port: String?
        if let colon = authority.lastIndex(of: ":") {
            host = authority[..<colon]
            let digits = authority[authority.index(after: colon)...]
            guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber),
                  let number = Int(digits), (1...65535).contains(number) else {
                return .failure(Problem(reason: "cổng \"\(digits)\" sau dấu : không phải một số từ 1 đến 65535"))
            }
            let isDefault = (scheme == "https" && number == 443) || (scheme == "http" && number == 80)
            port = isDefault ? nil : String(number)
        }
        let lowerHost = host.lowercased()
        guard !lowerHost.isEmpty else { return .failure(Problem(reason: "thiếu tên miền sau \"\(scheme)://\"")) }
        let labels = lowerHost.split(separator: ".", omittingEmptySubsequences: false)
        let hostCharacters = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyz0123456789-")
        for label in labels where label.isEmpty || !label.unicodeScalars.allSatisfy(hostCharacters.contains)
            || label.hasPrefix("-") || label.hasSuffix("-") {
            if lowerHost.contains(where: { $0.isWhitespace }) {
                return .failure(Problem(reason: "tên miền \"\(host)\" có dấu cách"))
            }
            if !lowerHost.allSatisfy(\.isASCII) {
                return .failure(Problem(reason: "tên miền \"\(host)\" có chữ có dấu; ghi dạng không dấu mà nhà cung cấp tên miền đã cấp (xn--…)"))
            }
            return .failure(Problem(reason: "tên miền \"\(host)\" không hợp lệ (chỉ gồm chữ a–z, số, dấu - và dấu chấm giữa các phần)"))
        }

        // Repeated slashes collapse; "." and ".." have no place in a published address.
        var segments: [String] = []
        for segment in rest.dropFirst(authority.count).split(separator: "/") {
            let trimmed = segment.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            if trimmed == "." || trimmed == ".." {
                return .failure(Problem(reason: "đường dẫn có \"\(trimmed)\"; ghi thẳng thư mục của trang"))
            }
            segments.append(encodeSegment(trimmed))
        }
        // "https://tinh.gov.vn/xa/index.html" names a page, not the folder the site lives in.
        if let last = segments.last, let dot = last.lastIndex(of: "."),
           ["html", "htm", "php", "asp", "aspx", "jsp"].contains(last[last.index(after: dot)...].lowercased()) {
            return .failure(Problem(reason: "trỏ tới một tệp (\(last)) chứ không phải thư mục của trang; bỏ tên tệp ở cuối"))
        }
        let origin = "\(scheme)://\(lowerHost)" + (port.map { ":\($0)" } ?? "")
        let rootPath = segments.isEmpty ? "/" : "/" + segments.joined(separator: "/") + "/"
        return .success(BaseURL(origin: origin, rootPath: rootPath))
    }

    /// Percent-encodes what may not stand in a path segment (spaces, Vietnamese letters),
    /// keeping escapes already written ("%20") as they are.
    private static func encodeSegment(_ segment: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/;")
        allowed.insert("%")
        let encoded = segment.addingPercentEncoding(withAllowedCharacters: allowed) ?? segment
        // A "%" not followed by two hex digits is a literal percent sign.
        var result = ""
        let scalars = Array(encoded.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "%" {
                let hex = CharacterSet(charactersIn: "0123456789abcdefABCDEF")
                let isEscape = index + 2 < scalars.count && hex.contains(scalars[index + 1]) && hex.contains(scalars[index + 2])
                result += isEscape ? "%" : "%25"
            } else {
                result.unicodeScalars.append(scalar)
            }
            index += 1
        }
        return result
    }
}
