import CongKhaiCore
import Foundation

/// The small index the list page's search box loads: code, and the folded text of code,
/// name and field, so that "dang ky khai sinh" finds "Đăng ký khai sinh" and "đ" matches "d".
/// Folding happens here, once, with the same rules as everywhere else in CongKhai.
enum SearchIndex {
    /// `withLinks`: also each procedure's name and address relative to the index file, for a
    /// list split by field, whose index page has no items to show and lists results itself.
    static func json(for procedures: [Procedure], withLinks: Bool = false) -> Data {
        var json = "["
        for (index, procedure) in procedures.sorted(by: { $0.code < $1.code }).enumerated() {
            if index > 0 { json += "," }
            let text = VietnameseFolding.fold("\(procedure.code) \(procedure.name) \(procedure.field)")
            json += "{\"c\":\(jsonString(procedure.code)),\"t\":\(jsonString(text))"
            if withLinks {
                // The index lives in the list's folder, beside each procedure's own folder.
                json += ",\"n\":\(jsonString(procedure.name)),\"u\":\(jsonString(procedure.code + "/"))"
            }
            json += "}"
        }
        return Data((json + "]\n").utf8)
    }

    static func jsonString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "<": result += "\\u003c"  // safe even if ever inlined in a <script>
            case _ where scalar.value < 0x20: result += String(format: "\\u%04x", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
