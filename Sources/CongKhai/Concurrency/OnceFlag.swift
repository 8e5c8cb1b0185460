import Foundation

/// A flag set once, read from any thread (the watcher's stop; `Atomic` needs macOS 15).
final class OnceFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    var isSet: Bool { lock.withLock { value } }

    /// Sets the flag; true for the call that set it.
    @discardableResult
    func set() -> Bool { lock.withLock { defer { value = true }; return !value } }
}
