import Foundation

/// A QR code as a PNG file, for the portal fragments (an editor keeps no inline SVG).
enum QRImageFile {
    /// Pixels per module, so that no editor's scaling is needed.
    static let scale = 4

    /// A QR code PNG of any address; empty when it cannot be encoded.
    static func png(_ text: String) -> Data {
        guard let code = try? QRCode(encoding: text) else { return Data() }
        return PNGImage.qrCode(code, scale: scale)
    }
}
