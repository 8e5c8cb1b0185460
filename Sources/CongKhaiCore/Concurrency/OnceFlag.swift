import Foundation

/// A flag set once, read from any thread (the watcher's stop; `Atomic` needs macOS 15).
package final class OnceFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    package init() {}

    package var isSet: Bool { lock.withLock { value } }

    /// Sets the flag; true for the call that set it.
    @discardableResult
    package func set() -> Bool { lock.withLock { defer { value = true }; return !value } }
}
