import Foundation

/// Collects every diagnostic of a run so that all of them are reported together,
/// instead of stopping at the first like a compiler that gives up.
public final class Diagnostics: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Diagnostic] = []

    /// The files the run read, for incremental builds' keys. Kept here because every reader
    /// already reports to this object; see `InputRecord`.
    public let inputs = InputRecord()

    public init() {}

    public func report(_ diagnostic: Diagnostic) {
        lock.lock()
        items.append(diagnostic)
        lock.unlock()
    }

    public func error(_ code: DiagnosticCode, at location: SourceLocation, _ message: String) {
        report(Diagnostic(.error, code, at: location, message))
    }

    public func warning(_ code: DiagnosticCode, at location: SourceLocation, _ message: String) {
        report(Diagnostic(.warning, code, at: location, message))
    }

    /// As reported, unsorted: for passing one part's diagnostics on to another collection
    /// in the order they were found.
    package var inArrivalOrder: [Diagnostic] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }

    /// All diagnostics in a stable order (by file, line, column), so output is reproducible
    /// even though some were found on parallel threads.
    public var all: [Diagnostic] { sorted { _ in true } }

    /// Filtered before sorting (each keeps its place of arrival as the tie-break, so the
    /// order is that of `all`): a national catalog brings ten thousand warnings, and asking
    /// for the errors should not sort them all.
    public var errors: [Diagnostic] { sorted { $0.severity == .error } }
    public var warnings: [Diagnostic] { sorted { $0.severity == .warning } }
    public var hasErrors: Bool {
        lock.lock()
        defer { lock.unlock() }
        return items.contains { $0.severity == .error }
    }

    private func sorted(_ isIncluded: (Diagnostic) -> Bool) -> [Diagnostic] {
        lock.lock()
        defer { lock.unlock() }
        return items.enumerated().filter { isIncluded($0.element) }.sorted {
            ($0.element.location, $0.offset) < ($1.element.location, $1.offset)
        }.map(\.element)
    }
}

private func < (lhs: (SourceLocation, Int), rhs: (SourceLocation, Int)) -> Bool {
    lhs.0 != rhs.0 ? lhs.0 < rhs.0 : lhs.1 < rhs.1
}
