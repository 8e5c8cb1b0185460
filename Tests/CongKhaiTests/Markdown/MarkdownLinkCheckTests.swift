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

/// Markdown links in pages, notices and procedure detail files are content URLs too.
@Suite struct MarkdownLinkURLTests {
    @Test func unsafeLinksInMarkdownAreErrorsAtTheirLine() throws {
        let temporary = try TemporarySite([
            "pages/a.md": "---\ntitle: A\nmenu: 1\n---\nĐoạn đầu.\n\n[bấm](javascript:alert(1)) và [b](https://x.vn)\n",
            "notices/b.md": "---\ntitle: B\ndate: 01/02/2025\n---\n\n![ảnh](data:image/svg+xml;base64,PHN2Zz4=)\n\n<vbscript:msgbox(1)>\n",
            "data/thu-tuc.csv": "Mã TTHC,Tên thủ tục,Lĩnh vực,Thời hạn giải quyết,Phí\n1.001193,Đăng ký khai sinh,Hộ tịch,1 ngày,Miễn phí\n",
            "data/thu-tuc/1.001193.md": "---\nthoi_han: 1 ngày\n---\n## Trình tự\n\n[mẫu](&#106;avascript:alert(1))\n",
            "pages/c.md": "---\ntitle: C\n---\n[thư](mailto:a@b.vn) [gọi](tel:0255) [mục](#a) [trang](/thong-bao/) javascript: là chữ\n",
        ])
        let (_, diagnostics) = temporary.load()
        let errors = diagnostics.errors.filter { $0.code == .unsafeURL }.map(\.location.description)
        #expect(errors == ["data/thu-tuc/1.001193.md:6:1", "notices/b.md:6:1", "notices/b.md:8:1", "pages/a.md:7:1"], "\(diagnostics.all)")
    }

    @Test func bodiesWithoutSuspectTextAreNotParsedAgain() {
        #expect(!MarkdownLinkCheck.mayHoldUnsafeLink("# Tiêu đề\n\n[a](https://x.vn) a & b: c"))
        #expect(MarkdownLinkCheck.mayHoldUnsafeLink("[a](JAVASCRIPT:x)"))
        #expect(MarkdownLinkCheck.mayHoldUnsafeLink("[a](&#106;avascript:x)"))
    }
}
