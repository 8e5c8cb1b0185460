import Foundation

/// Values computed at most once per key for the whole build, from any thread: jobs that
/// show the same costly value (a procedure's QR code is on its page, its sheet, the posters
/// and its PNG) share it instead of each computing it.
///
/// Two threads asking for a missing key at once may both compute it; the value is a pure
/// function of the key, so whichever is stored is the same.
package final class Memo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]
    private var uses: [Key: Int] = [:]
    private let usesPerKey: Int?

    /// With `usesPerKey`, a value is forgotten once it has been handed out that many times: a
    /// procedure's portal fragment serves its own file and its field's page, then only takes
    /// memory (about 8 KB each, 800 MB at 100,000 procedures). Asked again, it is made again.
    package init(usesPerKey: Int? = nil) {
        self.usesPerKey = usesPerKey
    }

    package func value(for key: Key, _ make: () -> Value) -> Value {
        lock.lock()
        if let known = values[key] {
            served(key)
            lock.unlock()
            return known
        }
        lock.unlock()
        let value = make()
        lock.lock()
        values[key] = value
        served(key)
        lock.unlock()
        return value
    }

    /// Counts one use of a stored key; called with the lock held.
    private func served(_ key: Key) {
        guard let usesPerKey else { return }
        let count = uses[key, default: 0] + 1
        if count >= usesPerKey {
            values[key] = nil
            uses[key] = nil
        } else {
            uses[key] = count
        }
    }
}
