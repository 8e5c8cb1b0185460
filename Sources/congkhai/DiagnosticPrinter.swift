import CongKhai
import Foundation

enum DiagnosticPrinter {
    /// Warnings beyond this many are summarized by `build`; `check` and `--verbose` list all.
    static let warningLimit = 15

    static func print(_ diagnostics: Diagnostics, showWarnings: Bool, limitWarnings: Bool) {
        for error in diagnostics.errors { Terminal.err(shown(error)) }
        guard showWarnings else { return }
        let warnings = diagnostics.warnings
        let shown = limitWarnings ? Array(warnings.prefix(warningLimit)) : warnings
        for warning in shown { Terminal.err(Self.shown(warning)) }
        if shown.count < warnings.count {
            Terminal.err("… và \(warnings.count - shown.count) cảnh báo khác (chạy \"congkhai check\" để xem tất cả).")
        }
    }

    /// Messages quote the input, which may hold escape sequences: never printed raw. A message
    /// of several lines (an example, a quoted cell) has its later lines indented, so none of
    /// them can pass for a diagnostic of its own in a log.
    static func shown(_ diagnostic: Diagnostic) -> String {
        TerminalSafeText.escape(diagnostic.description).replacingOccurrences(of: "\n", with: "\n    ")
    }
}

enum Terminal {
    static func out(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func err(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
