import CongKhaiCore
import CongKhaiEncoding
import CongKhaiSite
import Foundation

/// The QR code of a procedure, drawn inline on the list, the detail page, the posters and
/// the single sheet, and as the PNG file of its portal fragment.
///
/// The modules are kept one bit each: every code stays cached for the whole build, and at
/// 100,000 procedures the encoder's byte-per-module matrices were about 140 MB (bits: 18 MB).
struct ProcedureQRCode: Sendable {
    let payload: String
    /// Modules per side, without the quiet zone.
    let size: Int
    /// The SVG path drawing the dark modules.
    let path: String
    /// Row-major, most significant bit first, 1 for dark.
    private let packedModules: [UInt8]

    init(payload: String, symbol: QRCode) {
        self.payload = payload
        size = symbol.size
        path = QRSVG.path(for: symbol)
        var packed = [UInt8](repeating: 0, count: (symbol.size * symbol.size + 7) / 8)
        for (index, dark) in symbol.modules.enumerated() where dark {
            packed[index / 8] |= 0x80 >> UInt8(index % 8)
        }
        packedModules = packed
    }

    func isDark(x: Int, y: Int) -> Bool {
        let index = y * size + x
        return packedModules[index / 8] & (0x80 >> UInt8(index % 8)) != 0
    }

    /// The PNG image of the portal fragments, `scale` pixels per module.
    func png(scale: Int) -> Data {
        PNGImage.qrCode(size: size, scale: scale, isDark: isDark)
    }
}

/// Encodes each procedure's QR code once, when a page or a PNG file first needs it; one set
/// serves the whole build (it is part of the catalog's model).
///
/// An incremental build renders a handful of pages, so codes are made on demand rather than
/// all up front; pages that show every code (the list, the posters) fill the missing ones
/// in parallel first.
final class ProcedureQRCodes: Sendable {
    private let baseURL: BaseURL?
    private let codes = Memo<String, ProcedureQRCode?>()

    init(config: SiteConfig) {
        baseURL = config.qrCodes ? config.baseURL : nil
    }

    subscript(procedure: Procedure) -> ProcedureQRCode? {
        guard let baseURL else { return nil }
        return codes.value(for: procedure.code) {
            let payload = baseURL.absolute(procedure.sitePath)
            // A URL of a few dozen ASCII characters always fits; nil only on encoder failure.
            return (try? QRCode(encoding: payload)).map { ProcedureQRCode(payload: payload, symbol: $0) }
        }
    }

    /// Makes the codes of all these procedures, on all cores.
    func prepare(_ procedures: [Procedure]) {
        guard baseURL != nil else { return }
        _ = ParallelMap.map(procedures) { self[$0] != nil }
    }
}
