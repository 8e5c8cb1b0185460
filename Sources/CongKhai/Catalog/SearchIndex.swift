import Foundation

/// The small index the list page's search box loads: code, and the folded text of code,
/// name and field, so that "dang ky khai sinh" finds "Đăng ký khai sinh" and "đ" matches "d".
/// Folding happens here, once, with the same rules as everywhere else in CongKhai.
enum SearchIndex {
    static func json(for procedures: [Procedure]) -> Data {
        var json = "["
        for (index, procedure) in procedures.sorted(by: { $0.code < $1.code }).enumerated() {
            if index > 0 { json += "," }
            let text = VietnameseFolding.fold("\(procedure.code) \(procedure.name) \(procedure.field)")
            json += "{\"c\":\(jsonString(procedure.code)),\"t\":\(jsonString(text))}"
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
