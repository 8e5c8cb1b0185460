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
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Characters that text pasted from Word, PDF or a chat carries and no page should (issue 26,
/// B9, B23, B24): control characters (a vertical tab is Word's line break), bidirectional
/// overrides (which make "exe.pdf" read as "fdp.exe"), and Excel's `_x000B_` escapes of them.
@Suite struct TextCleaningTests {
    static let hostile = "\u{0B}\u{0C}\u{07}\u{1B}\u{202E}\u{2066}\u{200F}\u{85}\u{7F}\u{FFFE}"

    @Test func cleaningKeepsTabsAndLineBreaksAndReplacesTheRest() {
        #expect(TextCleaning.clean("Đăng ký\u{0B}khai sinh") == "Đăng ký khai sinh")
        #expect(TextCleaning.clean("a\tb\nc") == "a\tb\nc")
        #expect(TextCleaning.clean("hồ sơ \u{202E}fdp.exe") == "hồ sơ fdp.exe")
        #expect(TextCleaning.clean("x\u{1B}[31my") == "x [31my")
        #expect(TextCleaning.clean("Xã Bình Tân Hưng") == "Xã Bình Tân Hưng")
        for character in Self.hostile.unicodeScalars {
            let cleaned = TextCleaning.clean("a\(character)b")
            #expect(!cleaned.unicodeScalars.contains(character), "U+\(String(character.value, radix: 16))")
        }
    }

    /// B9 and B23: one of each in a catalog cell, a notice's title and body, a page and a
    /// register cell; no output file carries any, feed.xml stays well-formed, and neither does
    /// the package's change report.
    @Test func noOutputCarriesAControlCharacterOrABidiOverride() throws {
        var files = SampleSite.files
        files["data/thu-tuc.csv"] = """
        Mã TTHC,Tên thủ tục,Lĩnh vực,Thời hạn giải quyết,Phí
        1.001193,Đăng ký\u{0B}khai sinh\u{202E},Hộ tịch,1 ngày làm việc,Miễn phí\u{1B}[31m
        1.004884,Đăng ký kết hôn,Hộ tịch,3 ngày làm việc,Miễn phí
        2.000986,Chứng thực bản sao từ bản chính,Chứng thực,Trong ngày,2.000 đồng/trang
        """
        files["notices/a.md"] = "---\ntitle: Thông báo\u{0C} A\u{202E}\ndate: 02/11/2026\n---\nNội dung\u{07} \(Self.hostile) \u{1B}[31m.\n"
        files["pages/gioi-thieu.md"] = "---\ntitle: Giới thiệu\nmenu: 1\n---\nXem\u{0B}thủ tục \u{2066}ở đây\u{2069}.\n"
        files["data/ho-so-tre-han.csv"] = "Mã hồ sơ,Mã TTHC,Ngày tiếp nhận,Hạn trả,Ngày trả,Lý do\nHS-01,1.001193,06/01/2025 09:15,07/01/2025,20/01/2025,Thiếu\u{0B}giấy tờ\u{202E}\n"
        let site = try TemporarySite(files)
        let diagnostics = Diagnostics()
        _ = try SiteBuilder.build(site.options(), diagnostics: diagnostics, whileLocked: { output in
            _ = try? SitePackage.make(site: output, asOf: CivilDate(parsing: "2026-11-21")!)
        })
        for (path, data) in treeContents(site.output) where PublishedText.isText(path) {
            let text = String(decoding: data, as: UTF8.self)
            let found = text.unicodeScalars.filter(PublishedText.isForbidden)
            #expect(found.isEmpty, "\(path): \(found.map { String($0.value, radix: 16) })")
        }
        let feed = try Data(contentsOf: site.output.appendingPathComponent("feed.xml"))
        let parser = XMLParser(data: feed)
        #expect(parser.parse() && parser.parserError == nil, "feed.xml is not well-formed: \(String(describing: parser.parserError))")
        let report = try String(contentsOf: site.root.appendingPathComponent("public.thay-doi.txt"), encoding: .utf8)
        #expect(!report.unicodeScalars.contains(where: PublishedText.isForbidden))
        let page = try String(contentsOf: site.output.appendingPathComponent("thu-tuc-hanh-chinh/1.001193/index.html"), encoding: .utf8)
        #expect(page.contains("Đăng ký khai sinh"))
    }

    /// B24: a workbook keeps a control character typed into a cell as `_x000B_` (the OOXML
    /// escape); it was published literally. `_x005F_` escapes the underscore itself.
    @Test func excelEscapesAreDecodedThenCleaned() throws {
        var workbook = SheetWorkbook(rows: [["Mã TTHC", "Tên thủ tục", "Lĩnh vực", "Thời hạn giải quyết", "Phí"],
                                            ["1.001193", "Đăng ký_x000B_khai sinh_x202E_", "Hộ_x0009_tịch", "1 ngày làm việc", "Mã _x005F_x000B_ giữ nguyên"]])
        workbook.rawStrings = true
        let site = try TemporarySite([:])
        try site.write("data/thu-tuc.xlsx", try workbook.data())
        let (loaded, diagnostics) = site.load()
        let procedure = try #require(loaded?.catalog.all.first, "\(diagnostics.errors)")
        #expect(procedure.name == "Đăng ký khai sinh")
        #expect(procedure.fee == "Mã _x000B_ giữ nguyên")
        #expect(!procedure.field.unicodeScalars.contains { $0.value < 0x09 })
    }

}
