import CongKhaiCore
import Foundation

/// The mark `congkhai new` writes where the commune's own information is still missing:
/// `phone: "CẦN ĐIỀN: số điện thoại của Ủy ban"`. It reads as what it is on a page built too
/// early, and `check` lists every such value (CK205) until it is replaced, so a starter site
/// never publishes an invented phone number, name or address.
public enum Placeholder {
    public static let marker = "CẦN ĐIỀN"

    /// The value to write for something still to fill in, saying what it is.
    public static func text(_ what: String) -> String { "\(marker): \(what)" }

    /// True for a value that starts with the mark, in any case and with or without tones.
    public static func isPlaceholder(_ value: String) -> Bool {
        VietnameseFolding.fold(value.trimmingCharacters(in: .whitespaces)).hasPrefix("can dien")
    }

    /// `tel:` link of a phone number, or nil while it is still to fill in: "CẦN ĐIỀN: …" is no
    /// address to call, and an empty `tel:` is no valid link.
    public static func telLink(_ phone: String) -> String? {
        let digits = phone.filter { $0.isNumber || $0 == "+" }
        return isPlaceholder(phone) || digits.isEmpty ? nil : "tel:" + digits
    }

    /// `mailto:` link, or nil while the address is still to fill in.
    public static func mailtoLink(_ email: String) -> String? {
        isPlaceholder(email) || email.isEmpty ? nil : "mailto:" + email
    }
}
