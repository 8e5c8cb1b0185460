import Foundation

/// The QR code of a procedure, drawn on the list, the detail page, the posters, the single
/// sheet and the `/qr/<code>.svg` file.
///
/// Only the drawing is kept, not the module matrix: every code stays cached for the whole
/// build, and at 100,000 procedures the matrices alone were about 140 MB.
struct ProcedureQRCode: Sendable {
    let payload: String
    /// Modules per side, without the quiet zone.
    let size: Int
    let path: String
}

/// Encodes each procedure's QR code once, when a page first needs it.
///
/// An incremental build renders a handful of pages, so codes are made on demand rather than
/// all up front; pages that show every code (the list, the posters) fill the missing ones
/// in parallel first.
final class ProcedureQRCodes: @unchecked Sendable {
    private let baseURL: BaseURL?
    private let lock = NSLock()
    private var codes: [String: ProcedureQRCode] = [:]

    init(site: Site) {
        baseURL = site.config.qrCodes ? site.config.baseURL : nil
    }

    subscript(procedure: Procedure) -> ProcedureQRCode? {
        guard let baseURL else { return nil }
        lock.lock()
        let known = codes[procedure.code]
        lock.unlock()
        if let known { return known }
        let payload = baseURL.absolute(procedure.sitePath)
        // A URL of a few dozen ASCII characters always fits; nil only on encoder failure.
        guard let symbol = try? QRCode(encoding: payload) else { return nil }
        let code = ProcedureQRCode(payload: payload, size: symbol.size, path: QRSVG.path(for: symbol))
        lock.lock()
        codes[procedure.code] = code
        lock.unlock()
        return code
    }

    /// Makes the codes of all these procedures, on all cores.
    func prepare(_ procedures: [Procedure]) {
        guard baseURL != nil else { return }
        _ = ParallelMap.map(procedures) { self[$0] != nil }
    }
}
