import ArgumentParser
import CongKhai
import CongKhaiCore
import CongKhaiFamilies
import CongKhaiPreview
import CongKhaiSite
import Foundation

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Xem trước trang trên máy: tạo trang, phục vụ tại 127.0.0.1 và tự tạo lại khi sửa nội dung.",
        discussion: """
        Builds the site, serves the output folder on 127.0.0.1 only, watches the content folder \
        and the themes, rebuilds on every change and reloads open pages. When a rebuild fails the \
        last good site stays up, with the errors in the terminal and in a banner on the page. \
        The reload script is added only by the server, never to the built files. Ctrl-C or \
        SIGTERM stops it.
        """
    )

    @OptionGroup var source: SourceOptions

    @Option(name: .long, help: ArgumentHelp("Thư mục xuất. Output folder.", valueName: "dir"))
    var output: String = "public"

    @Option(name: .shortAndLong, help: ArgumentHelp("Cổng trên 127.0.0.1 (0: cổng trống bất kỳ).", valueName: "port"))
    var port: UInt16 = 1313

    @OptionGroup var verbosity: VerbosityOptions

    func run() async throws {
        let options = try source.buildOptions(output: output)
        let state = PreviewState()
        let rootPath = SiteBuilder.rootPath(options)
        // Watching starts before the first build: a file saved while it runs (a large catalog
        // takes seconds) is a change the loop below rebuilds for, not one lost until the next save.
        let watcher = ContentWatcher(folders: watchedFolders(options), ignoring: options.output)
        let changes = watcher.changes()
        switch SiteRunner.build(options, verbosity: verbosity) {
        case .success(let report): state.rebuilt(notes: Self.notes(report, rootPath: rootPath))
        case .failure(let failure): state.rebuildFailed(failure.messages)
        }
        let server: PreviewServer
        do {
            server = try PreviewServer(output: options.output, rootPath: rootPath, port: port, state: state,
                                       onRestart: { Terminal.err("Lưu ý: \($0)") })
        } catch {
            Terminal.err("Không mở được cổng \(port): \(error)")
            throw ExitCode.failure
        }
        let stopper = StopOnSignal { await server.stop() }
        let serving = Task { try await server.run() }
        let bound: UInt16
        do {
            bound = try await server.waitUntilListening()
        } catch {
            Terminal.err("Không mở được cổng \(port) trên 127.0.0.1 (đang có chương trình khác dùng?). Chọn cổng khác bằng --port.")
            throw ExitCode.failure
        }
        Terminal.out("Xem trước tại http://127.0.0.1:\(bound)\(rootPath) — Ctrl-C để dừng.")

        let watching = Task.detached { await Self.watch(changes, options: options, verbosity: verbosity, state: state) }
        do {
            try await serving.value
        } catch is CancellationError {
            // Stopped by Ctrl-C.
        } catch {
            Terminal.err(TerminalSafeText.escape("Máy chủ xem trước dừng vì lỗi: \(SystemErrorText.translatingEnglish("\(error)"))"))
        }
        watching.cancel()
        withExtendedLifetime(stopper) {}
        Terminal.out("Đã dừng xem trước.")
    }

    /// The build's internal notes keyed by the URL path the preview is asked for.
    static func notes(_ report: BuildReport, rootPath: String) -> [String: [String]] {
        Dictionary(uniqueKeysWithValues: report.internalNotes.map { (rootPath + $0.key, $0.value) })
    }

    /// The content folder and, when present, the themes folder beside it.
    private func watchedFolders(_ options: BuildOptions) -> [URL] {
        let themes = options.source.deletingLastPathComponent().appendingPathComponent("Themes")
        return [options.source] + (FileManager.default.fileExists(atPath: themes.path) ? [themes] : [])
    }

    /// Rebuilds after every settled change: inotify on Linux tells of a save at once, a
    /// periodic snapshot catches whatever it misses (and is all there is elsewhere).
    private static func watch(_ changes: AsyncStream<[String]>, options: BuildOptions, verbosity: VerbosityOptions,
                              state: PreviewState) async {
        for await changed in changes {
            let name = changed[0].hasPrefix(options.source.path + "/") ? String(changed[0].dropFirst(options.source.path.count + 1)) : changed[0]
            Terminal.out("Đã sửa \(name)\(changed.count > 1 ? " và \(changed.count - 1) tệp khác" : ""): tạo lại…")
            switch SiteRunner.build(options, verbosity: verbosity) {
            case .success(let report): state.rebuilt(notes: notes(report, rootPath: SiteBuilder.rootPath(options)))
            case .failure(let failure): state.rebuildFailed(failure.messages)
            }
        }
    }
}

/// Ctrl-C (SIGINT) and SIGTERM (`kill`, service managers) stop the server instead of
/// killing the process, so the port is released and the terminal gets its last line.
final class StopOnSignal: @unchecked Sendable {
    private let sources: [any DispatchSourceSignal]

    init(_ stop: @escaping @Sendable () async -> Void) {
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { Task { await stop() } }
            source.resume()
            return source
        }
    }
}
