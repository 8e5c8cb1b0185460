import Foundation
import Testing
@testable import CongKhai
@testable import CongKhaiCore
@testable import CongKhaiEncoding
@testable import CongKhaiFamilies
@testable import CongKhaiInput
@testable import CongKhaiMarkdown
@testable import CongKhaiSite
@testable import CongKhaiPreview
import CongKhaiTestSupport

/// Internal scoring notes: in the preview above their page, never in the built files.
@Suite struct PreviewNotesTests {
    @Test func exampleNotesAreKeyedByThePageTheyAreAbout() throws {
        let (loaded, diagnostics) = ExampleSite.load()
        let site = try #require(loaded)
        let notes = ScoringNotes.byPath(site)
        let own = try #require(notes["mot-cua-kieu-mau/2024/binh-tan-hung/"])
        let warnings = diagnostics.warnings.filter { $0.code == .scoreDisagreement && $0.location.file.hasSuffix("binh-tan-hung.yaml") }
        // Criterion 3's self-check (CK181) is a note of the same page.
        let selfChecks = diagnostics.warnings.filter { $0.code == .contentCriterionClaimed && $0.location.file.hasSuffix("binh-tan-hung.yaml") }
        #expect(own.count == warnings.count + selfChecks.count && own.count >= 4)
        #expect(notes["mot-cua-kieu-mau/2024/"]?.contains { $0.hasPrefix("Xã Bình Tân Hưng: ") } == true)
        // Pages without disagreements get no panel.
        #expect(notes["mot-cua-kieu-mau/2024/huong-tra/"] == nil)
    }

    @Test func thePreviewShowsNotesOnlyOnTheirPage() {
        let state = PreviewState()
        state.rebuilt(notes: ["/mot-cua-kieu-mau/2024/": ["Xã A: 2 điểm không khớp <b>"]])
        let html = "<!DOCTYPE html><html><body class=\"x\"><main>trang</main></body></html>"
        let onPage = LiveReload.decorate(html, state: state.snapshot, path: "/mot-cua-kieu-mau/2024/index.html")
        #expect(onPage.contains("id=\"congkhai-ghi-chu\"") && onPage.contains("Xã A: 2 điểm không khớp &lt;b&gt;"))
        #expect(onPage.range(of: "congkhai-ghi-chu")!.lowerBound < onPage.range(of: "<main>")!.lowerBound)
        let elsewhere = LiveReload.decorate(html, state: state.snapshot, path: "/thong-ke/")
        #expect(!elsewhere.contains("congkhai-ghi-chu"))
        // A failed rebuild keeps the last good build's notes, beside its error banner.
        state.rebuildFailed(["lỗi"])
        let failed = LiveReload.decorate(html, state: state.snapshot, path: "/mot-cua-kieu-mau/2024/")
        #expect(failed.contains("congkhai-loi") && failed.contains("congkhai-ghi-chu"))
    }
}
