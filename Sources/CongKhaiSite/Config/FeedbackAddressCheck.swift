import CongKhaiCore
import CongKhaiInput

/// The feedback notice and the footer of every page both give the commune's addresses. When
/// the notice's receiving body is the commune's own agency, the two must not say different
/// things: the notice's address must be the agency's, or a place within it ("Trung tâm Phục vụ
/// hành chính công xã, thôn Tân Hưng, xã …" within "Thôn Tân Hưng, xã …"), and so must its
/// postal address (CK091, at the key).
enum FeedbackAddressCheck {
    static func check(_ feedback: SiteConfig.Feedback, agency: SiteConfig.Agency, block: YAMLFields, diagnostics: Diagnostics) {
        guard !agency.name.isEmpty, words(feedback.receivingBody).contains(words(agency.name)) else { return }
        let pairs: [(key: String, notice: String, footer: String, what: String)] = [
            ("address", feedback.address, agency.address, "địa chỉ"),
            ("postal_address", feedback.postalAddress, agency.postalAddress ?? agency.address, "địa chỉ nhận thư"),
        ]
        for pair in pairs where !pair.notice.isEmpty && !pair.footer.isEmpty && !Placeholder.isPlaceholder(pair.notice)
            && !Placeholder.isPlaceholder(pair.footer) && !agrees(pair.notice, pair.footer) {
            diagnostics.warning(.feedbackAddressDiffers, at: block.location(of: pair.key),
                                "Thông báo tiếp nhận phản ánh, kiến nghị ghi \(pair.what) \"\(pair.notice)\" của \(feedback.receivingBody), nhưng chân trang ghi \(pair.what) của \(agency.name) là \"\(pair.footer)\". Cùng một cơ quan: ghi cho khớp (bỏ \"feedback.\(pair.key)\" để dùng địa chỉ ở \"agency\").")
        }
    }

    /// One address is the other, or lies within it.
    static func agrees(_ a: String, _ b: String) -> Bool {
        let (x, y) = (words(a), words(b))
        return x.contains(y) || y.contains(x)
    }

    private static func words(_ text: String) -> String { " " + VietnameseFolding.key(text, separator: " ") + " " }
}
