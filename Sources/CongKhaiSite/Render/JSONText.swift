/// A small JSON writer for the JSON-LD blocks: objects of strings, keys sorted, compact.
///
/// Written by hand because `JSONSerialization` on Linux went through NSString and took a
/// tenth of the render time of a procedure page. `<` and `>` are written as `\u003c` and
/// `\u003e`, so no value can close the `<script>` element the JSON sits in.
package indirect enum JSONText {
    case string(String)
    case object([String: JSONText])

    package var serialized: String {
        var output = ""
        write(to: &output)
        return output
    }

    private func write(to output: inout String) {
        switch self {
        case .string(let text):
            Self.writeString(text, to: &output)
        case .object(let members):
            output.append("{")
            for (index, key) in members.keys.sorted().enumerated() {
                if index > 0 { output.append(",") }
                Self.writeString(key, to: &output)
                output.append(":")
                members[key]!.write(to: &output)
            }
            output.append("}")
        }
    }

    private static func writeString(_ text: String, to output: inout String) {
        output.append("\"")
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output.append("\\\"")
            case "\\": output.append("\\\\")
            case "\n": output.append("\\n")
            case "\r": output.append("\\r")
            case "\t": output.append("\\t")
            case "<": output.append("\\u003c")
            case ">": output.append("\\u003e")
            case "\u{2028}": output.append("\\u2028")
            case "\u{2029}": output.append("\\u2029")
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output.append("\"")
    }
}
