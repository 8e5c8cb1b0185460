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

/// `congkhai new`: the starter site, what is left to fill in, and names that follow `commune`.
@Suite struct StarterSiteTests {
    static let allNames = StarterSite.Names(
        commune: "An Phú", province: "Quảng Ngãi", baseURL: "anphu.quangngai.gov.vn",
        address: "Thôn 1, xã An Phú, tỉnh Quảng Ngãi", phone: "0255 3800 000",
        email: "ubnd.anphu@quangngai.gov.vn", workingHours: "Giờ hành chính, từ thứ Hai đến thứ Sáu",
        feedbackPhone: "0255 3800 001", feedbackEmail: "pakn.anphu@quangngai.gov.vn")

    /// A temporary site holding exactly the starter's files.
    static func site(_ names: StarterSite.Names) throws -> TemporarySite {
        var files: [String: String] = [:]
        for file in StarterSite(names: names).files { files[file.path] = file.text }
        return try TemporarySite(files, config: nil)
    }

    /// No option gives the province office's contacts (they come from the province's own
    /// notice): those stay marked to fill in, and nothing else but the empty catalog is left.
    @Test func withEveryNameGivenOnlyTheEmptyCatalogAndTheProvinceOfficeAreLeft() throws {
        let site = try Self.site(Self.allNames)
        let (loaded, diagnostics) = site.load()
        #expect(diagnostics.errors.isEmpty, "\(diagnostics.errors)")
        #expect(diagnostics.warnings.filter { $0.code != .placeholderLeft }.map(\.code) == [.catalogEmpty], "\(diagnostics.warnings)")
        #expect(Set(diagnostics.warnings.filter { $0.code == .placeholderLeft }.compactMap(\.location.field)) == [
            "feedback.province.address", "feedback.province.phone", "feedback.province.email", "feedback.province.source",
        ])
        let config = try #require(loaded?.config)
        #expect(config.commune == "Xã An Phú")
        #expect(config.title == "Cổng thông tin điện tử xã An Phú")
        #expect(config.agency.name == "Ủy ban nhân dân xã An Phú")
        #expect(config.agency.superior == "Ủy ban nhân dân tỉnh Quảng Ngãi")
        #expect(config.baseURL?.absolute("") == "https://anphu.quangngai.gov.vn/")
        #expect(config.qrCodes)
        let files = try site.render()
        #expect(files["index.html"]?.contains("Ủy ban nhân dân xã An Phú") == true)
    }

    /// With an address (so the portal fragments are made) and the contacts still "CẦN ĐIỀN: …":
    /// the values are text on the notice, in its fragment and on /nhung/, never a link.
    @Test func noLinkIsMadeOfAValueStillToFillIn() throws {
        let site = try Self.site(StarterSite.Names(commune: "An Phú", province: "Quảng Ngãi", baseURL: "anphu.quangngai.gov.vn"))
        let files = try site.render()
        let fragment = try #require(files["nhung/doan/phan-anh-kien-nghi.htm"])
        #expect(fragment.contains("CẦN ĐIỀN: thư điện tử tiếp nhận phản ánh, kiến nghị"))
        for (path, html) in files where path.hasSuffix(".html") || path.hasSuffix(".htm") {
            #expect(!html.contains("mailto:CẦN") && !html.contains("href=\"tel:\"") && !html.contains("mailto:C&"), "\(path)")
        }
    }

    @Test func whatIsNotGivenIsMarkedAndListedButNeverInvented() throws {
        let site = try Self.site(StarterSite.Names(commune: "Phường Hòa Bình", province: "Thành phố Huế"))
        let (loaded, diagnostics) = site.load()
        #expect(diagnostics.errors.isEmpty, "\(diagnostics.errors)")
        let left = diagnostics.warnings.filter { $0.code == .placeholderLeft }
        #expect(Set(left.compactMap(\.location.field)) == [
            "base_url", "agency.address", "agency.phone", "agency.email", "agency.working_hours",
            "feedback.address", "feedback.phone", "feedback.email",
            "feedback.province.address", "feedback.province.phone", "feedback.province.email", "feedback.province.source",
        ])
        // Each one is located at its line and says what to write.
        #expect(left.allSatisfy { $0.location.line != nil && $0.message.contains("chưa điền (") })
        #expect(diagnostics.warnings.allSatisfy { [.placeholderLeft, .catalogEmpty].contains($0.code) }, "\(diagnostics.warnings)")
        let config = try #require(loaded?.config)
        #expect(config.agency.superior == "Ủy ban nhân dân thành phố Huế")
        #expect(config.agency.name == "Ủy ban nhân dân phường Hòa Bình")
        // No base URL yet: QR codes wait for it instead of stopping the build.
        #expect(config.baseURL == nil && !config.qrCodes)
        // Nothing but the commune's own settings and an empty catalog: no person, score or dossier.
        #expect(StarterSite(names: .init()).files.map(\.path) == ["site.yaml", "data/thu-tuc.csv"])
        let catalog = StarterSite(names: .init()).files[1].text
        #expect(catalog.split(separator: "\n").count == 1)
        #expect(try site.render()["phan-anh-kien-nghi/index.html"] != nil)
    }

    @Test func withNoNameAtAllTheSiteStillBuilds() throws {
        let site = try Self.site(StarterSite.Names())
        let (_, diagnostics) = site.load()
        #expect(diagnostics.errors.isEmpty, "\(diagnostics.errors)")
        // 13 lines of the commune's own, and the province office's name and four contacts.
        #expect(diagnostics.warnings.filter { $0.code == .placeholderLeft }.count == 18)
        // The agency filled in before the commune: no name to compare it with yet, only CK205.
        let yaml = try String(contentsOf: site.content.appendingPathComponent("site.yaml"), encoding: .utf8)
        try site.write("site.yaml", yaml.replacingOccurrences(
            of: "name: \"CẦN ĐIỀN: tên Ủy ban nhân dân xã, ví dụ Ủy ban nhân dân xã Bình Tân Hưng\"",
            with: "name: \"Ủy ban nhân dân xã An Phú\""))
        let (_, partly) = site.load()
        #expect(partly.warnings.filter { $0.code == .placeholderLeft }.count == 17)
        #expect(!partly.warnings.contains { $0.code == .staleName })
        // A value still to fill in is shown as text: no mailto: or tel: link made of it, and no
        // link to a catalog that does not exist yet.
        let files = try site.render()
        for (path, html) in files where path.hasSuffix(".html") {
            #expect(!html.contains("href=\"mailto:CẦN") && !html.contains("href=\"tel:") && !html.contains("\"nil\""), "\(path)")
            #expect(!html.contains("thu-tuc-hanh-chinh/"), "\(path)")
        }
        #expect(try #require(files["phan-anh-kien-nghi/index.html"]).contains("CẦN ĐIỀN: số điện thoại chuyên dùng tiếp nhận phản ánh, kiến nghị"))
        // Filled in, the same values are links again.
        let named = try Self.site(Self.allNames).render()
        #expect(try #require(named["phan-anh-kien-nghi/index.html"]).contains("href=\"mailto:pakn.anphu@quangngai.gov.vn\""))
        #expect(try #require(named["404.html"]).contains("href=\"tel:02553800000\""))
    }

    @Test func renamingTheCommuneReachesTheTitleAndCheckNamesEveryKeyStillHoldingTheOldName() throws {
        let site = try Self.site(Self.allNames)
        let yaml = try String(contentsOf: site.content.appendingPathComponent("site.yaml"), encoding: .utf8)
        try site.write("site.yaml", yaml.replacingOccurrences(of: "commune: \"Xã An Phú\"", with: "commune: \"Xã Hòa Bình\""))
        let (loaded, diagnostics) = site.load()
        #expect(loaded?.config.title == "Cổng thông tin điện tử xã Hòa Bình")
        let stale = diagnostics.warnings.filter { $0.code == .staleName }
        #expect(stale.compactMap(\.location.field).sorted() == ["agency.address", "agency.name", "feedback.address", "feedback.receiving_body"])
        #expect(stale.allSatisfy { $0.message.contains("\"xã An Phú\"") && $0.message.contains("Xã Hòa Bình") && $0.location.line != nil })
        // The province is checked the same way.
        try site.write("site.yaml", yaml.replacingOccurrences(of: "province: \"Quảng Ngãi\"", with: "province: \"Gia Lai\""))
        let (_, again) = site.load()
        #expect(again.warnings.filter { $0.code == .staleName }.compactMap(\.location.field).sorted() == ["agency.address", "agency.superior", "feedback.address", "feedback.province.name"])
    }

    @Test func theExampleSiteNamesOnlyItself() throws {
        let diagnostics = Diagnostics()
        _ = SiteConfigReader.read(contentDirectory: Repository.root.appendingPathComponent("Content"), diagnostics: diagnostics)
        #expect(diagnostics.all.filter { [.staleName, .placeholderLeft].contains($0.code) }.isEmpty, "\(diagnostics.all)")
    }

    @Test func mentionsOfUnitsAreReadUpToTheEndOfTheName() {
        let text = "Trung tâm Phục vụ hành chính công xã, thôn Tân Hưng, xã Bình Tân Hưng, tỉnh Quảng Ngãi"
        let communes = SiteConfigNameCheck.mentions(in: text, kinds: SiteConfigNameCheck.communeKinds)
        #expect(communes.map(\.text) == ["xã Bình Tân Hưng"])
        #expect(communes.map(\.name) == ["binh tan hung"])
        let provinces = SiteConfigNameCheck.mentions(in: text, kinds: SiteConfigNameCheck.provinceKinds)
        #expect(provinces.map(\.name) == ["quang ngai"])
        #expect(SiteConfigNameCheck.properName("Xã Bình Tân Hưng", kinds: SiteConfigNameCheck.communeKinds) == "binh tan hung")
        #expect(SiteConfigNameCheck.properName("Thành phố Huế", kinds: SiteConfigNameCheck.provinceKinds) == "hue")
    }

    @Test func typedValuesAreQuotedAndNamesCompleted() {
        #expect(StarterSite.communeName("Bình Tân Hưng") == "Xã Bình Tân Hưng")
        #expect(StarterSite.communeName("phường An Phú") == "Phường An Phú")
        #expect(StarterSite.baseURL("abc.gov.vn") == "https://abc.gov.vn/")
        #expect(StarterSite.quoted("a \"b\" \\ c") == "\"a \\\"b\\\" \\\\ c\"")
    }
}

@Suite struct NewCommandStarterTests {
    /// Runs `congkhai new` with a standard input that stays open and never carries a byte: a
    /// command that read it would wait forever, so a watchdog ends it and the test fails.
    static func runWithoutTerminal(_ arguments: [String]) async throws -> (status: Int32, killed: Bool) {
        let executable = try #require(CongKhaiExecutable.url, "congkhai executable not built")
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Sleeping, not blocking a thread: other suites' tasks keep running meanwhile.
        let deadline = ContinuousClock.now + .seconds(60)
        while process.isRunning && ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
        let killed = process.isRunning
        if killed { process.terminate() }
        process.waitUntilExit()
        try? input.fileHandleForWriting.close()
        return (process.terminationStatus, killed)
    }

    @Test func newAsksNothingWithoutATerminalAndFillsFromOptions() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("congkhai-new-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try await Self.runWithoutTerminal(["new", folder.path, "--commune", "Xã An Phú", "--province", "Quảng Ngãi"])
        #expect(!result.killed, "congkhai new waited for input without a terminal")
        #expect(result.status == 0)
        let yaml = try String(contentsOf: folder.appendingPathComponent("Content/site.yaml"), encoding: .utf8)
        #expect(yaml.contains("commune: \"Xã An Phú\""))
        #expect(yaml.contains("phone: \"CẦN ĐIỀN: số điện thoại của Ủy ban nhân dân xã\""))
    }

    @Test func exampleFlagCopiesTheFullExample() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("congkhai-new-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try await Self.runWithoutTerminal(["new", folder.path, "--example"])
        #expect(result.status == 0 && !result.killed)
        let copied = folder.appendingPathComponent("Content/data/cham-diem/qd-737-2024.yaml")
        #expect(FileManager.default.fileExists(atPath: copied.path))
        let yaml = try String(contentsOf: folder.appendingPathComponent("Content/site.yaml"), encoding: .utf8)
        #expect(yaml.contains("commune: Xã Bình Tân Hưng"))
    }
}
