import FlyingSocks
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// FlyingFox's socket pool with the preview's limits on every connection: how long it may stay
/// silent, how long it may take to send a whole request, and how many may be open at once.
///
/// FlyingFox 0.27 has no such settings (its `timeout` bounds only the handler), and its
/// sockets are non-blocking, so `SO_RCVTIMEO` would never fire. Every read and write of a
/// connection waits in `suspendSocket`; bounding that wait bounds the idle time. A client that
/// trickles its request a byte at a time never stays silent for long, so reading a request is
/// also bounded as a whole, from the moment the previous one arrived or the last write of an
/// answer (`RequestClock`). A connection whose descriptor sits near the process's limit is
/// dropped at its first wait, so idle connections cannot use up the descriptors the server
/// needs to accept the next browser. The listening socket waits here too, for the next
/// client, and must wait forever.
struct GuardedSocketPool: AsyncSocketPool {
    let base: any AsyncSocketPool
    let idle: Duration
    let requestTimeout: Duration
    let clock: RequestClock
    /// Connections whose descriptor is at or above this are dropped at once.
    let descriptorCeiling: Int32

    init(base: any AsyncSocketPool, idle: Duration, requestTimeout: Duration, clock: RequestClock) {
        self.base = base
        self.idle = idle
        self.requestTimeout = requestTimeout
        self.clock = clock
        descriptorCeiling = FileDescriptorLimit.current - FileDescriptorLimit.reserve
    }

    func prepare() async throws { try await base.prepare() }

    func run() async throws { try await base.run() }

    func suspendSocket(_ socket: Socket, untilReadyFor events: Socket.Events) async throws {
        let isListening = (try? socket.getValue(for: BoolSocketOption(name: SO_ACCEPTCONN))) ?? false
        if isListening {
            return try await base.suspendSocket(socket, untilReadyFor: events)
        }
        // FlyingFox treats `disconnected` as the client going away: it closes the connection
        // quietly.
        guard socket.file.rawValue < descriptorCeiling else { throw SocketError.disconnected }
        var wait = idle
        if let peer = try? socket.remotePeer() {
            let key = RequestClock.key(peer)
            if events.contains(.write) {
                clock.answering(key)
            } else {
                let remaining = requestTimeout - clock.sinceRequestBegan(key)
                guard remaining > .zero else { throw SocketError.disconnected }
                wait = min(idle, remaining)
            }
        }
        let ready = try await withThrowingTaskGroup(of: Bool.self) { group in
            group.addTask { [base] in
                try await base.suspendSocket(socket, untilReadyFor: events)
                return true
            }
            group.addTask { [wait] in
                try await Task.sleep(for: wait)
                return false
            }
            defer { group.cancelAll() }
            return try await group.next() ?? false
        }
        if !ready { throw SocketError.disconnected }
    }
}

/// The process's limit on open files, raised to what the system allows when the preview
/// starts: a browser opens several connections per page, and a shell's default (1,024) is
/// low for a server.
enum FileDescriptorLimit {
    /// Descriptors kept free for the listening socket, files being served and the rebuilds.
    static let reserve: Int32 = 64

    static var current: Int32 {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return 1024 }
        return Int32(clamping: limit.rlim_cur)
    }

    static func raiseToMaximum() {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0, limit.rlim_cur < limit.rlim_max else { return }
        limit.rlim_cur = min(limit.rlim_max, 65_536)
        setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
    }
}
