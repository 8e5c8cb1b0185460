import CongKhaiCore
import CongKhaiInput
import Foundation

/// CK205: every `site.yaml` value that `congkhai new` left as "CẦN ĐIỀN: …", one located
/// warning each, so the webmaster sees exactly which lines are left before publishing.
enum SiteConfigPlaceholders {
    static func check(_ values: [SiteConfigTextValue], diagnostics: Diagnostics) {
        for item in values where Placeholder.isPlaceholder(item.value) {
            let what = item.value.drop { $0 != ":" }.dropFirst().trimmingCharacters(in: .whitespaces)
            diagnostics.warning(.placeholderLeft, at: item.location,
                                "\(item.keyPath) chưa điền\(what.isEmpty ? "" : " (\(what))"). Thay cả dòng \"\(Placeholder.marker)…\" bằng thông tin thật \(item.keyPath.hasPrefix("feedback.province.") ? "của tỉnh" : "của xã"); cho tới lúc đó trang \(item.keyPath.hasPrefix("feedback.province.") ? "ghi là chưa có" : "hiện nguyên dòng chữ này").")
        }
    }
}
