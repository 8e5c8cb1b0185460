import CongKhaiCore

/// Draws a QR code as one SVG `<path>` of horizontal runs over a light background,
/// surrounded by the quiet zone.
///
/// One path is ~3 KB per code against ~42 KB for a `<rect>` per module, and it renders
/// without the hairline seams between modules that stop zbar on phone screens.
public enum QRSVG {
    /// The 4-module light border the QR standard requires around the symbol.
    public static let quietZone = 4

    /// Each row of dark runs is one stroked subpath at the row's middle ("M4 4.5h3m2 0h1"):
    /// relative moves keep the numbers short, which matters with a hundred codes on a page
    /// read over a slow connection. A stroke of width 1 covers the row exactly.
    public static func path(for code: QRCode) -> String {
        var path = ""
        path.reserveCapacity(code.size * 24)
        for y in 0..<code.size {
            var x = 0
            var penX: Int? = nil  // where the previous run of this row ended
            while x < code.size {
                guard code.isDark(x: x, y: y) else { x += 1; continue }
                let start = x
                while x < code.size && code.isDark(x: x, y: y) { x += 1 }
                if let penX {
                    path += "m\(start - penX) 0h\(x - start)"
                } else {
                    path += "M\(start + quietZone) \(y + quietZone).5h\(x - start)"
                }
                penX = x
            }
        }
        return path
    }

    /// A standalone, scalable SVG. `label` becomes the accessible name (`<title>`).
    public static func document(for code: QRCode, label: String) -> String {
        document(path: path(for: code), size: code.size, label: label)
    }

    static func document(path: String, size: Int, label: String) -> String {
        let extent = size + 2 * quietZone
        return """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(extent) \(extent)" shape-rendering="crispEdges">\
        <title>\(HTMLEscape.text(label))</title>\
        <rect width="\(extent)" height="\(extent)" fill="#fff"/>\
        <path stroke="#000" d="\(path)"/></svg>
        """
    }

    /// The same drawing for inline use in HTML: `role="img"` with an `aria-label`, the
    /// `data-qr` attribute that tells site-check which text the code must decode to, and a
    /// size of whole CSS pixels per module for its placement.
    package static func inline(for code: QRCode, label: String, payload: String, placement: QRPlacement) -> String {
        inline(path: path(for: code), size: code.size, label: label, payload: payload, placement: placement)
    }

    package static func inline(path: String, size: Int, label: String, payload: String, placement: QRPlacement) -> String {
        let extent = size + 2 * quietZone
        let pixels = extent * placement.screenPixelsPerModule
        return """
        <svg class="qr \(placement.cssClass)" width="\(pixels)" height="\(pixels)" \
        data-qr="\(HTMLEscape.attribute(payload))" role="img" aria-label="\(HTMLEscape.attribute(label))" \
        viewBox="0 0 \(extent) \(extent)" shape-rendering="crispEdges">\
        <rect width="\(extent)" height="\(extent)" fill="#fff"/><path stroke="#000" d="\(path)"/></svg>
        """
    }
}
