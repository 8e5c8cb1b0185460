import CongKhaiEncoding
import Foundation

/// A QR code as a PNG file, for the portal fragments (an editor keeps no inline SVG).
package enum QRImageFile {
    /// Pixels per module, so that no editor's scaling is needed.
    package static let scale = 4

    /// A QR code PNG of any address; empty when it cannot be encoded.
    package static func png(_ text: String) -> Data {
        guard let code = try? QRCode(encoding: text) else { return Data() }
        return PNGImage.qrCode(code, scale: scale)
    }
}
