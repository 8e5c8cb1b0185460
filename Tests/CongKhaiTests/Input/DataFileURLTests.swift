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

/// Data files reach templates: values under link-named keys and columns are checked too.
@Suite struct DataFileURLTests {
    @Test func linkValuesInDataFilesAreCheckedForTheirScheme() throws {
        let temporary = try TemporarySite([
            "data/lien-ket.yaml": """
            - ten: Cổng tỉnh
              url: https://quangngai.gov.vn/
            - ten: Mẫu đơn
              lien_ket: "JaVa\\tScript:alert(1)"
            - ten: Ghi chú
              ghi_chu: "data: không phải liên kết"
            """,
            "data/bieu-mau.csv": "Tên,Đường dẫn\nTờ khai,vbscript:msgbox(1)\nHướng dẫn,huong-dan/\nThư,mailto:a@b.vn\n",
        ])
        let (_, diagnostics) = temporary.load()
        let errors = diagnostics.errors.filter { $0.code == .unsafeURL }
        #expect(errors.map(\.location.description) == ["data/bieu-mau.csv:2:2 [Đường dẫn]", "data/lien-ket.yaml:4:13 [lien_ket]"],
                "\(diagnostics.all)")
    }

    @Test func theExampleSiteHasNoUnsafeURL() {
        let (_, diagnostics) = ExampleSite.load()
        #expect(!diagnostics.codes().contains(DiagnosticCode.unsafeURL.rawValue))
    }
}
