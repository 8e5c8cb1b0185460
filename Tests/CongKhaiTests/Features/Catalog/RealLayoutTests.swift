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

/// Catalogs in the layouts real documents have (Fixtures/real-layouts/, written by
/// make_real_layouts.py): every procedure is published with the values of its source cells.
@Suite struct RealLayoutTests {
    /// What a procedure's page must say, from its source cells (and the section rows above it).
    struct Expected {
        let code, name, field, timeLimit, fee, level, role, agency: String
        var scope: Bool = false
    }

    static func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: Repository.fixtures.appendingPathComponent("real-layouts/\(name)"))
    }

    static let commune = "Ủy ban nhân dân xã giải quyết"
    static let notGiven = "Chưa ghi (danh mục không ghi cơ quan thực hiện)"

    /// The appendix of an announcement decision, as CSV and as a workbook with merges.
    static let appendix: [Expected] = [
        .init(code: "1.001193", name: "Thủ tục đăng ký khai sinh", field: "Hộ tịch", timeLimit: "Trong ngày", fee: "Miễn phí",
              level: "Cấp xã", role: commune, agency: "Ủy ban nhân dân cấp xã"),
        .init(code: "1.000894", name: "Thủ tục đăng ký kết hôn", field: "Hộ tịch", timeLimit: "3 ngày làm việc", fee: "Miễn phí",
              level: "Cấp xã", role: commune, agency: "Ủy ban nhân dân cấp xã"),
        .init(code: "2.000635", name: "Cấp bản sao Trích lục hộ tịch", field: "Hộ tịch", timeLimit: "Trong ngày", fee: "8.000 đồng",
              level: "Cấp tỉnh, Cấp xã", role: commune, agency: "Sở Tư pháp; Ủy ban nhân dân cấp xã"),
        .init(code: "1.001731", name: "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội", field: "Bảo trợ xã hội",
              timeLimit: "3 ngày làm việc", fee: "Miễn phí", level: "Cấp xã", role: commune, agency: notGiven),
        .init(code: "1.012812", name: "Hòa giải tranh chấp đất đai", field: "Đất đai", timeLimit: "30 ngày làm việc", fee: "Miễn phí",
              level: "Cấp tỉnh", role: "Xã tiếp nhận hồ sơ, cấp tỉnh giải quyết", agency: "Sở Nông nghiệp và Môi trường"),
        .init(code: "2.000815", name: "Cấp bản sao từ sổ gốc", field: "Chứng thực", timeLimit: "Trong ngày", fee: "Miễn phí",
              level: "Cấp xã", role: commune, agency: "Ủy ban nhân dân cấp xã", scope: true),
    ]

    static let national: [Expected] = [
        .init(code: "1.001193", name: "Thủ tục đăng ký khai sinh", field: "Hộ tịch", timeLimit: "1 ngày làm việc", fee: "Miễn phí",
              level: "Cấp xã", role: commune, agency: "Ủy ban nhân dân cấp xã"),
        .init(code: "1.001699", name: "Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật",
              field: "Bảo trợ xã hội", timeLimit: "25 ngày làm việc", fee: "Miễn phí", level: "Cấp xã", role: commune,
              agency: "Ủy ban nhân dân cấp xã"),
        .init(code: "1.000656", name: "Thủ tục đăng ký khai tử", field: "Hộ tịch", timeLimit: "1 ngày làm việc", fee: "Miễn phí",
              level: "Cấp xã", role: commune, agency: notGiven),
        .init(code: "1.001266", name: "Chấm dứt hoạt động hộ kinh doanh", field: "Đăng ký hộ kinh doanh", timeLimit: "3 ngày làm việc",
              fee: "Miễn phí", level: "Cấp xã", role: commune, agency: "Ủy ban nhân dân cấp xã"),
        .init(code: "1.000302", name: "Cấp, cấp lại Giấy phép vận tải đường bộ", field: "Đường bộ", timeLimit: "5 ngày làm việc",
              fee: "Không", level: "Cấp tỉnh", role: "Xã không giải quyết; cơ quan giải quyết: cấp tỉnh", agency: "Sở Xây dựng"),
    ]

    /// The `<dt>…</dt><dd>…</dd>` pairs of a page, unescaped.
    static func facts(_ html: String) -> [String: String] {
        var facts: [String: String] = [:]
        for match in html.matches(of: /<dt>([^<]*)<\/dt><dd>([^<]*)<\/dd>/) {
            facts[unescape(String(match.1))] = unescape(String(match.2))
        }
        return facts
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    private func check(_ catalogFile: String, _ data: Data, expected: [Expected]) throws {
        let site = try TemporarySite([:])
        try site.write("data/\(catalogFile)", data)
        let (loaded, diagnostics) = site.load()
        #expect(diagnostics.errors.isEmpty, "\(diagnostics.errors)")
        #expect(!diagnostics.warnings.contains { $0.code == .unknownColumn }, "\(diagnostics.warnings)")
        #expect(loaded?.catalog.all.map(\.code).sorted() == expected.map(\.code).sorted())
        let pages = try site.render()
        for procedure in expected {
            let html = try #require(pages["thu-tuc-hanh-chinh/\(procedure.code)/index.html"], "\(procedure.code)")
            let facts = Self.facts(html)
            #expect(html.contains("<h1>\(HTMLEscape.text(procedure.name))</h1>") || html.contains(HTMLEscape.text(procedure.name)), "\(procedure.code)")
            #expect(facts["Mã thủ tục"] == procedure.code)
            #expect(facts["Lĩnh vực"] == procedure.field, "\(procedure.code)")
            // The source's limit with its unit; a same-day rule its steps state may follow it.
            #expect(facts["Thời hạn giải quyết"]?.hasPrefix(procedure.timeLimit) == true, "\(procedure.code): \(facts["Thời hạn giải quyết"] ?? "")")
            #expect(facts["Phí, lệ phí"] == procedure.fee, "\(procedure.code)")
            #expect(facts["Cấp thực hiện"] == procedure.level, "\(procedure.code)")
            #expect(facts["Vai trò của xã"] == procedure.role, "\(procedure.code)")
            #expect(facts["Cơ quan thực hiện"] == procedure.agency, "\(procedure.code)")
            #expect((facts["Nộp ở nơi khác"] != nil) == procedure.scope, "\(procedure.code)")
        }
        let noAgency = expected.filter { $0.agency == Self.notGiven }.map(\.code)
        #expect(diagnostics.warnings.filter { $0.code == .procedureNoAgency }.count == noAgency.count)
    }

    @Test func appendixAsExcelSavesItToCSV() throws {
        try check("thu-tuc.csv", try Self.fixture("appendix.csv"), expected: Self.appendix)
    }

    @Test func appendixAsAWorkbookWithMergedTitlesHeadersAndSections() throws {
        try check("thu-tuc.xlsx", try Self.fixture("appendix.xlsx"), expected: Self.appendix)
    }

    @Test func nationalExportWithItsDetailRecords() throws {
        try check("thu-tuc.xlsx", try Self.fixture("national-export.xlsx"), expected: Self.national)
        // The detail record's fields are sections of the page, multi-line cells line by line.
        let site = try TemporarySite([:])
        try site.write("data/thu-tuc.xlsx", try Self.fixture("national-export.xlsx"))
        let page = try #require(try site.render()["thu-tuc-hanh-chinh/1.001193/index.html"])
        #expect(page.contains("Trình tự thực hiện"))
        #expect(page.contains("<p>- Người yêu cầu nộp hồ sơ tại Trung tâm Phục vụ hành chính công hoặc trực tuyến.</p>"))
        #expect(page.contains("<p>- Giấy chứng sinh.</p>"))
        #expect(Self.facts(page)["Cơ quan ban hành"] == "Bộ Tư pháp")
    }

    /// One catalog typed in NFC or NFD, as CSV, YAML or a workbook: the same site, byte for byte.
    @Test func everyInputFormAndUnicodeFormBuildsTheSameBytes() throws {
        var sites: [String: [String: String]] = [:]
        for form in ["nfc", "nfd"] {
            for (ext, target) in [("csv", "thu-tuc.csv"), ("yaml", "thu-tuc.yaml"), ("xlsx", "thu-tuc.xlsx")] {
                let site = try TemporarySite([:])
                try site.write("data/\(target)", try Self.fixture("same-\(form).\(ext)"))
                sites["\(form).\(ext)"] = try site.render()
            }
        }
        let reference = try #require(sites["nfc.csv"])
        #expect(reference["thu-tuc-hanh-chinh/2.000635/index.html"]?.contains("Cấp bản sao Trích lục hộ tịch") == true)
        for (name, files) in sites.sorted(by: { $0.key < $1.key }) {
            #expect(files.keys.sorted() == reference.keys.sorted(), "\(name)")
            let differing = reference.keys.filter { files[$0] != reference[$0] }.sorted()
            #expect(differing.isEmpty, "\(name) differs in \(differing.prefix(3))")
        }
        // The NFD files really are decomposed, so the test cannot pass for want of it.
        let nfd = String(decoding: try Self.fixture("same-nfd.csv"), as: UTF8.self)
        #expect(nfd.unicodeScalars.contains { (0x0300...0x036F).contains($0.value) })
    }

    @Test func aWorkbookRenamedCSVIsReadAsOneAndNamed() throws {
        let site = try TemporarySite([:])
        try site.write("data/thu-tuc.csv", try Self.fixture("same-nfc.xlsx"))
        let (loaded, diagnostics) = site.load()
        #expect(diagnostics.errors.isEmpty, "\(diagnostics.errors)")
        #expect(loaded?.catalog.all.count == 4)
        let warning = try #require(diagnostics.warnings.first { $0.code == .workbookNamedCSV })
        #expect(warning.location.file == "data/thu-tuc.csv")
    }

    @Test func sectionRowsAreReadAsFieldsLevelsScopesAndSubtotals() {
        #expect(CatalogSectionRows.kind(of: "I. LĨNH VỰC HỘ TỊCH") == .field("Hộ tịch"))
        #expect(CatalogSectionRows.kind(of: "23-Lĩnh vực hộ tịch") == .field("hộ tịch"))
        #expect(CatalogSectionRows.kind(of: "Lĩnh vực Chứng thực") == .field("Chứng thực"))
        #expect(CatalogSectionRows.kind(of: "Tổng cộng: 25 thủ tục") == .subtotal)
        #expect(CatalogSectionRows.kind(of: "Cộng") == .subtotal)
        #expect(CatalogSectionRows.kind(of: "A. THỦ TỤC HÀNH CHÍNH CẤP XÃ") == .levels(ProcedureLevels([.commune]), scope: nil))
        #expect(CatalogSectionRows.kind(of: "B. TTHC cấp tỉnh tiếp nhận tại cấp xã")
                == .levels(ProcedureLevels([.province], receivedAtCommune: true), scope: nil))
        #expect(CatalogSectionRows.kind(of: "Danh mục TTHC không phụ thuộc vào địa giới hành chính") == .scope(.anywhereInProvince))
        #expect(Numbering.prefixLength("II. Lĩnh vực") == 4 && Numbering.prefixLength("Cấp xã") == 0
                && Numbering.prefixLength("Lĩnh vực") == 0 && Numbering.prefixLength("1.2. Hộ tịch") == 5)
    }

    @Test func levelsAreListsWithTheCommunesRoleTold() throws {
        let both = try #require(ProcedureValues.levels("Cấp Tỉnh, Cấp Xã"))
        #expect(both.levels == [.province, .commune] && both.communeResolves && both.listLabel == nil)
        let received = try #require(ProcedureValues.levels("Cấp tỉnh tiếp nhận tại xã"))
        #expect(!received.communeResolves && received.listLabel == "Cấp tỉnh (tiếp nhận tại xã)")
        #expect(ProcedureValues.levels("Cấp Bộ")?.levels == [.ministry])
        #expect(ProcedureValues.levels("Cơ quan khác")?.levels == [.other])
        #expect(ProcedureValues.levels("Cấp Bộ; Cơ quan khác")?.levels == [.ministry, .other])
        #expect(ProcedureValues.levels("Cấp huyện")?.levels == [.district])
        #expect(ProcedureValues.levels("thị xã")?.levels == [.district])
        #expect(ProcedureValues.levels("Phường")?.levels == [.commune])
        #expect(ProcedureValues.levels("") == .communeOwn)
        #expect(ProcedureValues.levels("Cấp thôn") == nil)
    }
}

@Suite struct DiagnosticReportTests {
    @Test func errorsFirstThenRepeatedWarningsGroupedWithCountAndPlaces() {
        let diagnostics = Diagnostics()
        for line in 2...40 {
            diagnostics.warning(.procedureNoAgency, at: SourceLocation(file: "data/thu-tuc.csv", line: line), "thiếu cơ quan \(line)")
        }
        diagnostics.warning(.unknownColumn, at: SourceLocation(file: "data/thu-tuc.csv", line: 1, column: 9), "cột lạ")
        diagnostics.error(.procedureInvalidCode, at: SourceLocation(file: "data/thu-tuc.csv", line: 30), "mã sai")
        let lines = DiagnosticReport.lines(diagnostics)
        #expect(lines.first?.contains("lỗi CK051") == true)
        #expect(lines.count == 1 + 1 + 3, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("cảnh báo CK065 (39 lần)") })
        #expect(lines.contains { $0.contains("data/thu-tuc.csv:2: cảnh báo CK065: thiếu cơ quan 2") })
        #expect(lines.contains { $0.contains("data/thu-tuc.csv:3; data/thu-tuc.csv:4; data/thu-tuc.csv:5; data/thu-tuc.csv:6 và 34 chỗ khác") })
        #expect(lines.contains { $0.contains("cảnh báo CK033: cột lạ") })
        #expect(DiagnosticReport.lines(diagnostics, verbose: true).count == 41)
        #expect(DiagnosticReport.lines(diagnostics, showWarnings: false).count == 1)
    }
}

@Suite struct CSVSubHeaderTests {
    /// A header merged over two rows, as Excel saves it to CSV: the parent's cell once, blanks
    /// beside it, the sub-headers on the next row.
    @Test func aSecondHeaderRowSavedFromMergedCellsIsPartOfTheHeader() throws {
        let csv = """
        STT,Mã số TTHC,Tên thủ tục hành chính,Lĩnh vực,Thông tin giải quyết,,
        ,,,,Thời hạn giải quyết,"Phí, lệ phí (đồng)",Cơ quan thực hiện
        1,1.001193,Thủ tục đăng ký khai sinh,Hộ tịch,Trong ngày,0,Ủy ban nhân dân cấp xã
        """
        let diagnostics = Diagnostics()
        let table = try #require(DataTable.csv(csv, file: "data/thu-tuc.csv", vocabulary: .standard, diagnostics: diagnostics))
        #expect(table.headers == ["STT", "Mã số TTHC", "Tên thủ tục hành chính", "Lĩnh vực", "Thời hạn giải quyết",
                                  "Phí, lệ phí (đồng)", "Cơ quan thực hiện"])
        #expect(table.rows.count == 1 && table.rows[0].line == 3 && table.headerLine == 2)
        // A data row below the header is never taken for one.
        let plain = try #require(DataTable.csv("Mã TTHC,Tên thủ tục,Lĩnh vực\n1.001193,Đăng ký khai sinh,Hộ tịch\n",
                                               file: "data/t.csv", diagnostics: diagnostics))
        #expect(plain.rows.count == 1 && plain.headerLine == 1)
        #expect(diagnostics.all.isEmpty, "\(diagnostics.all)")
    }
}
