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

@Suite struct CatalogPagesTests {
    static let csv = """
    Mã TTHC,Tên thủ tục,Lĩnh vực,Thời hạn giải quyết,Phí,Mức độ DVC,formalityId,Hiệu lực từ,Trạng thái
    1.001193,Đăng ký khai sinh,Hộ tịch,1 ngày,Miễn phí,toàn trình,8c5b1d8a-1f0e-4d5c-9a51-3c0c5e0f7a11,,
    2.000815,Chứng thực bản sao từ bản chính,Chứng thực,Trong ngày,2.000 đồng/trang,một phần,,,
    1.000003,Thủ tục sắp áp dụng,Hộ tịch,3 ngày,Miễn phí,,,01/01/2027,
    1.000004,Thủ tục đã bãi bỏ,Hộ tịch,3 ngày,Miễn phí,,,,bãi bỏ

    """

    private func render(perPoster: Int = 12) throws -> [String: String] {
        let config = TemporarySite.minimalConfig + "\nprocedures_per_poster: \(perPoster)\n"
        return try TemporarySite(["data/thu-tuc.csv": Self.csv], config: config).render()
    }

    @Test func listShowsInForceGroupedAndUpcomingApart() throws {
        let html = try #require(try render()["thu-tuc-hanh-chinh/index.html"])
        #expect(html.contains("id=\"tt-1.001193\""))
        #expect(html.contains("id=\"tt-2.000815\""))
        #expect(!html.contains("Thủ tục đã bãi bỏ"))
        let upcoming = try #require(html.range(of: "id=\"sap-co-hieu-luc\""))
        #expect(html[upcoming.upperBound...].contains("Thủ tục sắp áp dụng"))
        #expect(html.contains("Hiệu lực từ 01/01/2027"))
        // "Chứng thực" sorts before "Hộ tịch".
        #expect(html.range(of: "id=\"linh-vuc-chung-thuc\"")!.lowerBound < html.range(of: "id=\"linh-vuc-ho-tich\"")!.lowerBound)
    }

    @Test func everyQRIsMarkedAndNamedAndEncodesTheAbsoluteDetailURL() throws {
        let files = try render()
        let posters = try #require(files["niem-yet/index.html"])
        #expect(posters.contains("data-qr=\"https://thunghiem.example.vn/thu-tuc-hanh-chinh/1.001193/\""))
        #expect(posters.components(separatedBy: "data-qr=").count - 1 == 3)
        #expect(posters.components(separatedBy: "aria-label=\"Mã QR đến trang thủ tục").count - 1 == 3)
        // Codes are drawn where they are shown; no page linked the one-file-per-code SVGs (issue 14).
        #expect(!files.keys.contains { $0.hasPrefix("qr/") && $0.hasSuffix(".svg") })
    }

    @Test func listCarriesNoQRCodeButAFallbackToTheFieldIndex() throws {
        let html = try #require(try render()["thu-tuc-hanh-chinh/index.html"])
        // A phone cannot scan its own screen: the list has links, the posters have the codes.
        #expect(!html.contains("data-qr="))
        #expect(!html.contains("<svg"))
        // Without JavaScript the hidden box leaves a link to the field index in its place.
        let fallback = try #require(html.range(of: "<p class=\"search-fallback\"><a href=\"#linh-vuc\">"))
        let form = try #require(html.range(of: "<form class=\"search\" role=\"search\" hidden"))
        #expect(fallback.lowerBound < form.lowerBound)
        #expect(html.contains("<nav class=\"toc\" id=\"linh-vuc\""))
        #expect(html.contains("<span class=\"count\" data-total=\"1\">(1 thủ tục)</span>"))
    }

    @Test func detailPutsTimeFeeWhereAndDocumentsFirstAndItsQRCodeLast() throws {
        let detail = """
        ## Trình tự thực hiện

        Nộp hồ sơ, nhận kết quả.

        ## Thành phần, số lượng hồ sơ

        - Tờ khai đăng ký khai sinh.
        """
        let config = TemporarySite.minimalConfig
        let files = try TemporarySite(["data/thu-tuc.csv": Self.csv, "data/thu-tuc/1.001193.md": detail], config: config).render()
        let html = try #require(files["thu-tuc-hanh-chinh/1.001193/index.html"])
        func position(_ text: String) throws -> String.Index { try #require(html.range(of: text), "\(text)").lowerBound }
        let keyFacts = try position("<dl class=\"facts key-facts\">")
        // "1 ngày" alone states no unit, and the page says so rather than print a bare limit.
        #expect(try position("<dt>Thời hạn giải quyết</dt><dd>1 ngày (chưa ghi rõ ngày làm việc hay ngày dương lịch)</dd>") > keyFacts)
        #expect(try position("<dt>Phí, lệ phí</dt><dd>Miễn phí</dd>") > keyFacts)
        let whereToFile = try position("<dt>Nơi nộp hồ sơ</dt>")
        let documents = try position("Cần mang theo: Thành phần, số lượng hồ sơ")
        let steps = try position(">Trình tự thực hiện</h2>")
        let code = try position("<dt>Mã thủ tục</dt>")
        let qr = try position("<figure class=\"qr-box qr-end\">")
        #expect(whereToFile < documents && documents < steps && steps < code)
        // The page's own QR code comes after everything a citizen reads, the feedback note included.
        #expect(try position("id=\"phan-anh\"") < qr)
        // The desk sheet carries the same documents list.
        let sheet = try #require(files["niem-yet/1.001193/index.html"])
        #expect(sheet.contains("Cần mang theo: Thành phần, số lượng hồ sơ"))
        #expect(sheet.contains("<li>Tờ khai đăng ký khai sinh.</li>"))
    }

    /// The portal's search link carries the code as typed; a code with other characters
    /// is percent-encoded as Foundation does it.
    @Test func portalSearchValueLeavesPlainCodesAndEncodesOthers() {
        #expect(SiteConfig.PortalLinks.queryValue("1.001193") == "1.001193")
        #expect(SiteConfig.PortalLinks.queryValue("BTP-QNG_277") == "BTP-QNG_277")
        for odd in ["1.001193 ", "QĐ-12", "a&b=c", "x#y", "100%"] {
            #expect(SiteConfig.PortalLinks.queryValue(odd) == odd.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed))
        }
        #expect(SiteConfig.PortalLinks.queryValue("a b") == "a%20b")
        #expect(SiteConfig.PortalLinks.fill("https://x/?q={code}&again={code}", "{code}", with: "1.2") == "https://x/?q=1.2&again=1.2")
        #expect(SiteConfig.PortalLinks.fill("https://ví-dụ/{code}", "{code}", with: "Đ") == "https://ví-dụ/Đ")
        #expect(SiteConfig.PortalLinks.fill("{code}", "{code}", with: "") == "")
        #expect(SiteConfig.PortalLinks.fill("none", "{code}", with: "1") == "none")
    }

    @Test func detailPageHasPortalLinkJSONLDAndFeedback() throws {
        let files = try render()
        let birth = try #require(files["thu-tuc-hanh-chinh/1.001193/index.html"])
        #expect(birth.contains("https://dichvucong.gov.vn/thu-tuc-hanh-chinh/8c5b1d8a-1f0e-4d5c-9a51-3c0c5e0f7a11"))
        #expect(birth.contains("\"@type\":\"GovernmentService\""))
        #expect(birth.contains("\"identifier\":\"1.001193\""))
        #expect(birth.contains("Phản ánh, kiến nghị"))
        let copy = try #require(files["thu-tuc-hanh-chinh/2.000815/index.html"])
        #expect(copy.contains("keyword=2.000815"))
        let abolished = try #require(files["thu-tuc-hanh-chinh/1.000004/index.html"])
        #expect(abolished.contains("đã bị bãi bỏ"))
        #expect(!abolished.contains("Nộp hồ sơ trực tuyến"))
    }

    @Test func jsonLDCannotCloseItsScriptElement() throws {
        let csv = "Mã TTHC,Tên thủ tục,Lĩnh vực\n1.001193,</script><script>alert(1)</script>,Hộ tịch\n"
        let files = try TemporarySite(["data/thu-tuc.csv": csv]).render()
        let html = try #require(files["thu-tuc-hanh-chinh/1.001193/index.html"])
        #expect(!html.contains("<script>alert(1)"))
        #expect(html.contains("\\u003c/script\\u003e"))
    }

    @Test func postersGroupByFieldAndChunkWithoutSplittingCards() throws {
        let html = try #require(try render(perPoster: 1)["niem-yet/index.html"])
        // One sheet per field and chunk: Chứng thực 1, Hộ tịch 1, upcoming 1.
        #expect(html.components(separatedBy: "<section class=\"poster\"").count - 1 == 3)
        // Cards are whole: each card holds its own QR, name and code.
        for card in html.components(separatedBy: "<li class=\"poster-card\">").dropFirst() {
            let body = card.components(separatedBy: "</li>")[0]
            #expect(body.contains("data-qr=") && body.contains("Mã: <strong class=\"code\">"))
        }
        let chunks = PosterLayout.pages(
            for: Catalog(procedures: (1...25).map { Self.procedure(code: String(format: "1.%06d", $0)) },
                         asOf: CivilDate(year: 2026, month: 1, day: 1)!),
            perPage: 10)
        #expect(chunks.map(\.procedures.count) == [10, 10, 5])
        #expect(chunks.map { $0.groups.map(\.part) } == [[1], [2], [3]])
    }

    @Test func fieldsWithFewProceduresShareASheetInOrder() throws {
        // Fields of 1, 1, 1, 1, 1, 12 and 3 procedures, 10 to a sheet.
        let sizes = [("A", 1), ("B", 1), ("C", 1), ("D", 1), ("E", 1), ("F", 12), ("G", 3)]
        var procedures: [Procedure] = []
        for (field, count) in sizes {
            for index in 1...count {
                var procedure = Self.procedure(code: String(format: "1.%06d", procedures.count + 1))
                procedure.field = "Lĩnh vực \(field)"
                procedure.name = "Thủ tục \(field)\(index)"
                procedures.append(procedure)
            }
        }
        let catalog = Catalog(procedures: procedures, asOf: CivilDate(year: 2026, month: 1, day: 1)!)
        let sheets = PosterLayout.pages(for: catalog, perPage: 10)
        let fields = sheets.map { $0.groups.map { "\($0.field.suffix(1))\($0.procedures.count)" } }
        // Five one-card fields share a sheet (a heading and a row each); F's first ten take a sheet
        // of their own; its last two share with G.
        #expect(fields == [["A1", "B1", "C1", "D1", "E1"], ["F10"], ["F2", "G3"]])
        #expect(sheets.allSatisfy { $0.procedures.count <= 10 })
        #expect(sheets.allSatisfy { $0.groups.map { PosterLayout.groupHeight($0.procedures) }.reduce(0, +) <= PosterLayout.sheetRoom })
        #expect(sheets.flatMap(\.procedures).map(\.code) == catalog.groups.flatMap(\.procedures).map(\.code))
    }

    @Test func printStylesheetKeepsQRCodesWholeAndLargeEnough() throws {
        let css = try String(contentsOf: Repository.root.appendingPathComponent("Themes/default/assets/style.css"), encoding: .utf8)
        let print = css.components(separatedBy: "@media print").dropFirst().joined()
        #expect(print.contains(".qr, .qr-box, .procedure, .poster-card, .facts div { break-inside: avoid; page-break-inside: avoid; }"))
        #expect(print.contains("break-after: page"))
        // 30 mm for at most 49 modules (version 6 and its quiet zone) is 0.61 mm a module.
        #expect(print.contains(".qr-poster { width: 30mm; height: 30mm; }"))
        #expect(css.contains("@page { size: A4;"))
    }

    @Test func searchIndexIsFoldedSoTonelessQueriesMatch() throws {
        let json = try #require(try render()["thu-tuc-hanh-chinh/tim-kiem.json"])
        let entries = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [[String: String]]
        let birth = try #require(entries.first { $0["c"] == "1.001193" })
        #expect(birth["t"] == "1.001193 dang ky khai sinh ho tich")
        #expect(birth["t"]!.contains(VietnameseFolding.fold("dang ky khai sinh")))
        #expect(birth["t"]!.contains(VietnameseFolding.fold("Đăng Ký")))
        #expect(!entries.contains { $0["c"] == "1.000004" })
    }

    @Test func aCardWithAVeryLongNameMakesItsFieldTakeMoreSheets() throws {
        // Real catalogs have names of several hundred characters; ten such cards do not fit one A4.
        let procedures = (1...10).map { index -> Procedure in
            var procedure = Self.procedure(code: String(format: "1.%06d", index))
            procedure.name = String(repeating: "Giao đất, cho thuê đất ", count: index == 3 ? 40 : 1) + "\(index)"
            return procedure
        }
        let chunks = PosterLayout.chunks(procedures, perPage: 10)
        #expect(chunks.count == 2)
        #expect(chunks.flatMap { $0 }.map(\.code) == procedures.map(\.code))
        #expect(chunks.allSatisfy { PosterLayout.groupHeight($0) <= PosterLayout.sheetRoom })
        // Short names: the card limit alone decides.
        #expect(PosterLayout.chunks(Array(procedures.prefix(2)) + procedures.suffix(7), perPage: 10).count == 1)
    }

    static func procedure(code: String) -> Procedure {
        Procedure(code: code, name: "Thủ tục \(code)", field: "Hộ tịch", levels: .communeOwn, timeLimit: nil, fee: nil,
                  onlineLevel: nil, agency: nil, legalBasis: nil, decision: nil, effectiveFrom: nil, effectiveUntil: nil,
                  status: .current, formalityId: nil, source: nil, sections: [],
                  location: SourceLocation(file: "test"))
    }
}
