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

/// `check` must find everything `build` would (issue 13, finding 8): for each hostile input,
/// `check` reports an error exactly when `build` fails, so a webmaster who ran `check` is
/// never surprised by `build`.
@Suite struct CheckBuildAgreementTests {
    static let extraCases: [(name: String, files: [String: String])] = [
        ("control characters in a title", ["pages/dk.md": "---\ntitle: \"A\\e[2J\\x07B\"\n---\nThân.\n"]),
        ("slug of 255 letters is fine", ["pages/vua.md": "---\ntitle: Vừa\nslug: \(String(repeating: "b", count: 255))\n---\nThân.\n"]),
        ("slug deep enough to pass PATH_MAX", ["pages/sau.md": "---\ntitle: Sâu\nslug: \(Array(repeating: String(repeating: "c", count: 200), count: 30).joined(separator: "/"))\n---\nThân.\n"]),
        ("dossier code with letters and symbols", [
            "data/thu-tuc.csv": HostileInputs.catalogHeader + "1.001193,Đăng ký khai sinh,Hộ tịch,3 ngày làm việc,Miễn phí\n",
            "data/ho-so-tre-han.csv": HostileInputs.registerHeader + "H55/<01>,1.001193,06/01/2025 09:15,09/01/2025,20/01/2025,08/01/2025\n",
        ]),
    ]

    static var allCases: [String] { HostileInputs.cases.map(\.name) + extraCases.map(\.name) }

    @Test(arguments: allCases)
    func checkFailsExactlyWhenBuildFails(name: String) throws {
        let files = HostileInputs.cases.first { $0.name == name }?.files ?? Self.extraCases.first { $0.name == name }!.files
        let site = try TemporarySite(files)
        if name == "page not UTF-8" {
            try site.write("pages/latin.md", Data("---\ntitle: Trang\n---\n\nd".utf8) + Data([0xE9]) + Data("j\n".utf8))
        }
        let diagnostics = Diagnostics()
        let checked = SiteBuilder.check(site.options(), diagnostics: diagnostics)
        let checkFailed = checked == nil || diagnostics.hasErrors
        var buildError: String?
        do {
            _ = try SiteBuilder.build(site.options(), diagnostics: Diagnostics())
        } catch {
            buildError = error.description
        }
        #expect(checkFailed == (buildError != nil), "\(name): check errors \(diagnostics.errors.map(\.description)), build \(buildError ?? "ok")")
        #expect(DiagnosticAudit.problems(diagnostics.all).isEmpty, "\(DiagnosticAudit.problems(diagnostics.all))")
    }
}
