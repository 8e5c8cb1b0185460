import Foundation

/// A black-and-white PNG (colour type 0, bit depth 1) written by hand: the chunk framing and
/// CRCs here, the deflate and the CRC-32 from Debian's zlib.
///
/// Article editors of province portals strip inline SVG, so the QR codes of the embeddable
/// fragments are PNG files referenced by absolute URL. One bit per module and one pixel per
/// module keeps a code around 1 KB even drawn 4 pixels per module, so the fragment needs no
/// CSS scaling (which an editor may strip).
package enum PNGImage {
    /// An image `width` pixels wide whose rows are `rows`, each packed 8 pixels to a byte,
    /// most significant bit first, 1 for white (in a grey image of depth 1, 0 is black).
    static func bilevel(width: Int, rows: [[UInt8]]) -> Data {
        let rowBytes = (width + 7) / 8
        var raw: [UInt8] = []
        raw.reserveCapacity((rowBytes + 1) * rows.count)
        for row in rows {
            precondition(row.count == rowBytes, "a packed row of \(width) pixels is \(rowBytes) bytes")
            raw.append(0)  // filter type None
            raw += row
        }
        var header: [UInt8] = []
        header += bigEndian(UInt32(width))
        header += bigEndian(UInt32(rows.count))
        header += [1, 0, 0, 0, 0]  // depth 1, grey, deflate, adaptive filtering, no interlace
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        png += chunk("IHDR", header)
        png += chunk("IDAT", Zlib.deflate(raw, format: .zlib))
        png += chunk("IEND", [])
        return Data(png)
    }

    /// The QR code with its 4-module quiet zone, `scale` pixels per module.
    ///
    /// Each row of modules is packed once and repeated `scale` times: asking module by
    /// module for every pixel was 30,000 lookups per code.
    package static func qrCode(_ code: QRCode, scale: Int = 1) -> Data {
        qrCode(size: code.size, scale: scale, isDark: code.isDark)
    }

    /// A QR code of `size` modules per side whose module (x, y) is dark when `isDark` says so.
    package static func qrCode(size: Int, scale: Int, isDark: (_ x: Int, _ y: Int) -> Bool) -> Data {
        let quiet = 4
        let side = (size + 2 * quiet) * scale
        var rows: [[UInt8]] = []
        rows.reserveCapacity(side)
        for moduleY in -quiet..<(size + quiet) {
            var row = [UInt8](repeating: 0, count: (side + 7) / 8)
            for x in 0..<side {
                let moduleX = x / scale - quiet
                let dark = moduleY >= 0 && moduleY < size && moduleX >= 0 && moduleX < size
                    && isDark(moduleX, moduleY)
                if !dark { row[x / 8] |= 0x80 >> UInt8(x % 8) }
            }
            for _ in 0..<scale { rows.append(row) }
        }
        return bilevel(width: side, rows: rows)
    }

    private static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let typeBytes = Array(type.utf8)
        return bigEndian(UInt32(data.count)) + typeBytes + data + bigEndian(Zlib.crc32(typeBytes + data))
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xff), UInt8((value >> 8) & 0xff), UInt8(value & 0xff)]
    }
}
