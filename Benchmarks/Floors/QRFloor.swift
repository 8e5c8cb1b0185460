import CQRencode
import Foundation

/// libqrencode alone: one code per procedure URL at level M with CongKhai's ECI header rule,
/// no drawing. QR codes are most of the work a build does besides templates.
enum QRFloor {
    static func run(baseURL: String, codesFile: String) {
        let codes = ((try? String(contentsOfFile: codesFile, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
        let urls = codes.map { Array((baseURL + "thu-tuc-hanh-chinh/" + $0 + "/").utf8) }
        var modules = 0
        let start = DispatchTime.now().uptimeNanoseconds
        for url in urls {
            guard let input = QRinput_new2(0, QR_ECLEVEL_M) else { continue }
            url.withUnsafeBufferPointer { QRinput_append(input, QR_MODE_8, Int32($0.count), $0.baseAddress) }
            if let symbol = QRcode_encodeInput(input) {
                modules += Int(symbol.pointee.width * symbol.pointee.width)
                QRcode_free(symbol)
            }
            QRinput_free(input)
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print(String(format: "floor_s=%.3f codes=%d modules=%d", seconds, urls.count, modules))
    }
}
