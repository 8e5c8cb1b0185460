import CongKhai
import FlyingFox
import Foundation

/// The HTTP side of `congkhai serve`: FlyingFox on 127.0.0.1 only, so the preview (with its
/// drafts and its error messages) is never reachable from the network.
public final class PreviewServer: Sendable {
    /// How long a connection may stay silent before it is closed: long enough for a browser
    /// between two clicks, short enough that idle clients cannot pile up.
    public static let defaultIdleTimeout: Duration = .seconds(15)

    private let server: HTTPServer
    private let stopping = StopFlag()

    public init(output: URL, rootPath: String, port: UInt16, state: PreviewState,
                idleTimeout: Duration = PreviewServer.defaultIdleTimeout) throws {
        let handler = PreviewHandler(files: PreviewFiles(output: output, rootPath: rootPath), state: state)
        server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: port),
                            pool: IdleTimeoutPool(base: HTTPServer.defaultPool(), idle: idleTimeout),
                            logger: .disabled, handler: handler)
    }

    /// Runs until `stop()`, then returns normally; throws when the port cannot be bound or
    /// the server fails on its own.
    public func run() async throws {
        do {
            try await server.run()
        } catch {
            // FlyingFox ends `run()` with `SocketError.disconnected` when its listening socket
            // is closed, which is exactly what `stop()` does: that is no failure.
            if stopping.isSet { return }
            throw error
        }
    }

    /// The port actually bound (useful with port 0), once listening.
    public func waitUntilListening() async throws -> UInt16 {
        try await server.waitUntilListening()
        guard case .ip4(_, let port) = await server.listeningAddress else { return 0 }
        return port
    }

    /// Stops serving; `run()` then returns. A stop asked for while the server is still
    /// binding its port waits for it, or FlyingFox would ignore it and serve on.
    public func stop() async {
        stopping.set()
        try? await server.waitUntilListening()
        await server.stop(timeout: 1)
    }
}

/// Set once by `stop()`, read when `run()` ends. (A lock, not `Atomic`: that needs macOS 15.)
private final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    var isSet: Bool { lock.withLock { value } }

    func set() { lock.withLock { value = true } }
}
