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

@Suite struct DataTableTests {
    private func table(_ bytes: Data, diagnostics: Diagnostics = Diagnostics()) throws -> DataTable {
        let text = try SourceFile.decode(bytes)
        return try #require(DataTable.csv(text, file: "data/t.csv", vocabulary: .standard, diagnostics: diagnostics))
    }

    @Test func stripsBOMAndHandlesCRLF() throws {
        let bytes = Data([0xEF, 0xBB, 0xBF]) + Data("Mã TTHC,Tên\r\n1.001193,Khai sinh\r\n".utf8)
        let result = try table(bytes)
        #expect(result.headers == ["Mã TTHC", "Tên"])
        #expect(result.rows.count == 1)
        #expect(result.rows[0].cells == ["1.001193", "Khai sinh"])
        #expect(result.rows[0].line == 2)
    }

    @Test func keepsQuotedCommasNewlinesAndDoubledQuotes() throws {
        let csv = "ma,ten,phi\n1.000001,\"Thực hiện, điều chỉnh\",\"50.000 \"\"đồng\"\"\nmỗi bản\"\n1.000002,B,C\n"
        let result = try table(Data(csv.utf8))
        #expect(result.rows.count == 2)
        #expect(result.rows[0].cells[1] == "Thực hiện, điều chỉnh")
        #expect(result.rows[0].cells[2] == "50.000 \"đồng\"\nmỗi bản")
        // Rows are numbered as records (what Excel shows), not as text lines.
        #expect(result.rows[1].line == 3)
    }

    @Test func guessesSemicolonDelimiterOfVietnameseExcel() throws {
        let result = try table(Data("Mã TTHC;Tên thủ tục\n1.001193;Đăng ký khai sinh\n".utf8))
        #expect(result.headers == ["Mã TTHC", "Tên thủ tục"])
        #expect(result.rows[0].cells == ["1.001193", "Đăng ký khai sinh"])
    }

    @Test func normalizesDecomposedTextToNFC() throws {
        let decomposed = "Mã TTHC,Tên\n1.001193,Đăng ký khai sinh\n".decomposedStringWithCanonicalMapping
        let result = try table(Data(decomposed.utf8))
        #expect(result.headers[0] == "Mã TTHC")
        #expect(result.rows[0].cells[1] == "Đăng ký khai sinh")
        #expect(result.rows[0].cells[1].unicodeScalars.count == "Đăng ký khai sinh".unicodeScalars.count)
    }

    @Test func skipsBlankRowsButKeepsRowNumbers() throws {
        let result = try table(Data("a,b\n1,2\n,\n3,4\n".utf8))
        #expect(result.rows.map(\.line) == [2, 4])
    }

    @Test func reportsRowsWithMoreCellsThanHeaders() throws {
        let diagnostics = Diagnostics()
        _ = try table(Data("a,b\n1,2\n3,4,5\n".utf8), diagnostics: diagnostics)
        let error = try #require(diagnostics.errors.first)
        #expect(error.code == .csvRowTooLong)
        #expect(error.location.line == 3)
    }

    @Test func reportsUnclosedQuoteAtTheRowWhereItOpens() throws {
        let diagnostics = Diagnostics()
        let result = DataTable.csv("a,b\n1,2\n\"3,4\n5,6\n", file: "data/t.csv", vocabulary: .standard, diagnostics: diagnostics)
        #expect(result == nil)
        let error = try #require(diagnostics.errors.first)
        #expect(error.code == .csvSyntax)
        #expect(error.location.line == 3)
    }

    /// A stray quote in a row above well-quoted ones: pairing from the top would leave the
    /// file's last quote open and name the last quoted row instead.
    @Test func namesTheStrayQuoteNotWhereThePairsRanOut() throws {
        let text = "ma,ten,linh_vuc\n1.1,\"Ten, co phay\",Ho tich\n1.2,\"Ten bi hong,Ho tich\n1.3,Ten,Ho tich\n"
            + "1.4,\"Mot, hai\",Ho tich\n1.5,\"Ba, bon\",Ho tich\n"
        let diagnostics = Diagnostics()
        #expect(DataTable.csv(text, file: "data/t.csv", vocabulary: .standard, diagnostics: diagnostics) == nil)
        let error = try #require(diagnostics.errors.first)
        #expect(error.code == .csvSyntax)
        #expect(error.location.line == 3)
        // A cell that rightly spans two lines above a stray quote: the stray one is named.
        #expect(DataTable.unclosedQuoteLine("ma,ten\n1,\"a\nb\"\n2,x\"y\n3,\"z\"\n") == 4)
        // Balanced quotes are SwiftCSV's to read, stray or not.
        #expect(DataTable.unclosedQuoteLine("ma,ten\n1,12\" man hinh 2\"\n") == nil)
        #expect(DataTable.unclosedQuoteLine("ma;ten\n1;\"co \"\"ngoac\"\" kep\"\n2;\"mo\n") == 3)
    }

    @Test func rejectsNonUTF8() {
        #expect(throws: SourceFile.ReadError.notUTF8(line: 1)) { try SourceFile.decode(Data([0x4D, 0xE3, 0x20, 0xFF])) }
    }
}

@Suite struct ColumnMappingTests {
    let specs = [
        ColumnSpec("code", label: "Mã TTHC", aliases: ["ma"], required: true),
        ColumnSpec("name", label: "Tên thủ tục", aliases: ["ten"], required: true),
        ColumnSpec("fee", label: "Phí, lệ phí"),
    ]

    private func mapping(_ headers: [String], diagnostics: Diagnostics) -> ColumnMapping {
        let table = DataTable(file: "data/t.csv", origin: .csv, headers: headers,
                              rows: [.init(line: 2, cells: headers.indices.map { "v\($0)" })])
        return ColumnMapping.match(table, specs: specs, diagnostics: diagnostics)
    }

    @Test func matchesWithoutCaseDiacriticsOrPunctuation() {
        let diagnostics = Diagnostics()
        let columns = mapping(["MÃ TTHC", "ten thu tuc", "phi_le_phi"], diagnostics: diagnostics)
        #expect(columns.column("code") == 0)
        #expect(columns.column("name") == 1)
        #expect(columns.column("fee") == 2)
        #expect(diagnostics.all.isEmpty)
    }

    @Test func matchesAliases() {
        let diagnostics = Diagnostics()
        let columns = mapping(["Ma", "Ten"], diagnostics: diagnostics)
        #expect(columns.column("code") == 0 && columns.column("name") == 1)
    }

    /// A misspelt known column that holds data would lose it: an error naming both columns.
    @Test func aResemblingUnknownColumnWithDataIsAnErrorNamingBoth() throws {
        let diagnostics = Diagnostics()
        _ = mapping(["Mã TTHC", "Tên thủ tục", "Phi le phii"], diagnostics: diagnostics)
        let error = try #require(diagnostics.errors.first)
        #expect(error.code == .unknownColumn)
        #expect(error.location.column == 3 && error.location.field == "Phi le phii")
        #expect(error.message.contains("\"Phi le phii\"") && error.message.contains("\"Phí, lệ phí\""))
        #expect(diagnostics.warnings.isEmpty)
    }

    /// Other unknown columns are listed once, in one warning at the first of them.
    @Test func unrelatedUnknownColumnsAreOneWarningNamingEach() throws {
        let diagnostics = Diagnostics()
        _ = mapping(["Mã TTHC", "Ghi chú nội bộ", "Tên thủ tục", "Người nhập"], diagnostics: diagnostics)
        #expect(diagnostics.errors.isEmpty)
        let warnings = diagnostics.warnings
        #expect(warnings.count == 1)
        let warning = try #require(warnings.first)
        #expect(warning.description.hasPrefix("data/t.csv:1:2 [Ghi chú nội bộ]: cảnh báo CK033"))
        #expect(warning.message.contains("\"Ghi chú nội bộ\", \"Người nhập\""))
    }

    /// Real appendix headers: qualifiers taken out (a unit passed on), abbreviations written out.
    @Test func qualifiedAndAbbreviatedHeadersOfRealAppendicesMatch() {
        let diagnostics = Diagnostics()
        let specs = ProcedureColumns.specs
        let headers = ["Mã số TTHC", "Tên TTHC", "Lĩnh vực", "Thời hạn giải quyết (ngày làm việc)", "Phí, lệ phí (đồng)",
                       "Mức độ DVCTT", "Cơ quan thực hiện", "Địa điểm thực hiện"]
        let table = DataTable(file: "data/t.csv", origin: .csv, headers: headers,
                              rows: [.init(line: 2, cells: ["1.001193", "Đăng ký khai sinh", "Hộ tịch", "5", "50.000", "Toàn trình", "UBND cấp xã", "Trung tâm"])])
        let columns = ColumnMapping.match(table, specs: specs, diagnostics: diagnostics)
        #expect(diagnostics.all.isEmpty, "\(diagnostics.all)")
        for key in ["code", "name", "field", "time_limit", "fee", "online_level", "agency", "place"] { #expect(columns.has(key), "\(key)") }
        let row = table.rows[0]
        #expect(columns.value("fee", in: row) == "50.000 đồng")
        // The time limit's unit is a typed value the catalog reads from the header (issue 23's
        // `TimeLimitUnit`), not text added to the cell.
        #expect(columns.value("time_limit", in: row) == "5")
        #expect(TimeLimitUnit(headerQualifier: headers[3]) != nil)
        for (header, other) in [("Phí, lệ phí (nếu có)", "Phí lệ phí"), ("Mức độ dịch vụ công trực tuyến", "MỨC ĐỘ DVCTT"),
                                ("Phí/Lệ phí (VNĐ)", "phi_le_phi")] {
            #expect(HeaderName.key(header) == HeaderName.key(other), "\(header)")
        }
        #expect(HeaderName("Phí/Lệ phí (VNĐ)").qualifiers == ["VNĐ"])
        #expect(ProcedureUnits.currency("VNĐ") == "đồng" && ProcedureUnits.currency("nếu có") == nil)
    }

    @Test func reportsMissingRequiredAndDuplicateColumns() {
        let diagnostics = Diagnostics()
        _ = mapping(["Mã TTHC", "ma"], diagnostics: diagnostics)
        #expect(Set(diagnostics.codes(.error)) == ["CK034", "CK035"])
    }
}

@Suite struct FrontMatterTests {
    @Test func splitsYAMLFromBody() throws {
        let parts = try FrontMatter.split("---\ntitle: A\n---\n# Body\n")
        #expect(parts.yaml == "title: A")
        #expect(parts.body == "# Body\n")
    }

    @Test func withoutFrontMatterEverythingIsBody() throws {
        let parts = try FrontMatter.split("# Only body")
        #expect(parts.yaml == nil)
        #expect(parts.body == "# Only body")
    }

    @Test func unclosedBlockIsAnError() {
        #expect(throws: FrontMatter.SplitError.unclosed) { try FrontMatter.split("---\ntitle: A\nbody") }
        #expect(throws: FrontMatter.SplitError.unclosed) { try FrontMatter.split("---") }
        #expect(throws: FrontMatter.SplitError.unclosed) { try FrontMatter.split("---\n") }
    }

    /// The body keeps its text exactly, and says on which line of the file it starts.
    @Test func theBodyKnowsWhereItStarts() throws {
        #expect(try FrontMatter.split("# Only body").bodyLineOffset == 0)
        let parts = try FrontMatter.split("---\ntitle: A\ndate: 01/01/2026\n...\n\nBody\n\n")
        #expect(parts.bodyLineOffset == 4)
        #expect(parts.body == "\nBody\n\n")
        let empty = try FrontMatter.split("---\n---")
        #expect(empty.yaml == "" && empty.body == "" && empty.bodyLineOffset == 2)
        let closedAtEnd = try FrontMatter.split("---\na: b\n---\n")
        #expect(closedAtEnd.body == "" && closedAtEnd.bodyLineOffset == 3)
    }

    @Test func yamlErrorsPointAtTheLineInTheFile() throws {
        let site = try TemporarySite(["pages/a.md": "---\ntitle: A\ndate: [oops\n---\nBody"])
        let (_, diagnostics) = site.load()
        let error = try #require(diagnostics.errors.first { $0.code == .frontMatterSyntax })
        #expect(error.location.file == "pages/a.md")
        #expect((error.location.line ?? 0) >= 3)
    }

    @Test func invalidDateAndMissingTitleAreReportedTogether() throws {
        let site = try TemporarySite([
            "pages/a.md": "---\ndate: 31/02/2025\n---\nBody",
            "notices/b.md": "---\ntitle: B\n---\nBody",
        ])
        let (_, diagnostics) = site.load()
        let codes = diagnostics.codes(.error)
        #expect(codes.contains("CK021"))  // missing title
        #expect(codes.filter { $0 == "CK022" }.count == 2)  // impossible date, notice without date
        let dateError = try #require(diagnostics.errors.first { $0.location.file == "pages/a.md" && $0.code == .invalidDate })
        #expect(dateError.location.line == 2)
    }

    @Test func draftsAreNotBuilt() throws {
        let site = try TemporarySite(["pages/a.md": "---\ntitle: A\ndraft: true\n---\nBody"])
        let files = try site.render()
        #expect(files["a/index.html"] == nil)
    }
}

@Suite struct SiteConfigTests {
    @Test func missingContactFieldsAreErrorsWithLines() throws {
        let site = try TemporarySite([:], config: """
        commune: Xã A
        province: Quảng Ngãi
        agency:
          name: UBND xã A
          phone: 0255
        """)
        let (_, diagnostics) = site.load()
        let missing = diagnostics.errors.filter { $0.code == .siteConfigMissingField }
        #expect(missing.count == 3)  // address, email, working_hours
        #expect(missing.allSatisfy { $0.location.file == "site.yaml" && $0.location.line != nil })
    }

    @Test func unknownKeysGetADidYouMean() throws {
        let site = try TemporarySite([:], config: TemporarySite.minimalConfig + "\nthem: default\n")
        let (_, diagnostics) = site.load()
        let warning = try #require(diagnostics.warnings.first { $0.code == .siteConfigUnknownKey })
        #expect(warning.message.contains("\"theme\""))
    }

    @Test func baseURLWithSubPathGivesRootPath() throws {
        let url = try #require(BaseURL("https://quangngai.gov.vn/xa/binh-tan"))
        #expect(url.rootPath == "/xa/binh-tan/")
        #expect(url.absolute("thu-tuc-hanh-chinh/") == "https://quangngai.gov.vn/xa/binh-tan/thu-tuc-hanh-chinh/")
        #expect(BaseURL("ftp://x") == nil)
        #expect(BaseURL("not a url") == nil)
    }
}

@Suite struct SiteDataTests {
    @Test func everyDataFileIsOfferedToTemplates() throws {
        let site = try TemporarySite([
            "data/lanh-dao.yaml": "- ho_ten: Nguyễn Văn A\n  chuc_vu: Chủ tịch\n",
            "data/bao-cao/hai-long.csv": "Đơn vị,Hài lòng\nXã A,97\n",
            "pages/lanh-dao.md": "---\ntitle: Lãnh đạo\nlayout: leaders\n---\n",
            "theme/templates/leaders.mustache":
                "{{#data.lanh_dao}}<p>{{ho_ten}} – {{chuc_vu}}</p>{{/data.lanh_dao}}{{#data.bao_cao.hai_long}}<i>{{don_vi}}={{hai_long}}</i>{{/data.bao_cao.hai_long}}",
        ])
        let files = try site.render()
        #expect(files["lanh-dao/index.html"] == "<p>Nguyễn Văn A – Chủ tịch</p><i>Xã A=97</i>")
    }

    @Test func brokenDataFileIsReportedEvenIfUnused() throws {
        let site = try TemporarySite(["data/unused.yaml": "a: [1, 2\n"])
        let (_, diagnostics) = site.load()
        let error = try #require(diagnostics.errors.first)
        #expect(error.code == .yamlDataSyntax)
        #expect(error.location.file == "data/unused.yaml")
    }
}
