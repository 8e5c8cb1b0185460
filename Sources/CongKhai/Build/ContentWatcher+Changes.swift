import CongKhaiCore
import Foundation

extension ContentWatcher {
    /// The periodic look while inotify reports changes: a safety net, so rare.
    public static let pollWithEvents: Duration = .seconds(2)
    /// The periodic look where inotify is not available: the only way to notice.
    public static let pollWithoutEvents: Duration = .milliseconds(300)
    /// Editors save in several steps (temporary file, rename, attributes): wait until the
    /// files have held still this long before reporting.
    public static let settleTime: Duration = .milliseconds(40)

    /// A watch under way; `stop()` (or letting it go) ends it.
    public final class Watch: @unchecked Sendable {
        private let stopped = OnceFlag()
        fileprivate init() {}
        fileprivate var isStopped: Bool { stopped.isSet }
        fileprivate var onStop: (() -> Void)?
        public func stop() {
            guard stopped.set() else { return }
            onStop?()
        }
        deinit { stop() }
    }

    /// Calls `report` with each settled list of changed paths (as `changes(from:to:)` gives
    /// them), on a thread of its own. Watching starts before this returns, so a change made
    /// right after is seen.
    ///
    /// The loop sleeps and takes snapshots (blocking `stat` calls): on Swift's cooperative pool
    /// it would wait for a thread behind whatever else runs there (a build, other tests) and
    /// hold one while it looked, so it has its own thread. `poll` overrides the periodic look
    /// (tests use a long one to prove events alone work); `hearEvents: false` tests the polling
    /// other systems rely on.
    public func watch(poll: Duration? = nil, settle: Duration = ContentWatcher.settleTime, hearEvents: Bool = true,
                      report: @escaping @Sendable ([String]) -> Void) -> Watch {
        let events = hearEvents ? FolderEvents(folders: folders, ignoring: ignored) : nil
        let wakeUps = WakeUps(events: events, every: poll ?? (events == nil ? Self.pollWithoutEvents : Self.pollWithEvents))
        let first = snapshot()
        let watch = Watch()
        watch.onStop = { wakeUps.cancel() }
        let thread = Thread { [self] in
            var last = first
            while !watch.isStopped {
                guard wakeUps.wait() else { break }
                // With events, settled once none came for `settle`: one look, after the save.
                while wakeUps.hearsEvents && !watch.isStopped {
                    let quiet = wakeUps.sinceLastEvent
                    if quiet >= settle { break }
                    Thread.sleep(forTimeInterval: Self.seconds(settle - quiet))
                }
                var now = snapshot()
                guard now != last else { continue }
                // Without events, settled when two looks `settle` apart agree.
                while !wakeUps.hearsEvents && !watch.isStopped {
                    Thread.sleep(forTimeInterval: Self.seconds(settle))
                    let settled = snapshot()
                    if settled == now { break }
                    now = settled
                }
                let changed = Self.changes(from: last, to: now)
                last = now
                if !changed.isEmpty && !watch.isStopped { report(changed) }
            }
        }
        thread.name = "congkhai.watch"
        thread.start()
        return watch
    }

    /// The same lists as an async stream, for `serve`: watching stops when the stream does.
    public func changes(poll: Duration? = nil, settle: Duration = ContentWatcher.settleTime,
                        hearEvents: Bool = true) -> AsyncStream<[String]> {
        let (stream, continuation) = AsyncStream.makeStream(of: [String].self)
        let watch = watch(poll: poll, settle: settle, hearEvents: hearEvents) { continuation.yield($0) }
        continuation.onTermination = { _ in watch.stop() }
        return stream
    }

    static func seconds(_ duration: Duration) -> TimeInterval {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
