import CQRencode

/// A QR code symbol as a square grid of dark and light modules, made by Debian's libqrencode.
public struct QRCode: Sendable, Equatable {
    public let size: Int
    /// Row-major, `size * size` entries.
    public let modules: [Bool]

    public enum EncodeError: Error, Equatable {
        case tooLong
        case encoderFailed
    }

    /// Encodes `text` at error-correction level M (survives a scratched or dirty poster).
    /// Non-ASCII text gets an ECI 26 (UTF-8) header: without it zbar reads Vietnamese as
    /// Shift-JIS. URLs are ASCII and stay in plain 8-bit mode for the widest reader support.
    public init(encoding text: String) throws(EncodeError) {
        let bytes = Array(text.utf8)
        guard let input = QRinput_new2(0, QR_ECLEVEL_M) else { throw .encoderFailed }
        defer { QRinput_free(input) }
        if bytes.contains(where: { $0 >= 0x80 }) {
            guard QRinput_appendECIheader(input, 26) == 0 else { throw .encoderFailed }
        }
        let appended = bytes.withUnsafeBufferPointer { buffer in
            QRinput_append(input, QR_MODE_8, Int32(buffer.count), buffer.baseAddress)
        }
        guard appended == 0 else { throw .tooLong }
        guard let symbol = QRcode_encodeInput(input) else { throw .tooLong }
        defer { QRcode_free(symbol) }
        let width = Int(symbol.pointee.width)
        let data = UnsafeBufferPointer(start: symbol.pointee.data, count: width * width)
        self.size = width
        self.modules = data.map { $0 & 1 == 1 }  // bit 0 is the module colour
    }

    public func isDark(x: Int, y: Int) -> Bool { modules[y * size + x] }
}
