import Foundation

/// How far the current phase has come, for the command line's progress line. The build
/// updates it from its worker threads; the command line reads it from a timer.
public final class BuildProgress: @unchecked Sendable {
    public struct Snapshot: Sendable, Equatable {
        public let phase: String
        public let done: Int
        public let total: Int
        public let seconds: Double
    }

    private let lock = NSLock()
    private var phase = ""
    private var done = 0
    private var total = 0
    private var started = DispatchTime.now().uptimeNanoseconds

    public init() {}

    func begin(_ phase: String, total: Int) {
        lock.lock()
        defer { lock.unlock() }
        self.phase = phase
        self.total = total
        done = 0
        started = DispatchTime.now().uptimeNanoseconds
    }

    func advance() {
        lock.lock()
        done += 1
        lock.unlock()
    }

    public var snapshot: Snapshot {
        lock.lock()
        defer { lock.unlock() }
        return Snapshot(phase: phase, done: done, total: total,
                        seconds: Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9)
    }
}
