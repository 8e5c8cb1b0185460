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

/// A family added as a newcomer would (issue 25's acceptance test of the shape): its folder,
/// its template, and the one line registering it below. Everything else — the menu, the home
/// page, the routes templates see, the flag, the reserved path, the sitemap, the data policy,
/// the diagnostic codes — follows from what it declares.
@Suite struct ReceptionFamilyTests {
    /// The registration line.
    static let families = FamilyRegistry.standard.adding(ReceptionFamily())

    static let schedule = """
    Ngày,Giờ,Người tiếp,Địa điểm,Ghi chú
    25/11/2026,7 giờ 30 – 11 giờ,"Chủ tịch UBND xã, Nguyễn Văn A",Phòng tiếp công dân xã,
    09/12/2026,13 giờ 30 – 17 giờ,"Phó Chủ tịch UBND xã, Trần Thị B",Phòng tiếp công dân xã,Tiếp về đất đai
    12/11/2026,7 giờ 30 – 11 giờ,"Chủ tịch UBND xã, Nguyễn Văn A",Phòng tiếp công dân xã,
    """

    private func site(_ schedule: String = Self.schedule, extra: [String: String] = [:]) throws -> TemporarySite {
        let template = try String(contentsOf: Repository.fixtures.appendingPathComponent("reception/lich-tiep-cong-dan.mustache"), encoding: .utf8)
        var files = SampleSite.files
        files["data/lich-tiep-cong-dan.csv"] = schedule
        files["theme/templates/lich-tiep-cong-dan.mustache"] = template
        files.merge(extra) { _, new in new }
        return try TemporarySite(files)
    }

    private func build(_ site: TemporarySite, families: FamilyRegistry = Self.families) throws -> (Diagnostics, [String: String]) {
        let diagnostics = Diagnostics()
        _ = try SiteBuilder.build(site.options(), families: families, diagnostics: diagnostics)
        let files = treeContents(site.output).mapValues { String(decoding: $0, as: UTF8.self) }
        return (diagnostics, files)
    }

    @Test func itsPageMenuEntryAndHomeCardFollowFromItsDeclaration() throws {
        let (diagnostics, files) = try build(try site())
        #expect(diagnostics.errors.isEmpty, "\(diagnostics.errors)")
        let page = try #require(files["lich-tiep-cong-dan/index.html"])
        // Upcoming first, in date order, from the as-of date (21/11/2026); the past one after.
        let first = try #require(page.range(of: "25/11/2026")), second = try #require(page.range(of: "09/12/2026"))
        #expect(first.lowerBound < second.lowerBound)
        #expect(page.contains("Thứ Tư, 25/11/2026</time>, 7 giờ 30 – 11 giờ: Chủ tịch UBND xã, Nguyễn Văn A tiếp tại Phòng tiếp công dân xã."))
        #expect(page.contains("Tiếp về đất đai") && page.contains("<h2>Đã tiếp</h2>") && page.contains("12/11/2026"))
        // The menu of every page, between the catalog and the notices (weight 250).
        let home = try #require(files["index.html"])
        let menu = home.components(separatedBy: "<nav")[1].components(separatedBy: "</nav>")[0]
        let order = ["/thu-tuc-hanh-chinh/", "/lich-tiep-cong-dan/", "/thong-bao/"].map { menu.range(of: "href=\"\($0)\"")?.lowerBound }
        #expect(order.allSatisfy { $0 != nil } && order == order.sorted { $0! < $1! }, "\(menu)")
        #expect(files["thu-tuc-hanh-chinh/1.001193/index.html"]?.contains("href=\"/lich-tiep-cong-dan/\" aria-current") == false)
        #expect(page.contains("href=\"/lich-tiep-cong-dan/\" aria-current=\"page\""))
        // The home card names the next session.
        #expect(home.contains("Buổi tiếp tiếp theo: 25/11/2026, 7 giờ 30 – 11 giờ, Phòng tiếp công dân xã."))
        #expect(files["sitemap.xml"]?.contains("https://thunghiem.example.vn/lich-tiep-cong-dan/</loc>") == true)
    }

    /// Its route, flag and codes reach templates and the registry like the standard families'.
    @Test func itsRouteFlagCodesAndReservedPathAreTheRegistrysOwn() throws {
        #expect(Self.families.templateRoutes["reception"] == "lich-tiep-cong-dan/")
        #expect(Self.families.templateFlags.map(\.name).contains("has_reception"))
        #expect(Self.families.diagnosticCodes.filter { $0.rawValue == "CK220" }.count == 1)
        #expect(Self.families.reservedRoots.contains("lich-tiep-cong-dan"))
        #expect(Self.families.dataPolicy.keptFromTemplates.contains("lich-tiep-cong-dan"))
        // A site template may use them; an unregistered family's names are unknown (CK044).
        let footer = "{{#has_reception}}<a href=\"{{routes.reception}}\">Lịch tiếp</a>{{/has_reception}}"
        let site = try site(extra: ["theme/templates/partials/footer.mustache": footer])
        let (_, files) = try build(site)
        #expect(files["index.html"]?.contains("<a href=\"/lich-tiep-cong-dan/\">Lịch tiếp</a>") == true)
        let diagnostics = Diagnostics()
        #expect(throws: SiteBuilder.BuildError.self) { try SiteBuilder.build(site.options(), families: .standard, diagnostics: diagnostics) }
        #expect(diagnostics.errors.map(\.code).contains(.templateUnknownName))
    }

    @Test func aBadRowIsALocatedErrorOfItsOwnCode() throws {
        let site = try site("Ngày,Giờ,Người tiếp,Địa điểm\n31/02/2026,8 giờ,Chủ tịch,Phòng tiếp\n01/12/2026,,Chủ tịch,Phòng tiếp\n")
        let diagnostics = Diagnostics()
        #expect(throws: SiteBuilder.BuildError.self) { try SiteBuilder.build(site.options(), families: Self.families, diagnostics: diagnostics) }
        let errors = diagnostics.errors.filter { $0.code == .receptionRowInvalid }
        #expect(errors.map { $0.location.line } == [2, 3], "\(diagnostics.errors)")
        #expect(errors.first?.location.field == "Ngày" && errors.last?.message.contains("Giờ") == true)
    }

    @Test func aPageMayNotTakeItsAddress() throws {
        let site = try site(extra: ["pages/lich-tiep-cong-dan.md": "---\ntitle: Trùng\n---\nA"])
        let diagnostics = Diagnostics()
        _ = try? SiteBuilder.build(site.options(), families: Self.families, diagnostics: diagnostics)
        #expect(diagnostics.errors.contains { $0.code == .duplicateOutputPath })
    }

    /// Without the registration line the table is the webmaster's data like any other.
    @Test func unregisteredTheTableIsOnlyData() throws {
        let (loaded, diagnostics) = try site().load()
        let site = try #require(loaded)
        #expect(!diagnostics.hasErrors)
        #expect(site.families.families.allSatisfy { !($0 is ReceptionFamily) })
        let files = SiteBuilder.render(site).map(\.path)
        #expect(!files.contains("lich-tiep-cong-dan/index.html"))
    }

    /// An incremental build after a change to the schedule renders what a clean build does.
    @Test func anEditedScheduleRebuildsLikeACleanBuild() throws {
        let site = try site()
        _ = try build(site)
        try site.write("data/lich-tiep-cong-dan.csv", Self.schedule + "\n16/12/2026,8 giờ,\"Chủ tịch UBND xã, Nguyễn Văn A\",Nhà văn hóa thôn 2,\n")
        let (_, incremental) = try build(site)
        let clean = try self.site(Self.schedule + "\n16/12/2026,8 giờ,\"Chủ tịch UBND xã, Nguyễn Văn A\",Nhà văn hóa thôn 2,\n")
        let (_, expected) = try build(clean)
        #expect(incremental["lich-tiep-cong-dan/index.html"]?.contains("Nhà văn hóa thôn 2") == true)
        #expect(incremental == expected)
    }
}
