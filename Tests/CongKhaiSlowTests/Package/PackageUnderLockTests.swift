import Foundation
import Testing
import ZIPFoundation
@testable import CongKhai
@testable import CongKhaiCore
@testable import CongKhaiEncoding
@testable import CongKhaiFamilies
@testable import CongKhaiInput
@testable import CongKhaiMarkdown
@testable import CongKhaiSite
import CongKhaiTestSupport

/// B1 (issue 26): `package` while a `build` (or `serve` rebuilding) writes the same output
/// used to zip a site that changed under it, with a SHA256SUMS that passed on the mixed copy.
/// The package is made from the site its own build just switched in, under the output's lock.
@Suite(.serialized) struct PackageUnderLockTests {
    @Test func aPackageMadeBesideARunningBuildIsExactlyTheSiteItBuilt() throws {
        let versions = try CrashConsistencyTests.Versions()
        let zip = versions.root.appendingPathComponent("public.zip")
        let first = try versions.start(0, executable: try #require(CongKhaiExecutable.url))
        first.waitUntilExit()
        for trial in 0..<3 {
            let packaged = [1, 2, 0][trial], built = [2, 0, 1][trial]
            let package = try CongKhaiProcess.start(
                ["package", "--quiet", "--source", versions.versions[packaged].content.path, "--output", versions.output.path,
                 "--as-of", "2026-11-21"])
            usleep(UInt32(20_000 * trial))
            // The build loads while the package builds, and switches as soon as it may: while
            // the package reads, unless the package holds the lock until its ZIP is made.
            let build = try versions.start(built, executable: try #require(CongKhaiExecutable.url))
            package.waitUntilExit()
            build.waitUntilExit()
            #expect(package.terminationStatus == 0 && build.terminationStatus == 0, "trial \(trial)")
            guard package.terminationStatus == 0 else { continue }
            #expect(versions.served() == built || versions.served() == packaged)

            let archive = try Archive(url: zip, accessMode: .read)
            var entries: [String: Data] = [:]
            for entry in archive {
                var data = Data()
                _ = try archive.extract(entry) { data.append($0) }
                entries[entry.path] = data
            }
            let sums = PackageManifest(text: String(decoding: entries.removeValue(forKey: PackageManifest.fileName) ?? Data(), as: UTF8.self))
            #expect(entries == versions.clean[packaged], "trial \(trial): the ZIP is not the site the package built")
            #expect(sums.digests == entries.mapValues(SHA256.hex), "trial \(trial): SHA256SUMS does not describe the ZIP")
        }
    }
}
