import CongKhai
import Foundation

/// The line that shows, on a terminal only, which phase a long build is in, how far it has
/// come and how fast it goes. It is redrawn in place and erased before anything else prints,
/// so logs of CI runs (no terminal) hold only the summary and the diagnostics.
final class ProgressLine: @unchecked Sendable {
    private let progress: BuildProgress
    private let lock = NSLock()
    private var running = true
    private var drewSomething = false
    private let finished = DispatchSemaphore(value: 0)

    /// Nil when standard error is not a terminal or the user asked for quiet.
    static func start(for progress: BuildProgress, quiet: Bool) -> ProgressLine? {
        guard !quiet, isatty(STDERR_FILENO) == 1 else { return nil }
        let line = ProgressLine(progress: progress)
        Thread.detachNewThread { line.loop() }
        return line
    }

    private init(progress: BuildProgress) {
        self.progress = progress
    }

    private func loop() {
        // Short builds finish before the first redraw and never show a line at all.
        while true {
            Thread.sleep(forTimeInterval: 0.15)
            lock.lock()
            defer { lock.unlock() }
            guard running else { break }
            draw(progress.snapshot)
        }
        finished.signal()
    }

    private func draw(_ snapshot: BuildProgress.Snapshot) {
        var text = "\(Self.phaseLabel(snapshot.phase))…"
        if snapshot.total > 0 {
            let rate = snapshot.seconds > 0 ? Double(snapshot.done) / snapshot.seconds : 0
            text = "\(Self.phaseLabel(snapshot.phase)): \(snapshot.done)/\(snapshot.total) tệp, \(Int(rate)) tệp/s"
        }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
        drewSomething = true
    }

    /// Stops redrawing and erases the line.
    func stop() {
        lock.lock()
        running = false
        if drewSomething { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        lock.unlock()
        finished.wait()
    }

    static func phaseLabel(_ phase: String) -> String {
        switch phase {
        case "load": "Đang đọc nội dung"
        case "plan": "Đang lập danh sách trang"
        case "render": "Đang tạo trang"
        default: phase
        }
    }
}
