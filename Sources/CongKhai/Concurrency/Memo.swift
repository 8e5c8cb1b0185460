import Foundation

/// Values computed at most once per key for the whole build, from any thread: jobs that
/// show the same costly value (a procedure's portal fragment is both its own file and part of
/// its field's page) share it instead of each computing it.
///
/// Two threads asking for a missing key at once may both compute it; the value is a pure
/// function of the key, so whichever is stored is the same.
final class Memo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]

    func value(for key: Key, _ make: () -> Value) -> Value {
        lock.lock()
        let known = values[key]
        lock.unlock()
        if let known { return known }
        let value = make()
        lock.lock()
        values[key] = value
        lock.unlock()
        return value
    }
}
