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

@Suite struct PreviewFilesTests {
    @Test(arguments: ["/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/thu-tuc/%2E%2E/%2E%2E/x", "/.congkhai-cache",
                      "/a/.hidden", "/%252e%252e/x"])
    func refusesEscapesAndHiddenFiles(_ path: String) throws {
        let site = try TemporarySite([:])
        try FileManager.default.createDirectory(at: site.output, withIntermediateDirectories: true)
        let files = PreviewFiles(output: site.output, rootPath: "/")
        let resolution = files.resolve(path)
        #expect(resolution == .forbidden || resolution == .notFound)
    }

    /// "//thu-tuc" must not be redirected to "//thu-tuc/": a browser takes that for the host
    /// "thu-tuc". Every redirect goes to a single-slash path of this server.
    @Test(arguments: [("//thu-tuc", "/thu-tuc/"), ("///thu-tuc", "/thu-tuc/"), ("//evil.example/x", "/evil.example/x/"),
                      ("/%2Fevil.example/x", "/evil.example/x/"), ("//evil.example//x?y=1", "/evil.example/x/"),
                      ("//thu-tuc/", nil), ("/\\evil.example/x", nil), ("/%5Cevil.example/x", nil), ("/\\/thu-tuc", nil),
                      ("/%09/thu-tuc", nil), ("/thu-tuc%0d%0aSet-Cookie:%20a=b", nil)] as [(String, String?)])
    func redirectsOnlyToPathsOnThisServer(_ path: String, _ expected: String?) throws {
        let site = try TemporarySite([:])
        for folder in ["thu-tuc", "evil.example/x"] {
            let page = site.output.appendingPathComponent(folder).appendingPathComponent("index.html")
            try FileManager.default.createDirectory(at: page.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: page)
        }
        for rootPath in ["/", "/xa/"] {
            let files = PreviewFiles(output: site.output, rootPath: rootPath)
            let request = rootPath == "/" ? path : "/xa" + path
            let resolution = files.resolve(request)
            if case .redirect(let location) = resolution {
                #expect(location.hasPrefix("/") && !location.hasPrefix("//") && !location.contains("\\"), "\(request) → \(location)")
            }
            if let expected, rootPath == "/" { #expect(resolution == .redirect(expected)) }
            if expected == nil { #expect(!"\(resolution)".hasPrefix("redirect"), "\(request) → \(resolution)") }
        }
    }

    @Test func refusesASymbolicLinkLeavingTheOutput() throws {
        let site = try TemporarySite([:])
        try FileManager.default.createDirectory(at: site.output, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: site.output.appendingPathComponent("hosts").path, withDestinationPath: "/etc/hosts")
        #expect(PreviewFiles(output: site.output, rootPath: "/").resolve("/hosts") == .forbidden)
    }

    @Test func servesIndexFilesRedirectsFoldersAndHonoursTheSubPath() throws {
        let site = try TemporarySite([:])
        let page = site.output.appendingPathComponent("thu-tuc/index.html")
        try FileManager.default.createDirectory(at: page.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: page)
        let resolvedPage = page.resolvingSymlinksInPath().path
        let atRoot = PreviewFiles(output: site.output, rootPath: "/")
        #expect(atRoot.resolve("/thu-tuc/") == .file(resolvedPage))
        #expect(atRoot.resolve("/thu-tuc/?q=1") == .file(resolvedPage))
        #expect(atRoot.resolve("/thu-tuc") == .redirect("/thu-tuc/"))
        #expect(atRoot.resolve("/khong-co/") == .notFound)
        let underSubPath = PreviewFiles(output: site.output, rootPath: "/xa-an-phu/")
        #expect(underSubPath.resolve("/") == .redirect("/xa-an-phu/"))
        #expect(underSubPath.resolve("/xa-an-phu/thu-tuc/") == .file(resolvedPage))
        #expect(underSubPath.resolve("/thu-tuc/") == .notFound)
    }
}

/// Talks to a real server on 127.0.0.1 with a real HTTP client (URLSession), and with a raw
/// socket where a client would clean up the path before sending it.
@Suite(.serialized) struct PreviewServerTests {
    @Test func servesTheBuiltSiteWithTypesLiveReloadAndBanner() async throws {
        let site = try TemporarySite(SampleSite.files)
        _ = try SiteBuilder.build(site.options(), diagnostics: Diagnostics())
        let state = PreviewState()
        let server = try PreviewServer(output: site.output, rootPath: "/", port: 0, state: state)
        let running = Task { try await server.run() }
        defer { running.cancel() }
        let port = try await server.waitUntilListening()

        let (home, homeResponse) = try await HTTP.get(port, "/")
        #expect(homeResponse.statusCode == 200)
        #expect(homeResponse.value(forHTTPHeaderField: "Content-Type") == "text/html; charset=utf-8")
        #expect(home.contains(LiveReload.statusPath))
        let onDisk = try String(contentsOf: site.output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(!onDisk.contains(LiveReload.statusPath), "the reload script is never written to the site")

        let (_, css) = try await HTTP.get(port, "/robots.txt")
        #expect(css.value(forHTTPHeaderField: "Content-Type") == "text/plain; charset=utf-8")
        // A folder without its slash is redirected (checked raw: Linux's URLSession drops the
        // slash of the Location when it follows it).
        let redirect = try RawHTTP.get(port: port, path: "/thu-tuc-hanh-chinh")
        #expect(redirect.hasPrefix("HTTP/1.1 301") && redirect.contains("Location: /thu-tuc-hanh-chinh/"))
        for path in ["//thu-tuc-hanh-chinh", "///thu-tuc-hanh-chinh"] {
            let raw = try RawHTTP.get(port: port, path: path)
            #expect(raw.hasPrefix("HTTP/1.1 301") && raw.contains("Location: /thu-tuc-hanh-chinh/\r\n"), "\(path): \(raw.prefix(200))")
        }
        for path in ["/\\thu-tuc-hanh-chinh", "/%5Cthu-tuc-hanh-chinh"] {
            let raw = try RawHTTP.get(port: port, path: path)
            #expect(!raw.contains("Location:"), "\(path) was redirected: \(raw.prefix(200))")
        }
        let (folder, folderResponse) = try await HTTP.get(port, "/thu-tuc-hanh-chinh/")
        #expect(folderResponse.statusCode == 200 && folder.contains("Đăng ký khai sinh"))
        let (_, missing) = try await HTTP.get(port, "/khong-co/")
        #expect(missing.statusCode == 404)

        for path in ["/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/.congkhai-cache"] {
            let raw = try RawHTTP.get(port: port, path: path)
            #expect(!raw.hasPrefix("HTTP/1.1 200"), "\(path) was served")
            #expect(!raw.contains("root:"), "\(path) leaked a file")
        }

        state.rebuildFailed(["data/thu-tuc.csv:3:2: lỗi CK041: <thiếu tên>"])
        let (broken, _) = try await HTTP.get(port, "/")
        #expect(broken.contains("role=\"alert\""))
        #expect(broken.contains("lỗi CK041: &lt;thiếu tên&gt;"))
        let (status, _) = try await HTTP.get(port, LiveReload.statusPath)
        #expect(status == "{\"generation\":1,\"ok\":false}")
        await server.stop()
    }

    /// A client that connects and sends nothing, or half a request, is disconnected once
    /// the idle limit passes; the listening socket itself never times out.
    @Test func closesIdleConnections() async throws {
        let site = try TemporarySite(SampleSite.files)
        _ = try SiteBuilder.build(site.options(), diagnostics: Diagnostics())
        let server = try PreviewServer(output: site.output, rootPath: "/", port: 0, state: PreviewState(),
                                       idleTimeout: .milliseconds(300))
        let running = Task { try await server.run() }
        defer { running.cancel() }
        let port = try await server.waitUntilListening()

        for sent in ["", "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n"] {
            let connection = try RawHTTP.dial(port: port)
            defer { close(connection) }
            _ = sent.withCString { send(connection, $0, strlen($0), 0) }
            let started = ContinuousClock.now
            // The client waits up to 20 s; the server must hang up long before.
            var wait = timeval(tv_sec: 20, tv_usec: 0)
            setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
            var buffer = [UInt8](repeating: 0, count: 512)
            let count = recv(connection, &buffer, buffer.count, 0)
            let closed = count == 0 || (count < 0 && errno == ECONNRESET)
            #expect(closed, "after sending \(sent.debugDescription) the connection is closed (recv gave \(count), errno \(errno))")
            #expect(ContinuousClock.now - started < .seconds(15))
        }
        try await Task.sleep(for: .milliseconds(600))
        let (home, response) = try await HTTP.get(port, "/")
        #expect(response.statusCode == 200 && home.contains("<html"), "still accepting after an idle spell")
        await server.stop()
        try await running.value
    }

    /// The whole command: a failing rebuild keeps the last good site, shows the error, and
    /// recovers; Ctrl-C stops it cleanly.
    @Test func serveRebuildsKeepsTheLastGoodSiteOnErrorsAndStopsOnCtrlC() async throws {
        let site = try TemporarySite(SampleSite.files)
        let serve = try ServeProcess(site)
        defer { serve.terminateIfRunning() }
        let port = serve.port

        let (good, _) = try await HTTP.get(port, "/thu-tuc-hanh-chinh/")
        #expect(good.contains("Đăng ký kết hôn"))

        try site.write("data/thu-tuc.csv", SampleSite.catalog + "\nkhông phải mã,Thủ tục hỏng,Hộ tịch")
        try await HTTP.waitForStatus(port) { $0.contains("\"ok\":false") }
        let (kept, _) = try await HTTP.get(port, "/thu-tuc-hanh-chinh/")
        #expect(kept.contains("Đăng ký kết hôn"), "the last good site is still served")
        #expect(kept.contains("role=\"alert\"") && kept.contains("data/thu-tuc.csv"))

        try site.write("data/thu-tuc.csv", SampleSite.catalog.replacingOccurrences(of: "Đăng ký kết hôn", with: "Đăng ký kết hôn lưu động"))
        try await HTTP.waitForStatus(port) { $0.contains("\"ok\":true") }
        let (fixed, _) = try await HTTP.get(port, "/thu-tuc-hanh-chinh/")
        #expect(fixed.contains("Đăng ký kết hôn lưu động") && !fixed.contains("role=\"alert\""))

        serve.process.interrupt()  // SIGINT, as Ctrl-C
        try serve.expectCleanStop()
    }

    /// A page saved while the first build runs is rebuilt without another save: the watch
    /// starts before that build (it used to start after, and such an edit waited for the next).
    @Test func anEditSavedDuringTheFirstBuildIsRebuilt() async throws {
        var files = SampleSite.files
        files["data/thu-tuc/1.001193.md"] = nil
        // Enough procedures that the first build is still writing when the edit lands.
        files["data/thu-tuc.csv"] = "Mã TTHC,Tên thủ tục,Lĩnh vực,Thời hạn giải quyết,Phí\n"
            + (1...300).map { "1.\(String(format: "%06d", 100_000 + $0)),Thủ tục số \($0),Hộ tịch,3 ngày làm việc,Miễn phí" }
                .joined(separator: "\n")
        let site = try TemporarySite(files)
        let serve = try ServeProcess(site) {
            // The build has read its input once it writes into the spare copy beside the output.
            let state = site.root.appendingPathComponent(".public.congkhai")
            let deadline = Date(timeIntervalSinceNow: 60)
            while !FileManager.default.fileExists(atPath: state.path) && Date() < deadline { Thread.sleep(forTimeInterval: 0.005) }
            try site.write("pages/gioi-thieu.md", "---\ntitle: Giới thiệu\nmenu: 1\n---\nSửa trong lúc tạo trang lần đầu.")
        }
        defer { serve.terminateIfRunning() }
        let deadline = Date(timeIntervalSinceNow: 60)
        var page = ""
        while Date() < deadline {
            page = (try? await HTTP.get(serve.port, "/gioi-thieu/").0) ?? ""
            if page.contains("Sửa trong lúc tạo trang lần đầu.") { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        #expect(page.contains("Sửa trong lúc tạo trang lần đầu."))
        serve.process.terminate()
        try serve.expectCleanStop()
    }

    /// `kill`, systemd and container runtimes send SIGTERM: the same clean stop as Ctrl-C,
    /// not "Máy chủ xem trước dừng vì lỗi: disconnected".
    @Test func serveStopsCleanlyOnSIGTERM() async throws {
        let site = try TemporarySite(SampleSite.files)
        let serve = try ServeProcess(site)
        defer { serve.terminateIfRunning() }
        let (home, _) = try await HTTP.get(serve.port, "/")
        #expect(home.contains("<html"))
        serve.process.terminate()  // SIGTERM
        try serve.expectCleanStop()
    }
}

/// `congkhai serve --port 0` as a child process, started and listening.
final class ServeProcess {
    let process = Process()
    let out = Pipe()
    let err = Pipe()
    private(set) var port: UInt16 = 0
    /// What the server printed on standard error, once it stopped.
    private(set) var errors = ""

    /// `whileStarting` runs right after the process starts, before it serves; `fileLimit` runs
    /// it under `ulimit -n`, as a shell would.
    init(_ site: TemporarySite, fileLimit: Int? = nil, whileStarting: () throws -> Void = {}) throws {
        let executable = try #require(CongKhaiExecutable.url, "congkhai executable not built")
        let arguments = ["serve", "--source", site.content.path, "--output", site.output.path, "--port", "0", "--as-of", "2026-11-21"]
        if let fileLimit {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "ulimit -n \(fileLimit) && exec \"$0\" \"$@\"", executable.path] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        process.standardOutput = out
        process.standardError = err
        try process.run()
        try whileStarting()
        var printed = ""
        while !printed.contains("— Ctrl-C") {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            printed += String(decoding: chunk, as: UTF8.self)
        }
        port = try #require(printed.firstMatch(of: /127\.0\.0\.1:(\d+)/).flatMap { UInt16($0.1) }, "\(printed)")
    }

    /// Exit status 0, the goodbye line, and no error on the way out.
    func expectCleanStop(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 0, sourceLocation: sourceLocation)
        let rest = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(rest.contains("Đã dừng xem trước."), "\(rest)", sourceLocation: sourceLocation)
        errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(!errors.contains("dừng vì lỗi"), "\(errors)", sourceLocation: sourceLocation)
    }

    func terminateIfRunning() {
        if process.isRunning { process.terminate() }
    }
}

enum HTTP {
    static func get(_ port: UInt16, _ path: String) async throws -> (String, HTTPURLResponse) {
        let url = try #require(URL(string: "http://127.0.0.1:\(port)\(path)"))
        let (data, response) = try await URLSession.shared.data(from: url)
        return (String(decoding: data, as: UTF8.self), try #require(response as? HTTPURLResponse))
    }

    /// Polls the preview's status until it satisfies the condition (rebuilds take a moment).
    static func waitForStatus(_ port: UInt16, until condition: (String) -> Bool) async throws {
        for _ in 0..<150 {
            if let (status, _) = try? await get(port, LiveReload.statusPath), condition(status) { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw TestFailure("the preview's status never changed")
    }
}

/// Sends the path exactly as given: URLSession would remove the dot segments first.
enum RawHTTP {
    static func get(port: UInt16, path: String, host: String = "127.0.0.1") throws -> String {
        let descriptor = try dial(port: port)
        defer { close(descriptor) }
        let request = "GET \(path) HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n"
        _ = request.withCString { send(descriptor, $0, strlen($0), 0) }
        var response = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count <= 0 { break }
            response.append(contentsOf: buffer[0..<count])
        }
        return String(decoding: response, as: UTF8.self)
    }

    /// A connected socket to 127.0.0.1; the caller closes it.
    static func dial(port: UInt16) throws -> Int32 {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw TestFailure("socket") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(descriptor)
            throw TestFailure("connect")
        }
        return descriptor
    }
}
