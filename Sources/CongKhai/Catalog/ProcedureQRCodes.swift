import Foundation

/// The QR code of every procedure, encoded once (in parallel) and drawn on the list, the
/// detail page, the posters, the single sheet and the `/qr/<code>.svg` file.
struct ProcedureQRCode: Sendable {
    let payload: String
    let symbol: QRCode
    let path: String
}

enum ProcedureQRCodes {
    static func make(for procedures: [Procedure], site: Site) -> [String: ProcedureQRCode] {
        guard site.config.qrCodes, let baseURL = site.config.baseURL else { return [:] }
        let payloads = procedures.map { baseURL.absolute($0.sitePath) }
        let slots = Slots(count: procedures.count)
        DispatchQueue.concurrentPerform(iterations: procedures.count) { index in
            // A URL of a few dozen ASCII characters always fits; nil only on encoder failure.
            if let symbol = try? QRCode(encoding: payloads[index]) {
                slots.set(ProcedureQRCode(payload: payloads[index], symbol: symbol, path: QRSVG.path(for: symbol)), at: index)
            }
        }
        var codes: [String: ProcedureQRCode] = [:]
        for (index, procedure) in procedures.enumerated() {
            codes[procedure.code] = slots.get(index)
        }
        return codes
    }

    private final class Slots: @unchecked Sendable {
        private let buffer: UnsafeMutableBufferPointer<ProcedureQRCode?>
        init(count: Int) {
            buffer = .allocate(capacity: count)
            buffer.initialize(repeating: nil)
        }
        deinit {
            buffer.deinitialize()
            buffer.deallocate()
        }
        func set(_ value: ProcedureQRCode, at index: Int) { buffer[index] = value }
        func get(_ index: Int) -> ProcedureQRCode? { buffer[index] }
    }
}
