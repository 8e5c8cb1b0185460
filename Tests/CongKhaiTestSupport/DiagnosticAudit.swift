import Foundation
import CongKhai
import CongKhaiCore
import CongKhaiEncoding
import CongKhaiFamilies
import CongKhaiInput
import CongKhaiMarkdown
import CongKhaiSite

/// What every diagnostic must satisfy (issue 13, finding 8): a file and a line, and no English
/// from libyaml, the C library or Foundation.
package enum DiagnosticAudit {
    /// English fragments that give a leaked message away.
    package static let englishFragments: [String] = Array(YAMLProblemText.known.keys)
        + (1...133).map { String(cString: strerror(Int32($0))) }.filter { $0.count > 8 && !$0.hasPrefix("Unknown error") }
        + ["The file", "couldn’t", "Error Domain", "YamlError", "Swift.", "Optional("]

    package static func problems(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.compactMap { diagnostic in
            if diagnostic.location.file.isEmpty { return "no file: \(diagnostic)" }
            if diagnostic.location.line == nil && diagnostic.location.file != "--base-url" { return "no line: \(diagnostic)" }
            if let english = englishFragments.first(where: { diagnostic.message.contains($0) }) {
                return "English \"\(english)\": \(diagnostic)"
            }
            return nil
        }
    }
}
