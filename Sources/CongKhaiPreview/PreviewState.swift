import CongKhai
import Foundation

/// What the preview shows: which build the pages come from and, when the latest rebuild
/// failed, its errors. Written by the watch loop, read by request handlers.
public final class PreviewState: @unchecked Sendable {
    public struct Snapshot: Sendable, Equatable {
        /// Goes up after every rebuild, good or bad, so open pages know to reload.
        public let generation: Int
        /// Messages of the last rebuild when it failed; empty when the site is current.
        public let errors: [String]
        /// Internal notes of the last good build by URL path ("/mot-cua-kieu-mau/2024/"), shown
        /// above their page in the preview and never written into the built files.
        public var notes: [String: [String]] = [:]
    }

    private let lock = NSLock()
    private var generation = 0
    private var errors: [String] = []
    private var notes: [String: [String]] = [:]

    public init() {}

    public var snapshot: Snapshot {
        lock.lock()
        defer { lock.unlock() }
        return Snapshot(generation: generation, errors: errors, notes: notes)
    }

    public func rebuilt() {
        update(errors: [])
    }

    /// A good rebuild with its internal notes, keyed by URL path.
    public func rebuilt(notes: [String: [String]]) {
        lock.lock()
        self.notes = notes
        lock.unlock()
        update(errors: [])
    }

    public func rebuildFailed(_ errors: [String]) {
        update(errors: errors.isEmpty ? ["Không tạo được trang."] : errors)
    }

    private func update(errors: [String]) {
        lock.lock()
        generation += 1
        self.errors = errors
        lock.unlock()
    }
}
