import CongKhaiCore
import Dispatch
import Foundation

/// Moments worth another look at the watched folders, for the watcher's own thread to wait
/// on: each batch of inotify events (when there are `FolderEvents`), and a periodic tick besides, which is the only trigger on
/// systems without inotify and a safety net on Linux (events can be lost).
/// `@unchecked`: the sources are set once and then only cancelled, which Dispatch allows
/// from any thread.
final class WakeUps: @unchecked Sendable {
    /// Whether inotify events come at all (else only ticks).
    let hearsEvents: Bool
    private let sources: [any DispatchSourceProtocol]
    private let lastEvent = LastEventTime()
    /// Signalled by every event batch and tick; whoever wakes looks at everything.
    private let signal = DispatchSemaphore(value: 0)
    private let cancelled = OnceFlag()

    /// How long since the last batch of events: the files have held still that long.
    var sinceLastEvent: Duration {
        let nanoseconds = DispatchTime.now().uptimeNanoseconds &- lastEvent.uptimeNanoseconds
        return .nanoseconds(Int64(clamping: nanoseconds))
    }

    init(events: FolderEvents?, every interval: Duration) {
        hearsEvents = events != nil
        let queue = DispatchQueue(label: "congkhai.watch")
        let signal = self.signal
        var sources: [any DispatchSourceProtocol] = []
        if let events {
            let read = DispatchSource.makeReadSource(fileDescriptor: events.descriptor, queue: queue)
            read.setEventHandler { [lastEvent] in
                guard events.drain() else { return }
                lastEvent.uptimeNanoseconds = DispatchTime.now().uptimeNanoseconds
                signal.signal()
            }
            // Keeps the descriptor open until the source no longer reads it.
            read.setCancelHandler { withExtendedLifetime(events) {} }
            read.resume()
            sources.append(read)
        }
        let timer = DispatchSource.makeTimerSource(queue: queue)
        let nanoseconds = Int(interval.components.seconds) * 1_000_000_000 + Int(interval.components.attoseconds / 1_000_000_000)
        timer.schedule(deadline: .now() + .nanoseconds(nanoseconds), repeating: .nanoseconds(nanoseconds), leeway: .milliseconds(10))
        timer.setEventHandler {
            events?.watchMissingRoots()
            signal.signal()
        }
        timer.resume()
        sources.append(timer)
        self.sources = sources
    }

    deinit { cancel() }

    /// Blocks until the next wake-up (pending ones are one: the look covers them all); false
    /// once cancelled.
    func wait() -> Bool {
        signal.wait()
        while signal.wait(timeout: .now()) == .success {}
        return !cancelled.isSet
    }

    func cancel() {
        cancelled.set()
        for source in sources where !source.isCancelled { source.cancel() }
        signal.signal()
    }
}

/// When the last batch of events came. (A lock, not `Atomic`: that needs macOS 15.)
private final class LastEventTime: @unchecked Sendable {
    private let lock = NSLock()
    private var last: UInt64 = 0

    var uptimeNanoseconds: UInt64 {
        get { lock.withLock { last } }
        set { lock.withLock { last = newValue } }
    }
}
