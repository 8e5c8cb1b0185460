import Foundation
import Testing
@testable import CongKhai
@testable import CongKhaiCore
@testable import CongKhaiEncoding
@testable import CongKhaiFamilies
@testable import CongKhaiInput
@testable import CongKhaiMarkdown
@testable import CongKhaiSite
import CongKhaiTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Whatever happens to builds (killed at any instant, slowed inside the switch, two at once
/// into one output), a web server serving the output sees a whole site, old or new, and the
/// next build ends byte-identical to a clean one (issue 13, findings 2 and 3).
///
/// Real `congkhai build` processes, killed with SIGKILL after a seeded random delay.
/// `CONGKHAI_CRASH_TRIALS` raises the number of operations for a longer run.
@Suite(.serialized) struct CrashConsistencyTests {
    /// Three versions of one commune's content: each changes most pages of the one before.
    final class Versions {
        let root: URL
        let versions: [TemporarySite]
        var output: URL { root.appendingPathComponent("public") }
        private(set) var clean: [[String: Data]] = []

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("congkhai-crash-\(UUID().uuidString)")
            let rows = (0..<40).map { index in
                "1.\(String(format: "%06d", 1193 + index)),Thủ tục số \(index),\(["Hộ tịch", "Chứng thực", "Đất đai"][index % 3]),\(index % 5 + 1) ngày làm việc,Miễn phí"
            }
            let header = "Mã TTHC,Tên thủ tục,Lĩnh vực,Thời hạn giải quyết,Phí\n"
            let base = SampleSite.files.merging(["data/thu-tuc.csv": header + rows.joined(separator: "\n")]) { $1 }
            var b = base
            b["site.yaml"] = TemporarySite.minimalConfig.replacingOccurrences(of: "Xã Thử Nghiệm", with: "Xã Thử Nghiệm Mới")
            b["pages/lien-he.md"] = "---\ntitle: Liên hệ\n---\nGọi 0255 3000 000."
            var c = base
            c["data/thu-tuc.csv"] = header + rows.dropLast(7).joined(separator: "\n")
            c["notices/b.md"] = "---\ntitle: Thông báo B\ndate: 03/11/2026\n---\nMới."
            versions = try [base, b, c].map { try TemporarySite($0) }
            for site in versions {
                var options = site.options()
                options.output = site.root.appendingPathComponent("clean")
                let diagnostics = Diagnostics()
                do {
                    _ = try SiteBuilder.build(options, diagnostics: diagnostics)
                } catch {
                    Issue.record("\(diagnostics.errors)")
                    throw error
                }
                clean.append(treeContents(options.output))
            }
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        /// The version the output holds now, or nil when it is none of them whole.
        func served() -> Int? { clean.firstIndex(of: treeContents(output)) }

        /// Where the slow-rename shim notes each rename it is about to make.
        var renameLog: URL { root.appendingPathComponent("renames.log") }

        func start(_ version: Int, executable: URL, slow: URL? = nil, exchangeMilliseconds: Int = 30) throws -> Process {
            let process = Process()
            process.executableURL = executable
            process.arguments = ["build", "--quiet", "--source", versions[version].content.path,
                                 "--output", output.path, "--as-of", "2026-11-21"]
            if let slow {
                try? FileManager.default.removeItem(at: renameLog)
                process.environment = ProcessInfo.processInfo.environment.merging(
                    ["LD_PRELOAD": slow.path, "CONGKHAI_SHIM_LOG": renameLog.path,
                     "CONGKHAI_SHIM_EXCHANGE_MS": String(exchangeMilliseconds)]) { $1 }
            }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
    }

    static var trials: Int { Int(ProcessInfo.processInfo.environment["CONGKHAI_CRASH_TRIALS"] ?? "") ?? 24 }

    enum Operation: CaseIterable {
        case build, killed, killedWhileSlow, concurrent
    }

    /// The property: after every operation the output is one version whole; at the end a
    /// plain build gives exactly the clean build of its version.
    @Test func anySequenceOfBuildsKillsAndConcurrentBuildsLeavesAWholeSite() throws {
        let executable = try #require(CongKhaiExecutable.url, "congkhai executable not built")
        let site = try Versions()
        let shim = CongKhaiProcess.shim(in: site.root)
        var random = SplitMix64(seed: 13)

        // A first build, timed, so kills fall inside builds rather than after them.
        let started = Date()
        let first = try site.start(0, executable: executable)
        first.waitUntilExit()
        let duration = Date().timeIntervalSince(started)
        #expect(first.terminationStatus == 0)
        var current = try #require(site.served())
        var counts: [String: Int] = [:]

        for step in 0..<Self.trials {
            var operation = Operation.allCases.randomElement(using: &random)!
            if operation == .killedWhileSlow && shim == nil { operation = .killed }
            let target = (current + Int.random(in: 1...2, using: &random)) % 3
            var allowed: Set<Int> = [current, target]
            switch operation {
            case .build:
                let process = try site.start(target, executable: executable)
                process.waitUntilExit()
                #expect(process.terminationStatus == 0)
                allowed = [target]
            case .killed:
                let process = try site.start(target, executable: executable)
                usleep(UInt32(Double.random(in: 0...(duration * 1.2), using: &random) * 1_000_000))
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
            case .killedWhileSlow:
                // Aimed at the switch: wait for the first rename, then kill within the next
                // 100 ms, which the shim stretches the renames over.
                let process = try site.start(target, executable: executable, slow: shim)
                let deadline = Date().addingTimeInterval(20)
                while process.isRunning, Date() < deadline, !FileManager.default.fileExists(atPath: site.renameLog.path) {
                    usleep(500)
                }
                usleep(UInt32.random(in: 0...100_000, using: &random))
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
            case .concurrent:
                let other = 3 - current - target
                let one = try site.start(target, executable: executable)
                usleep(UInt32.random(in: 0...20_000, using: &random))
                let two = try site.start(other, executable: executable)
                one.waitUntilExit()
                two.waitUntilExit()
                #expect(one.terminationStatus == 0 && two.terminationStatus == 0)
                allowed = [target, other]
            }
            counts["\(operation)", default: 0] += 1
            let served = site.served()
            #expect(served.map(allowed.contains) == true, "step \(step) (\(operation)): the output is not a whole version")
            guard let served else { return }
            current = served
        }
        // Whatever the last operation left (a dirty spare copy, a stale manifest), a plain
        // build repairs everything.
        for version in [2, 0, 1] {
            let process = try site.start(version, executable: executable)
            process.waitUntilExit()
            #expect(site.served() == version, "plain build of version \(version)")
        }
        print("crash-consistency: \(Self.trials) operations \(counts.sorted { $0.key < $1.key }), shim: \(shim != nil)")
    }

    /// Two builds at once: the second waits for the first and says so.
    @Test func aSecondBuildWaitsForTheFirst() throws {
        let executable = try #require(CongKhaiExecutable.url, "congkhai executable not built")
        let site = try Versions()
        let shim = try #require(CongKhaiProcess.shim(in: site.root), "no C compiler for the slow-rename shim")
        let initial = try site.start(2, executable: executable)
        initial.waitUntilExit()
        // The next build holds the lock for two seconds inside its switch.
        let slow = try site.start(0, executable: executable, slow: shim, exchangeMilliseconds: 2000)
        while slow.isRunning, !FileManager.default.fileExists(atPath: site.renameLog.path) { usleep(1000) }
        let process = Process()
        process.executableURL = executable
        process.arguments = ["build", "--source", site.versions[1].content.path, "--output", site.output.path, "--as-of", "2026-11-21"]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        slow.waitUntilExit()
        #expect(process.terminationStatus == 0 && slow.terminationStatus == 0)
        #expect(message.contains("chờ"), "\(message)")
        #expect(site.served() == 1)
    }
}
