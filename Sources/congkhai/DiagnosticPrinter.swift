import CongKhai
import Foundation

enum DiagnosticPrinter {
    /// Errors first, then warnings grouped by code (`DiagnosticReport`); `verbose` lists every one.
    static func print(_ diagnostics: Diagnostics, showWarnings: Bool, verbose: Bool) {
        // Messages quote the input, which may hold escape sequences: never print them raw.
        for line in DiagnosticReport.lines(diagnostics, showWarnings: showWarnings, verbose: verbose) {
            Terminal.err(TerminalSafeText.escape(line))
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
