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

/// What a newcomer walking through HUONG-DAN.md met: messages that pointed the wrong way or
/// warned about what was right. Each case is what the webmaster typed.
@Suite struct WebmasterMistakesTests {
    static let catalog = """
    STT,Mã TTHC,Tên thủ tục,Lĩnh vực,Thời hạn giải quyết,Phí
    1,2.00085,Đăng ký kết hôn,Hộ tịch,Trong ngày,Miễn phí
    2,1.001193,Đăng ký khai sinh,Hộ tịch,1 ngày,Miễn phí

    """

    /// In a CSV "2.00085" may be Excel's 2.000850 or a digit typed short: the error says both,
    /// and CongKhai does not guess (a workbook's number cell is restored, see the workbook tests).
    @Test func aCSVFromExcelKeepsItsSTTAndItsShortCodeIsExplained() throws {
        let (_, diagnostics) = try TemporarySite(["data/thu-tuc.csv": Self.catalog]).load()
        #expect(!diagnostics.warnings.contains { $0.code == .unknownColumn }, "\(diagnostics.warnings)")
        let error = try #require(diagnostics.errors.first { $0.code == .procedureInvalidCode })
        #expect(error.location.line == 2 && error.message.contains("Excel") && error.message.contains("2.000850"))
    }

    @Test func aCodeThatIsNoCodeGetsNoExcelHint() throws {
        let csv = "Mã TTHC,Tên thủ tục,Lĩnh vực\n2.0008501,Đăng ký kết hôn,Hộ tịch\n"
        let (_, diagnostics) = try TemporarySite(["data/thu-tuc.csv": csv]).load()
        let error = try #require(diagnostics.errors.first { $0.code == .procedureInvalidCode })
        #expect(!error.message.contains("Excel"))
    }

    @Test func theProvinceOfficeMayLieInAnotherWard() throws {
        let config = TemporarySite.minimalConfig.replacingOccurrences(
            of: "address: Số 1 đường Thử, tỉnh Quảng Ngãi", with: "address: 52 Hùng Vương, phường Cẩm Thành, tỉnh Quảng Ngãi")
        #expect(config.contains("phường Cẩm Thành"))
        let (_, diagnostics) = try TemporarySite([:], config: config).load()
        #expect(!diagnostics.warnings.contains { $0.code == .staleName }, "\(diagnostics.warnings)")
        // Another province there is still a stale name.
        let wrongProvince = config.replacingOccurrences(of: "phường Cẩm Thành, tỉnh Quảng Ngãi", with: "phường Cẩm Thành, tỉnh Quảng Nam")
        let (_, again) = try TemporarySite([:], config: wrongProvince).load()
        #expect(again.warnings.contains { $0.code == .staleName && $0.location.field == "feedback.province.address" })
    }

    @Test func aBaseURLWithoutSchemeIsOneErrorNotThree() throws {
        let config = TemporarySite.minimalConfig.replacingOccurrences(
            of: "base_url: https://thunghiem.example.vn/", with: "base_url: thunghiem.example.vn")
        let (_, diagnostics) = try TemporarySite(["data/thu-tuc.csv": Self.catalog], config: config).load()
        #expect(diagnostics.errors.contains { $0.location.field == "base_url" }, "\(diagnostics.all)")
        #expect(!diagnostics.all.contains { $0.code == .qrNeedsBaseURL || $0.code == .feedbackNoticeIncomplete }, "\(diagnostics.all)")
    }

    @Test func noSiteYAMLSaysWhereItLookedAndHowToPointThere() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("congkhai-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let diagnostics = Diagnostics()
        #expect(SiteConfigReader.read(contentDirectory: folder, diagnostics: diagnostics) == nil)
        let error = try #require(diagnostics.errors.first)
        #expect(error.message.contains(folder.standardizedFileURL.path) && error.message.contains("--source"))
    }
}

/// A sheet saved as CSV keeps the title rows above its header.
@Suite struct CSVTitleRowsTests {
    static let csv = """
    UBND XÃ HÒA BÌNH,,,
    DANH MỤC THỦ TỤC HÀNH CHÍNH,,,
    Mã TTHC,Tên thủ tục,Lĩnh vực,Thời hạn giải quyết
    1.001193,Đăng ký khai sinh,Hộ tịch,1 ngày
    1.00119,,Hộ tịch,1 ngày

    """

    @Test func theHeaderIsFoundBelowTitleRowsAndRowsKeepTheirNumbers() throws {
        let (_, diagnostics) = try TemporarySite(["data/thu-tuc.csv": Self.csv]).load()
        // The only problems are row 5's (a short code, no name), located at row 5.
        #expect(!diagnostics.all.contains { $0.code == .missingColumn }, "\(diagnostics.all)")
        let missing = try #require(diagnostics.errors.first { $0.code == .procedureMissingValue })
        #expect(missing.location.line == 5)
    }

    @Test func aTableOfAnotherShapeIsLeftAsItIs() {
        // A first row with two cells is a header, whatever follows.
        #expect(DataTable.titleRowsAboveHeader(header: ["Họ và tên", "Ghi chú"], rows: [["Mã TTHC", "Tên thủ tục"]], vocabulary: .standard) == 0)
        #expect(DataTable.titleRowsAboveHeader(header: ["Danh sách"], rows: [["An", "1"], ["Mã TTHC", "Tên thủ tục"]], vocabulary: .standard) == 0)
        #expect(DataTable.titleRowsAboveHeader(header: ["UBND XÃ"], rows: [[""], ["Mã TTHC", "Tên thủ tục", "Lĩnh vực"]], vocabulary: .standard) == 2)
    }
}
