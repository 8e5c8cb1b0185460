import CongKhai
import FlyingFox
import Foundation

/// The HTTP side of `congkhai serve`: FlyingFox on 127.0.0.1 only, so the preview (with its
/// drafts and its error messages) is never reachable from the network.
public final class PreviewServer: Sendable {
    private let server: HTTPServer

    public init(output: URL, rootPath: String, port: UInt16, state: PreviewState) throws {
        let handler = PreviewHandler(files: PreviewFiles(output: output, rootPath: rootPath), state: state)
        server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: port), logger: .disabled, handler: handler)
    }

    /// Runs until `stop()`; throws when the port cannot be bound.
    public func run() async throws {
        try await server.run()
    }

    /// The port actually bound (useful with port 0), once listening.
    public func waitUntilListening() async throws -> UInt16 {
        try await server.waitUntilListening()
        guard case .ip4(_, let port) = await server.listeningAddress else { return 0 }
        return port
    }

    public func stop() async {
        await server.stop(timeout: 1)
    }
}
