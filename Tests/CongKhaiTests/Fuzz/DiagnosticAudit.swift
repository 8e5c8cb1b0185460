import Foundation
@testable import CongKhai
@testable import CongKhaiCore
@testable import CongKhaiEncoding
@testable import CongKhaiFamilies
@testable import CongKhaiInput
@testable import CongKhaiMarkdown
@testable import CongKhaiSite

/// What every diagnostic must satisfy (issue 13, finding 8): a file and a line, and no English
/// from libyaml, the C library or Foundation.
enum DiagnosticAudit {
    /// English fragments that give a leaked message away.
    static let englishFragments: [String] = Array(YAMLProblemText.known.keys)
        + (1...133).map { String(cString: strerror(Int32($0))) }.filter { $0.count > 8 && !$0.hasPrefix("Unknown error") }
        + ["The file", "couldn’t", "Error Domain", "YamlError", "Swift.", "Optional("]

    static func problems(_ diagnostics: [Diagnostic]) -> [String] {
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
