import Foundation

extension ContentWatcher {
    /// The periodic look while inotify reports changes: a safety net, so rare.
    public static let pollWithEvents: Duration = .seconds(2)
    /// The periodic look where inotify is not available: the only way to notice.
    public static let pollWithoutEvents: Duration = .milliseconds(300)
    /// Editors save in several steps (temporary file, rename, attributes): wait until the
    /// files have held still this long before reporting.
    public static let settleTime: Duration = .milliseconds(40)

    /// Lists of changed paths (as `changes(from:to:)` gives them), each once the files have
    /// settled. Watching starts before this returns, so a change made right after is seen.
    /// `poll` overrides the periodic look (tests use a long one to prove events alone work);
    /// `hearEvents: false` tests the polling other systems rely on.
    public func changes(poll: Duration? = nil, settle: Duration = ContentWatcher.settleTime,
                        hearEvents: Bool = true) -> AsyncStream<[String]> {
        let events = hearEvents ? FolderEvents(folders: folders, ignoring: ignored) : nil
        let wakeUps = WakeUps(events: events, every: poll ?? (events == nil ? Self.pollWithoutEvents : Self.pollWithEvents))
        let first = snapshot()
        let (stream, continuation) = AsyncStream.makeStream(of: [String].self)
        let task = Task.detached { [self] in
            var last = first
            for await _ in wakeUps.stream {
                // With events, settled once none came for `settle`: one look, after the save.
                while wakeUps.hearsEvents && !Task.isCancelled {
                    let quiet = wakeUps.sinceLastEvent
                    if quiet >= settle { break }
                    try? await Task.sleep(for: settle - quiet)
                }
                var now = snapshot()
                guard now != last else { continue }
                // Without events, settled when two looks `settle` apart agree.
                while !wakeUps.hearsEvents && !Task.isCancelled {
                    try? await Task.sleep(for: settle)
                    let settled = snapshot()
                    if settled == now { break }
                    now = settled
                }
                let changed = Self.changes(from: last, to: now)
                last = now
                if !changed.isEmpty { continuation.yield(changed) }
            }
            continuation.finish()
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }
}
