import CongKhai
import CongKhaiCore
import Foundation

enum DiagnosticPrinter {
    /// Errors first, then warnings grouped by code (`DiagnosticReport`); `verbose` lists every one.
    static func print(_ diagnostics: Diagnostics, showWarnings: Bool, verbose: Bool) {
        for line in DiagnosticReport.lines(diagnostics, showWarnings: showWarnings, verbose: verbose) {
            Terminal.err(shown(line))
        }
    }

    /// Messages quote the input, which may hold escape sequences: never printed raw. A message
    /// of several lines (an example, a quoted cell) has its later lines indented, so none of
    /// them can pass for a diagnostic of its own in a log.
    static func shown(_ line: String) -> String {
        TerminalSafeText.escape(line).replacingOccurrences(of: "\n", with: "\n    ")
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
