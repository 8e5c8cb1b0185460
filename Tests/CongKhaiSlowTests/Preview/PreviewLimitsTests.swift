import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import CongKhai
@testable import CongKhaiCore
@testable import CongKhaiEncoding
@testable import CongKhaiFamilies
@testable import CongKhaiInput
@testable import CongKhaiMarkdown
@testable import CongKhaiSite
@testable import CongKhaiPreview
import CongKhaiTestSupport

/// The preview server against clients that are not browsers (issue 26, B11, B21, B22, B25):
/// a web page elsewhere reaching it through DNS rebinding, more connections than file
/// descriptors, large downloads, a request trickled a byte at a time.
///
/// Nested in `PreviewServerTests`, so no two servers of these tests run at once, and every
/// blocking socket call runs on a thread of its own (`OffPool`): blocked on Swift's cooperative
/// threads (two on this machine) they would starve the in-process server they talk to.
extension PreviewServerTests {
@Suite struct Limits {
    /// B22: a page on another site whose name resolves to 127.0.0.1 (DNS rebinding) is served
    /// by the browser with its own Host; the preview, with its drafts and internal notes, must
    /// answer only to the names of this machine.
    @Test func answersOnlyToTheNamesOfThisMachine() async throws {
        let site = try TemporarySite(SampleSite.files)
        _ = try SiteBuilder.build(site.options(), diagnostics: Diagnostics())
        let server = try PreviewServer(output: site.output, rootPath: "/", port: 0, state: PreviewState())
        let running = Task { try await server.run() }
        defer { running.cancel() }
        let port = try await server.waitUntilListening()
        for host in ["evil.example", "evil.example:\(port)", "127.0.0.1.evil.example:\(port)", "attacker.localhost.evil:\(port)"] {
            let raw = try await OffPool.run { try RawHTTP.get(port: port, path: "/", host: host) }
            #expect(raw.hasPrefix("HTTP/1.1 421"), "Host: \(host) → \(raw.prefix(80))")
            #expect(!raw.contains("<html"), "Host: \(host) got the page")
        }
        for host in ["127.0.0.1", "127.0.0.1:\(port)", "localhost:\(port)", "LOCALHOST", "[::1]:\(port)"] {
            let raw = try await OffPool.run { try RawHTTP.get(port: port, path: "/", host: host) }
            #expect(raw.hasPrefix("HTTP/1.1 200"), "Host: \(host) → \(raw.prefix(80))")
        }
        await server.stop()
    }

    /// B25: a client trickling its request a byte at a time, each byte within the idle limit,
    /// used to hold its connection forever. The whole request must arrive within a deadline.
    @Test func aRequestTrickledAByteAtATimeIsCutOff() async throws {
        let site = try TemporarySite(SampleSite.files)
        _ = try SiteBuilder.build(site.options(), diagnostics: Diagnostics())
        let server = try PreviewServer(output: site.output, rootPath: "/", port: 0, state: PreviewState(),
                                       idleTimeout: .milliseconds(400), requestTimeout: .seconds(1))
        let running = Task { try await server.run() }
        defer { running.cancel() }
        let port = try await server.waitUntilListening()
        let closed = try await OffPool.run { () throws -> Bool in
            let connection = try RawHTTP.dial(port: port)
            defer { close(connection) }
            // 200 bytes, one every 100 ms (20 s) against a one-second deadline.
            for byte in Array("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".utf8) + Array(repeating: UInt8(ascii: "a"), count: 160) {
                var one = byte
                if send(connection, &one, 1, Int32(MSG_NOSIGNAL)) <= 0 { return true }
                var poll = pollfd(fd: connection, events: Int16(POLLIN), revents: 0)
                if Glibc.poll(&poll, 1, 100) > 0 {
                    var buffer = [UInt8](repeating: 0, count: 64)
                    if recv(connection, &buffer, buffer.count, 0) <= 0 { return true }
                }
            }
            return false
        }
        #expect(closed, "the trickling client kept its connection")
        let (home, response) = try await HTTP.get(port, "/")
        #expect(response.statusCode == 200 && home.contains("<html"))
        await server.stop()
    }

    /// B21: every request read its whole file into memory, so ten downloads of a 100 MB file
    /// took a gigabyte. Files are streamed; the server's peak memory stays far below the sum.
    @Test func largeFilesAreStreamedNotReadWhole() async throws {
        let site = try TemporarySite(SampleSite.files)
        let serve = try ServeProcess(site)
        defer { serve.terminateIfRunning() }
        // Put into the output beside the built site (as the webmaster's own file), so the build
        // never reads it and the server's memory is the server's alone.
        let big = site.output.appendingPathComponent("ban-do.bin")
        let size = 64 * 1024 * 1024
        FileManager.default.createFile(atPath: big.path, contents: nil)
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: UInt64(size))
        try handle.close()
        // Six downloads at once, none read until all are asked: a server holding each file
        // whole holds 384 MB.
        let port = serve.port
        let received = try await OffPool.run { () throws -> Int in
            let connections = try (0..<6).map { _ in try RawHTTP.dial(port: port) }
            defer { connections.forEach { close($0) } }
            for connection in connections {
                let request = "GET /ban-do.bin HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                _ = request.withCString { send(connection, $0, strlen($0), 0) }
            }
            usleep(500_000)
            var received = 0
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            for connection in connections {
                while true {
                    let count = recv(connection, &buffer, buffer.count, 0)
                    if count <= 0 { break }
                    received += count
                }
            }
            return received
        }
        #expect(received >= 6 * size)
        let peak = try #require(Self.peakResidentMegabytes(of: serve.process.processIdentifier))
        #expect(peak < 150, "the preview peaked at \(peak) MB serving six 64 MB downloads")
    }

    /// B11: more connections than the process may open files used to end the preview with an
    /// English message. It sheds connections and goes on serving.
    @Test func moreConnectionsThanFileDescriptorsDoNotStopThePreview() async throws {
        let site = try TemporarySite(SampleSite.files)
        let serve = try ServeProcess(site, fileLimit: 256)
        defer { serve.terminateIfRunning() }
        let port = serve.port
        let idle = await OffPool.run { () -> [Int32] in
            var idle: [Int32] = []
            for _ in 0..<400 {
                guard let connection = try? RawHTTP.dial(port: port) else { break }
                idle.append(connection)
            }
            return idle
        }
        #expect(idle.count > 256)
        try await Task.sleep(for: .milliseconds(300))
        #expect(serve.process.isRunning, "the preview stopped")
        var answered = false
        for _ in 0..<50 where !answered {
            if let raw = try? await OffPool.run({ try RawHTTP.get(port: port, path: "/") }), raw.hasPrefix("HTTP/1.1 200") { answered = true }
            if !answered { try await Task.sleep(for: .milliseconds(100)) }
        }
        #expect(answered, "the preview no longer answers")
        #expect(serve.process.isRunning)
        idle.forEach { close($0) }
        serve.process.interrupt()
        try serve.expectCleanStop()
        let errors = serve.errors
        #expect(!errors.contains("disconnected") && !errors.contains("Too many open files") && !errors.contains("Error"), "\(errors)")
    }

    static func peakResidentMegabytes(of process: Int32) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(process)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "") else { return nil }
        return kilobytes / 1024
    }
}
}

/// Runs blocking work (socket calls that wait) on a thread of its own, off Swift's cooperative
/// pool, and awaits its result.
enum OffPool {
    static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try work() }) }.start()
        }
    }

    static func run<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: work()) }.start()
        }
    }
}
