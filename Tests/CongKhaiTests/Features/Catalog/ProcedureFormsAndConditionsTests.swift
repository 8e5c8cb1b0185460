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

/// Nghị định 63/2010/NĐ-CP Điều 8 khoản 2 h) (as amended by Nghị định 92/2017): forms and
/// requirements, conditions are parts of a procedure "where it has them". The procedure's own
/// content says when: documents that name a form, text that speaks of conditions. Carried as
/// sections or columns, they are counted in the completeness figure and shown on the page.
@Suite struct ProcedureFormsAndConditionsTests {
    static let header = "Mã TTHC,Tên thủ tục,Lĩnh vực,Thời hạn giải quyết,Phí,Cơ quan thực hiện"
    /// Every element a) to g) and the result, so only forms and conditions can be missing.
    static func detail(documents: String, extra: String = "", steps: String = "Nộp hồ sơ.") -> String {
        """
        ## Trình tự thực hiện

        \(steps)

        ## Cách thức thực hiện

        Trực tiếp.

        ## Thành phần, số lượng hồ sơ

        \(documents)

        ## Đối tượng thực hiện

        Công dân.

        ## Kết quả thực hiện

        Quyết định.
        \(extra)
        """
    }

    private func load(_ rows: String, details: [String: String]) throws -> (Site?, Diagnostics, TemporarySite) {
        var files = ["data/thu-tuc.csv": Self.header + "\n" + rows]
        for (code, text) in details { files["data/thu-tuc/\(code).md"] = text }
        let site = try TemporarySite(files)
        let (loaded, diagnostics) = site.load()
        return (loaded, diagnostics, site)
    }

    @Test func aNamedFormMustBeCarriedAndConditionsStated() throws {
        let rows = """
        1.000001,Hỗ trợ mai táng,Bảo trợ xã hội,3 ngày làm việc,Miễn phí,UBND cấp xã
        1.000002,Trợ cấp hưu trí,Bảo trợ xã hội,10 ngày làm việc,Miễn phí,UBND cấp xã
        1.000003,Cấp bản sao,Chứng thực,Trong ngày,Miễn phí,UBND cấp xã
        1.000004,Đăng ký hộ kinh doanh,Kinh doanh,3 ngày làm việc,100.000 đồng,UBND cấp xã

        """
        let details = [
            // A form named in the documents, not carried: h) Mẫu đơn, tờ khai is missing.
            "1.000001": Self.detail(documents: "- Tờ khai đề nghị hỗ trợ chi phí mai táng (Mẫu số 04 ban hành kèm theo Nghị định số 20/2021/NĐ-CP)."),
            // Conditions spoken of ("đủ điều kiện") and not stated: h) Yêu cầu, điều kiện is missing.
            "1.000002": Self.detail(documents: "- Văn bản đề nghị.", steps: "Trường hợp đủ điều kiện thì quyết định hưởng."),
            // Neither named nor spoken of: nothing more is asked.
            "1.000003": Self.detail(documents: "- Bản chính giấy tờ."),
            // Both, carried as sections: complete.
            "1.000004": Self.detail(documents: "- Giấy đề nghị theo Mẫu số 1, Phụ lục II, Thông tư số 68/2025/TT-BTC.",
                                    extra: "\n## Mẫu đơn, tờ khai\n\n- [Giấy đề nghị đăng ký hộ kinh doanh](https://example.vn/mau-1.docx)\n\n## Yêu cầu, điều kiện\n\nĐủ điều kiện theo khoản 2 Điều 85 Nghị định số 168/2025/NĐ-CP.\n",
                                    steps: "Hồ sơ đủ điều kiện thì cấp giấy chứng nhận."),
        ]
        let (site, diagnostics, temporary) = try load(rows, details: details)
        let incomplete = diagnostics.warnings.filter { $0.code == .procedureIncomplete }
        #expect(incomplete.map(\.location.line) == [2, 3], "\(incomplete)")
        #expect(incomplete[0].message.contains("1.000001 thiếu: h) Mẫu đơn, tờ khai."))
        #expect(incomplete[1].message.contains("1.000002 thiếu: h) Yêu cầu, điều kiện."))
        #expect(site?.completeness.line == "2/4 thủ tục đủ nội dung (Nghị định 63/2010 Điều 8)")

        // The page carries the form's name and its link, and the conditions.
        let page = try #require(try temporary.render()["thu-tuc-hanh-chinh/1.000004/index.html"])
        #expect(page.contains(">Mẫu đơn, tờ khai</h2>") && page.contains("<a href=\"https://example.vn/mau-1.docx\">Giấy đề nghị đăng ký hộ kinh doanh</a>"))
        #expect(page.contains(">Yêu cầu, điều kiện</h2>") && page.contains("khoản 2 Điều 85 Nghị định số 168/2025/NĐ-CP"))
    }

    /// A documents table with a "Mẫu đơn, tờ khai" column (as the national database prints it)
    /// already carries the forms; a column of the catalog does too, and shows as a section.
    @Test func formsCarriedInTheDocumentsTableOrAColumnCount() throws {
        let table = "| Tên giấy tờ | Mẫu đơn, tờ khai | Số lượng |\n|---|---|---|\n| Tờ khai của đối tượng | Mẫu số 07 ban hành kèm theo Nghị định số 20/2021/NĐ-CP | 1 bản chính |"
        let csv = Self.header + ",\"Mẫu đơn, tờ khai\"\n"
            + "1.000005,Tiếp nhận đối tượng,Bảo trợ xã hội,10 ngày làm việc,Miễn phí,UBND cấp xã,\n"
            + "1.000006,Thành lập hội,Hội,30 ngày làm việc,Miễn phí,UBND cấp xã,Đơn đề nghị thành lập hội (theo mẫu)\n"
        let site = try TemporarySite(["data/thu-tuc.csv": csv,
                                      "data/thu-tuc/1.000005.md": Self.detail(documents: table),
                                      "data/thu-tuc/1.000006.md": Self.detail(documents: "- Đơn đề nghị thành lập hội (theo mẫu).")])
        let (loaded, diagnostics) = site.load()
        #expect(!diagnostics.warnings.contains { $0.code == .procedureIncomplete }, "\(diagnostics.warnings)")
        #expect(loaded?.completeness.line == "2/2 thủ tục đủ nội dung (Nghị định 63/2010 Điều 8)")
        let page = try #require(try site.render()["thu-tuc-hanh-chinh/1.000006/index.html"])
        #expect(page.contains(">Mẫu đơn, tờ khai</h2>") && page.contains("Đơn đề nghị thành lập hội (theo mẫu)"))
    }

    /// The example site: every procedure whose content names a form carries its forms.
    @Test func theExampleCarriesItsForms() throws {
        let (loaded, diagnostics) = ExampleSite.load()
        let site = try #require(loaded)
        #expect(!diagnostics.warnings.contains { $0.code == .procedureIncomplete }, "\(diagnostics.warnings.filter { $0.code == .procedureIncomplete })")
        #expect(site.completeness.isComplete)
        let birth = try #require(site.catalog.all.first { $0.code == "1.001193" })
        #expect(birth.sections.contains { $0.title == "Mẫu đơn, tờ khai" && $0.markdown.contains("Tờ khai đăng ký khai sinh") })
    }
}
