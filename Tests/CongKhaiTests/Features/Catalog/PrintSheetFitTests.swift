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

/// The one-procedure sheet fits one A4 page, in smaller type when that suffices, or is split
/// deliberately onto two sheets with a warning. (Calibrated by printing the example's 28 sheets
/// with Chromium: every one prints on one page.)
@Suite struct PrintSheetFitTests {
    static func site(items: Int) throws -> TemporarySite {
        let list = (1...items).map { "- Giấy tờ số \($0): bản sao có chứng thực hoặc bản chụp kèm bản chính để đối chiếu." }
        return try TemporarySite([
            "data/thu-tuc.csv": "Mã TTHC,Tên thủ tục,Lĩnh vực,Thời hạn giải quyết,Phí,Cơ quan thực hiện\n1.001193,Đăng ký khai sinh,Hộ tịch,1 ngày làm việc,Miễn phí,UBND xã\n",
            "data/thu-tuc/1.001193.md": "## Thành phần hồ sơ\n\n" + list.joined(separator: "\n") + "\n",
        ])
    }

    @Test(arguments: [(10, PrintSheetFit.onePage, "", false), (20, .compact, "sheet-compact", false), (40, .twoSheets, "sheet-continued", true)])
    func sheetsFitOrSplitWithAWarning(items: Int, fit: PrintSheetFit, mark: String, warned: Bool) throws {
        let site = try Self.site(items: items)
        let (loaded, diagnostics) = site.load()
        let procedure = try #require(loaded?.catalog.all.first)
        #expect(PrintSheetFit.of(procedure) == fit)
        #expect(diagnostics.warnings.contains { $0.code == .printSheetTwoPages } == warned)
        let sheet = try #require(try site.render()["niem-yet/1.001193/index.html"])
        if mark.isEmpty {
            #expect(!sheet.contains("sheet-compact") && !sheet.contains("sheet-continued"))
        } else {
            #expect(sheet.contains(mark))
        }
        #expect(sheet.contains("tờ 2/2") == warned)
    }
}
