import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A real `congkhai` process for the tests that kill, confine or race it: optionally with the
/// slow-rename shim (`Fixtures/crash/slow-rename.c`) preloaded, and optionally without the
/// root privilege of reading and writing anything (tests run as root in CI containers, where
/// a read-only folder would otherwise stop nothing).
package enum CongKhaiProcess {
    /// Starts `congkhai` with `arguments`; output is discarded unless pipes are given.
    package static func start(_ arguments: [String], environment: [String: String] = [:], unprivileged: Bool = false,
                      stdout: Any? = nil, stderr: Any? = nil) throws -> Process {
        let executable = try #require(CongKhaiExecutable.url, "congkhai executable not built")
        let process = Process()
        if unprivileged && getuid() == 0 {
            process.executableURL = URL(fileURLWithPath: try #require(setpriv, "setpriv (util-linux) is needed to drop root's file privileges"))
            process.arguments = ["--bounding-set=-dac_override,-dac_read_search", "--", executable.path] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = stdout ?? FileHandle.nullDevice
        process.standardError = stderr ?? FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Runs to the end and returns the status and both outputs.
    package static func run(_ arguments: [String], environment: [String: String] = [:], unprivileged: Bool = false)
        throws -> CongKhaiExecutable.Result {
        let out = Pipe(), err = Pipe()
        let process = try start(arguments, environment: environment, unprivileged: unprivileged, stdout: out, stderr: err)
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CongKhaiExecutable.Result(status: process.terminationStatus, stdout: String(decoding: output, as: UTF8.self),
                                         stderr: String(decoding: errors, as: UTF8.self))
    }

    package static var setpriv: String? {
        ["/usr/bin/setpriv", "/bin/setpriv"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Waits until `log` holds `mark` (the shim's notes) or the process ended; true when seen.
    @discardableResult
    package static func wait(for mark: Character, in log: URL, while process: Process, seconds: Double = 60) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let text = try? String(contentsOf: log, encoding: .utf8), text.contains(mark) { return true }
            guard process.isRunning else { return false }
            usleep(2000)
        }
        return false
    }

    /// Compiles the slow-rename shim with the system's C compiler; nil where there is none.
    package static func shim(in folder: URL) -> URL? {
        let library = folder.appendingPathComponent("slow-rename.so")
        let source = Repository.root.appendingPathComponent("Tests/CongKhaiTests/Fixtures/crash/slow-rename.c")
        let compiler = Process()
        compiler.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        compiler.arguments = ["cc", "-shared", "-fPIC", "-O1", "-o", library.path, source.path, "-ldl"]
        compiler.standardError = FileHandle.nullDevice
        guard (try? compiler.run()) != nil else { return nil }
        compiler.waitUntilExit()
        return compiler.terminationStatus == 0 ? library : nil
    }

    package static func kill(_ process: Process) {
        Glibc.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
