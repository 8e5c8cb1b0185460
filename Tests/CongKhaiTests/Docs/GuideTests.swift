import Foundation
import Testing
import CongKhaiTestSupport

/// The webmaster's guide: reachable from the README's top, and every screenshot it shows is
/// in the repository and small enough for a slow connection.
@Suite struct GuideTests {
    @Test func readmeOpensWithTheGuideAndEveryScreenshotExists() throws {
        let readme = try String(contentsOf: Repository.root.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.split(separator: "\n").prefix(5).contains { $0.contains("[HUONG-DAN.md](HUONG-DAN.md)") })
        let guide = try String(contentsOf: Repository.root.appendingPathComponent("HUONG-DAN.md"), encoding: .utf8)
        let images = guide.components(separatedBy: "](docs/huong-dan/").dropFirst().map { String($0.prefix { $0 != ")" }) }
        #expect(images.count >= 5)
        for image in images {
            let url = Repository.root.appendingPathComponent("docs/huong-dan/\(image)")
            let size = try #require(try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int, "\(image) missing")
            #expect(size < 40_000, "\(image) is \(size) bytes")
        }
    }
}
