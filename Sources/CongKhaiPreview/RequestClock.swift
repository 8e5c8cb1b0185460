import FlyingFox
import FlyingSocks
import Foundation

/// When each connection began its current request, by the client's address and port: the
/// handler marks every request it receives, the socket pool every answer it writes, and the
/// pool cuts a connection whose next request has not fully arrived within the deadline.
final class RequestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var began: [String: ContinuousClock.Instant] = [:]
    /// Entries this old belong to connections long gone (a live one past its deadline is cut
    /// at its next wait): forgotten, so the table does not grow with every client.
    private let forgetAfter: Duration

    init(requestTimeout: Duration) {
        forgetAfter = requestTimeout * 10
    }

    /// Time since the connection's current request began (its first wait starts the clock).
    func sinceRequestBegan(_ key: String) -> Duration {
        let now = ContinuousClock.now
        return lock.withLock {
            if let start = began[key] { return now - start }
            if began.count > 1024 { began = began.filter { now - $0.value < forgetAfter } }
            began[key] = now
            return .zero
        }
    }

    /// A request arrived, or an answer is being written: the next request's time starts now.
    func answering(_ key: String) {
        let now = ContinuousClock.now
        lock.withLock { began[key] = now }
    }

    static func key(_ address: Socket.Address) -> String {
        switch address {
        case .ip4(let ip, let port): "\(ip):\(port)"
        case .ip6(let ip, let port): "[\(ip)]:\(port)"
        case .unix(let path): path
        }
    }

    static func key(_ address: HTTPRequest.Address?) -> String? {
        switch address {
        case .ip4(let ip, let port)?: "\(ip):\(port)"
        case .ip6(let ip, let port)?: "[\(ip)]:\(port)"
        case .unix(let path)?: path
        case nil: nil
        }
    }
}
