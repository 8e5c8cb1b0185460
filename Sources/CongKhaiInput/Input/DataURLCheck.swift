import CongKhaiCore
import Yams

/// Data files reach templates, and a template may put a value in an `href` (a leaders'
/// list with links, a table of forms to download). Values under a key or column whose name
/// says it is a link are checked for their scheme like the URLs of `site.yaml`.
enum DataURLCheck {
    /// Folded fragments of key and header names that hold links.
    static let linkMarkers = ["url", "link", "href", "lien_ket", "duong_dan", "website", "trang_web", "src"]

    static func isLinkKey(_ name: String) -> Bool {
        let folded = VietnameseFolding.key(name)
        return linkMarkers.contains { folded == $0 || folded.hasPrefix($0 + "_") || folded.hasSuffix("_" + $0) }
    }

    static func check(_ document: DataDocument, file: String, diagnostics: Diagnostics) -> Bool {
        switch document {
        case .table(let table):
            var safe = true
            for (column, header) in table.headers.enumerated() where isLinkKey(header) {
                for row in table.rows where !row[column].isEmpty {
                    safe = check(row[column], key: header, at: table.location(row: row, column: column), diagnostics: diagnostics) && safe
                }
            }
            return safe
        case .yaml(let node):
            return check(node, file: file, diagnostics: diagnostics)
        }
    }

    static func check(_ node: Node, file: String, diagnostics: Diagnostics) -> Bool {
        var safe = true
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping {
                if let name = key.string, isLinkKey(name), let text = value.scalar?.string, !text.isEmpty {
                    let location = SourceLocation(file: file, line: value.mark?.line, column: value.mark?.column)
                    safe = check(text, key: name, at: location, diagnostics: diagnostics) && safe
                } else {
                    safe = check(value, file: file, diagnostics: diagnostics) && safe
                }
            }
        case .sequence(let sequence):
            for item in sequence { safe = check(item, file: file, diagnostics: diagnostics) && safe }
        default:
            break
        }
        return safe
    }

    /// Relative paths, fragments and http(s), mailto and tel addresses are links a page may carry.
    private static func check(_ text: String, key: String, at location: SourceLocation, diagnostics: Diagnostics) -> Bool {
        guard let scheme = URLScheme.of(text), !URLScheme.links.contains(scheme) else { return true }
        diagnostics.error(.unsafeURL, at: location.naming(key),
                          "\"\(key)\" dùng giao thức \"\(scheme):\", không được phép cho một liên kết (trình duyệt có thể chạy mã). Ghi đường dẫn trong trang (ví dụ gioi-thieu/) hoặc địa chỉ đầy đủ bắt đầu bằng https://.")
        return false
    }
}
