import FlyingSocks
import Foundation

/// FlyingFox's socket pool with an idle limit: a connection that sends nothing (or stops in
/// the middle of a request, or stops reading the answer) for `idle` is dropped.
///
/// FlyingFox 0.27 has no such setting (its `timeout` bounds only the handler), and its
/// sockets are non-blocking, so `SO_RCVTIMEO` would never fire. Every read and write of a
/// connection waits in `suspendSocket`; bounding that wait bounds the idle time. The
/// listening socket waits there too, for the next client, and must wait forever.
struct IdleTimeoutPool: AsyncSocketPool {
    let base: any AsyncSocketPool
    let idle: Duration

    func prepare() async throws { try await base.prepare() }

    func run() async throws { try await base.run() }

    func suspendSocket(_ socket: Socket, untilReadyFor events: Socket.Events) async throws {
        let isListening = (try? socket.getValue(for: BoolSocketOption(name: SO_ACCEPTCONN))) ?? false
        if isListening {
            return try await base.suspendSocket(socket, untilReadyFor: events)
        }
        let ready = try await withThrowingTaskGroup(of: Bool.self) { group in
            group.addTask { [base] in
                try await base.suspendSocket(socket, untilReadyFor: events)
                return true
            }
            group.addTask { [idle] in
                try await Task.sleep(for: idle)
                return false
            }
            defer { group.cancelAll() }
            return try await group.next() ?? false
        }
        // FlyingFox treats `disconnected` as the client going away: it closes the connection
        // quietly.
        if !ready { throw SocketError.disconnected }
    }
}
