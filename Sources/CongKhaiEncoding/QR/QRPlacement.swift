/// Where a QR code is drawn, and how large on screen.
///
/// On screen a module is a whole number of CSS pixels: at fractional sizes a desktop browser
/// blurs module edges and zbar (the reader in many cheap phones' apps) fails where zxing
/// still succeeds. Printed sizes are set in millimetres by the theme's print stylesheet,
/// never below 0.5 mm per module.
package enum QRPlacement {
    case detail, poster, sheet

    var cssClass: String {
        switch self {
        case .detail: "qr-detail"
        case .poster: "qr-poster"
        case .sheet: "qr-sheet"
        }
    }

    var screenPixelsPerModule: Int {
        switch self {
        case .detail: 5
        case .poster: 3
        case .sheet: 6
        }
    }
}
