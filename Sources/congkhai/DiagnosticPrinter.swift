import CongKhai
import Foundation

enum DiagnosticPrinter {
    /// Warnings beyond this many are summarized by `build`; `check` and `--verbose` list all.
    static let warningLimit = 15

    static func print(_ diagnostics: Diagnostics, showWarnings: Bool, limitWarnings: Bool) {
        // Messages quote the input, which may hold escape sequences: never print them raw.
        for error in diagnostics.errors { Terminal.err(TerminalSafeText.escape(error.description)) }
        guard showWarnings else { return }
        let warnings = diagnostics.warnings
        let shown = limitWarnings ? Array(warnings.prefix(warningLimit)) : warnings
        for warning in shown { Terminal.err(TerminalSafeText.escape(warning.description)) }
        if shown.count < warnings.count {
            Terminal.err("… và \(warnings.count - shown.count) cảnh báo khác (chạy \"congkhai check\" để xem tất cả).")
        }
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
