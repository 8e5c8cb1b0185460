import CongKhaiCore
import Foundation

/// Checks every URL written in `site.yaml` before it reaches an `href` or a QR code: a
/// `javascript:` address in a feedback link would run in the visitor's browser, and printed
/// on a QR code at the desk it could not even be corrected. Each refusal is a CK121 error
/// naming the key and saying what to write instead.
enum ConfigURLCheck {
    /// An absolute http(s) address with a host, as needed for portal links and QR codes.
    static func webAddress(_ text: String, key: String, at location: SourceLocation, example: String,
                           diagnostics: Diagnostics) -> Bool {
        let scheme = URLScheme.of(text)
        if let scheme, URLScheme.web.contains(scheme), hasHost(text) { return true }
        let problem = scheme.map { URLScheme.web.contains($0) ? "thiếu tên miền sau \"\($0)://\"" : "dùng giao thức \"\($0):\", không được phép (trình duyệt có thể chạy mã hoặc mở tệp thay vì mở trang)" }
            ?? "không phải địa chỉ web đầy đủ"
        diagnostics.error(.unsafeURL, at: location.naming(key),
                          "\"\(key)\" \(problem). Chỉ nhận địa chỉ bắt đầu bằng https:// (hoặc http://); ghi ví dụ: \(example)")
        return false
    }

    /// A menu entry: a path inside the site ("gioi-thieu/") or an http(s) address.
    static func menuLink(_ text: String, key: String, at location: SourceLocation, diagnostics: Diagnostics) -> Bool {
        if URLScheme.isProtocolRelative(text) {
            diagnostics.error(.unsafeURL, at: location.naming(key),
                              "\"\(key)\" bắt đầu bằng // nên dẫn sang một máy chủ khác. Ghi đường dẫn trong trang (ví dụ gioi-thieu/) hoặc địa chỉ đầy đủ bắt đầu bằng https://.")
            return false
        }
        guard let scheme = URLScheme.of(text) else { return true }
        if URLScheme.web.contains(scheme) && hasHost(text) { return true }
        diagnostics.error(.unsafeURL, at: location.naming(key),
                          "\"\(key)\" dùng giao thức \"\(scheme):\", không được phép trong menu. Ghi đường dẫn trong trang (ví dụ gioi-thieu/) hoặc địa chỉ đầy đủ bắt đầu bằng https://.")
        return false
    }

    private static func hasHost(_ text: String) -> Bool {
        guard let range = text.range(of: "://") else { return false }
        let host = text[range.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return !host.isEmpty && !host.contains(where: { $0.isWhitespace || $0 == "\\" })
    }
}

