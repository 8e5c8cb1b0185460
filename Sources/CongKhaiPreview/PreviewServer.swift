import CongKhai
import FlyingFox
import FlyingSocks
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The HTTP side of `congkhai serve`: FlyingFox on 127.0.0.1 only, so the preview (with its
/// drafts and its error messages) is never reachable from the network.
public final class PreviewServer: Sendable {
    /// How long a connection may stay silent before it is closed: long enough for a browser
    /// between two clicks, short enough that idle clients cannot pile up.
    public static let defaultIdleTimeout: Duration = .seconds(15)
    /// How long a request may take to arrive whole, counted from the previous one (so it
    /// includes the idle time before it): a browser sends a request at once.
    public static let defaultRequestTimeout: Duration = .seconds(30)

    private let handler: PreviewHandler
    private let idleTimeout: Duration
    private let requestTimeout: Duration
    private let clock: RequestClock
    private let current: ServerSlot
    private let stopping = StopFlag()
    /// Called when the server had to drop every connection to go on (too many open files).
    private let onRestart: @Sendable (String) -> Void

    public init(output: URL, rootPath: String, port: UInt16, state: PreviewState,
                idleTimeout: Duration = PreviewServer.defaultIdleTimeout,
                requestTimeout: Duration = PreviewServer.defaultRequestTimeout,
                onRestart: @escaping @Sendable (String) -> Void = { _ in }) throws {
        FileDescriptorLimit.raiseToMaximum()
        clock = RequestClock(requestTimeout: requestTimeout)
        handler = PreviewHandler(files: PreviewFiles(output: output, rootPath: rootPath), state: state, clock: clock)
        self.idleTimeout = idleTimeout
        self.requestTimeout = requestTimeout
        self.onRestart = onRestart
        current = ServerSlot()
        current.server = try makeServer(port: port)
    }

    private func makeServer(port: UInt16) throws -> HTTPServer {
        HTTPServer(address: try .inet(ip4: "127.0.0.1", port: port),
                   pool: GuardedSocketPool(base: HTTPServer.defaultPool(), idle: idleTimeout, requestTimeout: requestTimeout, clock: clock),
                   logger: .disabled, handler: handler)
    }

    /// Runs until `stop()`, then returns normally; throws when the port cannot be bound or
    /// the server fails on its own.
    ///
    /// FlyingFox ends its server when accepting a connection fails, and it fails when the
    /// process has no file descriptor left (a flood of idle connections). That is no reason to
    /// stop the preview: the server is made again on the same port, which drops every
    /// connection and frees their descriptors, and the browser simply reconnects.
    public func run() async throws {
        var port: UInt16?
        while true {
            let server = current.server!
            do {
                try await server.run()
                return
            } catch {
                // FlyingFox ends `run()` with `SocketError.disconnected` when its listening socket
                // is closed, which is exactly what `stop()` does: that is no failure.
                if stopping.isSet { return }
                guard Self.isOutOfDescriptors(error), let bound = port ?? current.boundPort else { throw error }
                port = bound
                onRestart("Quá nhiều kết nối cùng lúc (hết số tệp được mở, giới hạn \(FileDescriptorLimit.current)): đã đóng mọi kết nối và mở lại cổng \(bound).")
                try await Task.sleep(for: .milliseconds(50))
                guard !stopping.isSet else { return }
                current.server = try makeServer(port: bound)
            }
        }
    }

    static func isOutOfDescriptors(_ error: any Error) -> Bool {
        guard case SocketError.failed(_, let number, _) = error else { return false }
        return number == EMFILE || number == ENFILE
    }

    /// The port actually bound (useful with port 0), once listening.
    public func waitUntilListening() async throws -> UInt16 {
        let server = current.server!
        try await server.waitUntilListening()
        guard case .ip4(_, let port) = await server.listeningAddress else { return 0 }
        current.boundPort = port
        return port
    }

    /// Stops serving; `run()` then returns. A stop asked for while the server is still
    /// binding its port waits for it, or FlyingFox would ignore it and serve on.
    public func stop() async {
        stopping.set()
        let server = current.server!
        try? await server.waitUntilListening()
        await server.stop(timeout: 1)
    }
}

/// The server now running, replaced when it had to be made again.
private final class ServerSlot: @unchecked Sendable {
    private let lock = NSLock()
    private var value: HTTPServer?
    private var port: UInt16?

    var server: HTTPServer? {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue } }
    }

    var boundPort: UInt16? {
        get { lock.withLock { port } }
        set { lock.withLock { port = newValue } }
    }
}

/// Set once by `stop()`, read when `run()` ends. (A lock, not `Atomic`: that needs macOS 15.)
private final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    var isSet: Bool { lock.withLock { value } }

    func set() { lock.withLock { value = true } }
}
