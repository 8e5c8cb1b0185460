import Foundation
import CongKhai
import CongKhaiCore
import CongKhaiEncoding
import CongKhaiFamilies
import CongKhaiInput
import CongKhaiMarkdown
import CongKhaiSite

/// A copy of the example site in a temporary folder, into which one mutated file at a time
/// is written, then checked and (when the check passes) built, as `congkhai check` and
/// `congkhai build` would.
package final class FuzzSite {
    /// Every loader's input, as the example site has it: catalog, YAML data, pages and notices
    /// (front matter + Markdown), detail files, the dossier register, criteria sets and score
    /// sheets, holidays, statistics, recognitions, site.yaml; the catalog and the register also
    /// as .xlsx workbooks.
    package static let targets = [
        "data/thu-tuc.csv", "data/lanh-dao.yaml", "pages/gioi-thieu.md", "notices/2026-11-02-lich-tiep-cong-dan.md",
        "data/thu-tuc/1.001193.md", "data/ho-so.csv", "data/cham-diem/2024/binh-tan-hung.yaml",
        "data/cham-diem/qd-737-2024.yaml", "data/ngay-nghi.yaml", "data/thong-ke/hai-long-2024.csv",
        "data/thong-ke/hai-long-2024.yaml", "site.yaml", "data/quyet-dinh-cong-bo.csv", "da-cong-bo.csv",
        "data/thu-tuc.xlsx", "data/ho-so-tre-han.xlsx",
    ]

    /// The example site keeps its tables as CSV; the workbook targets come from the workbook
    /// fixtures (Fixtures/xlsx, made by make_fixtures.py), in place of the CSV they stand for.
    package static let workbookFixtures = ["data/thu-tuc.xlsx": "catalog.xlsx", "data/ho-so-tre-han.xlsx": "register.xlsx"]

    private static func source(of path: String) -> URL {
        workbookFixtures[path].map(WorkbookFixture.url) ?? Repository.content.appendingPathComponent(path)
    }

    /// The other files each target needs to mean something (the register needs the catalog,
    /// a score sheet its criteria set…). A site of only these loads several times faster than
    /// the whole example, so a short run covers more inputs.
    package static func companions(of target: String) -> [String] {
        let catalog = ["data/thu-tuc.csv"]
        let register = catalog + ["data/ho-so.csv", "data/ngay-nghi.yaml"]
        switch target {
        case "data/thu-tuc/1.001193.md": return catalog
        case "data/quyet-dinh-cong-bo.csv": return catalog + ["data/thu-tuc/1.003583.md"]
        case "da-cong-bo.csv": return catalog + ["data/quyet-dinh-cong-bo.csv"]
        case "data/ho-so.csv", "data/ngay-nghi.yaml": return register
        case "data/ho-so-tre-han.xlsx": return catalog + ["data/ngay-nghi.yaml"]
        case "data/cham-diem/2024/binh-tan-hung.yaml", "data/cham-diem/qd-737-2024.yaml":
            return register + ["data/cham-diem/2024/binh-tan-hung.yaml", "data/cham-diem/qd-737-2024.yaml"]
        case "data/thong-ke/hai-long-2024.csv", "data/thong-ke/hai-long-2024.yaml":
            return ["data/thong-ke/hai-long-2024.csv", "data/thong-ke/hai-long-2024.yaml"]
        case "site.yaml": return ["pages/gioi-thieu.md"]
        default: return []
        }
    }

    package struct Outcome {
        package var checkFailed: Bool
        /// nil when the check failed (a build then stops at the same load) or the build succeeded.
        package var buildError: String?
        package var seconds: Double
        package var diagnostics: [Diagnostic]
        /// What the built site holds that no site may (see `OutputAudit`), when asked for.
        package var outputProblems: [String] = []
    }

    package let root: URL
    package var content: URL { root.appendingPathComponent("Content") }
    package var output: URL { root.appendingPathComponent("public") }
    package let originals: [String: Data]

    /// The whole example site, or with `only`, site.yaml, the theme overrides and those files.
    package init(only files: [String]? = nil) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("congkhai-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let content = root.appendingPathComponent("Content")
        if let files {
            for path in Set(files + ["site.yaml", "theme"]) {
                let target = content.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try FileManager.default.copyItem(at: Self.source(of: path), to: target)
            }
        } else {
            try FileManager.default.copyItem(at: Repository.content, to: content)
        }
        if FileManager.default.fileExists(atPath: content.appendingPathComponent("data/thu-tuc.csv").path) {
            try Self.trimCatalog(in: content)
        }
        var originals: [String: Data] = [:]
        for target in files ?? Self.targets.filter({ Self.workbookFixtures[$0] == nil }) {
            originals[target] = try Data(contentsOf: content.appendingPathComponent(target))
        }
        self.originals = originals
    }

    /// Keeps the catalog rows the register and detail files name, and a few more: every
    /// procedure costs a page, a print sheet and a QR code per build, and a short catalog
    /// exercises the same code paths several times faster.
    private static func trimCatalog(in content: URL) throws {
        let url = content.appendingPathComponent("data/thu-tuc.csv")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let register = try String(contentsOf: Repository.content.appendingPathComponent("data/ho-so.csv"), encoding: .utf8)
        let details = try FileManager.default.contentsOfDirectory(atPath: Repository.content.appendingPathComponent("data/thu-tuc").path)
        let kept = lines.enumerated().filter { index, line in
            let code = line.split(separator: ",").first.map(String.init) ?? ""
            return index <= 8 || register.contains(code) || details.contains("\(code).md")
        }.map(\.element)
        try kept.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    package func options() -> BuildOptions {
        BuildOptions(source: content, output: output, asOf: ExampleSite.asOf)
    }

    /// Writes `bytes` as `target`, checks and builds, and puts the original back; with
    /// `auditingOutput`, reads the built site for what it must never hold.
    package func run(_ target: String, _ bytes: Data, auditingOutput: Bool = false) throws -> Outcome {
        let url = content.appendingPathComponent(target)
        try bytes.write(to: url)
        defer { try? originals[target]?.write(to: url) }
        let start = Date()
        let diagnostics = Diagnostics()
        let site = SiteBuilder.check(options(), diagnostics: diagnostics)
        let checkFailed = site == nil || diagnostics.hasErrors
        var buildError: String?
        var outputProblems: [String] = []
        if !checkFailed {
            do {
                _ = try SiteBuilder.build(options(), diagnostics: Diagnostics())
                if auditingOutput { outputProblems = OutputAudit.problems(in: output) }
            } catch {
                buildError = error.description
            }
        }
        return Outcome(checkFailed: checkFailed, buildError: buildError,
                       seconds: Date().timeIntervalSince(start), diagnostics: diagnostics.all, outputProblems: outputProblems)
    }
}
