import Foundation

/// A black-and-white PNG (colour type 0, bit depth 1) written by hand: the chunk framing and
/// CRCs here, the deflate and the CRC-32 from Debian's zlib.
///
/// Article editors of province portals strip inline SVG, so the QR codes of the embeddable
/// fragments are PNG files referenced by absolute URL. One bit per module and one pixel per
/// module keeps a code around 1 KB even drawn 4 pixels per module, so the fragment needs no
/// CSS scaling (which an editor may strip).
enum PNGImage {
    /// `rows[y][x]` true is dark. Every row has the same length.
    static func bilevel(width: Int, height: Int, dark: (Int, Int) -> Bool) -> Data {
        var raw: [UInt8] = []
        let rowBytes = (width + 7) / 8
        raw.reserveCapacity((rowBytes + 1) * height)
        for y in 0..<height {
            raw.append(0)  // filter type None
            var byte: UInt8 = 0
            for x in 0..<width {
                // In a grey image of depth 1, 0 is black and 1 is white.
                if !dark(x, y) { byte |= 0x80 >> UInt8(x % 8) }
                if x % 8 == 7 || x == width - 1 {
                    raw.append(byte)
                    byte = 0
                }
            }
        }
        var header: [UInt8] = []
        header += bigEndian(UInt32(width))
        header += bigEndian(UInt32(height))
        header += [1, 0, 0, 0, 0]  // depth 1, grey, deflate, adaptive filtering, no interlace
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        png += chunk("IHDR", header)
        png += chunk("IDAT", Zlib.deflate(raw, format: .zlib))
        png += chunk("IEND", [])
        return Data(png)
    }

    /// The QR code with its 4-module quiet zone, `scale` pixels per module.
    static func qrCode(_ code: QRCode, scale: Int = 1) -> Data {
        let quiet = 4
        let side = (code.size + 2 * quiet) * scale
        return bilevel(width: side, height: side) { x, y in
            let mx = x / scale - quiet, my = y / scale - quiet
            return mx >= 0 && my >= 0 && mx < code.size && my < code.size && code.isDark(x: mx, y: my)
        }
    }

    private static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let typeBytes = Array(type.utf8)
        return bigEndian(UInt32(data.count)) + typeBytes + data + bigEndian(Zlib.crc32(typeBytes + data))
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xff), UInt8((value >> 8) & 0xff), UInt8(value & 0xff)]
    }
}
