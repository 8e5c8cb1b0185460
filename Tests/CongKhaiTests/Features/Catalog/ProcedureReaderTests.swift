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

@Suite struct ProcedureReaderTests {
    static let header = "Mã TTHC,Tên thủ tục,Lĩnh vực,Thời hạn giải quyết,\"Phí, lệ phí\",Mức độ DVC,Hiệu lực từ,Hiệu lực đến,Trạng thái\n"

    private func load(_ csv: String, files: [String: String] = [:], asOf: String = "2026-11-21") throws -> (Site?, Diagnostics) {
        var all = files
        all["data/thu-tuc.csv"] = csv
        return try TemporarySite(all).load(asOf: asOf)
    }

    /// The real rows of ../shared/domain/tthc-xa-real.csv load as they are. (The example site no
    /// longer carries them all: it lists only procedures whose full content it can source.)
    @Test func realCatalogLoadsAsItIs() throws {
        guard let shared = FileManager.default.contents(atPath: Repository.realProcedures.path) else { return }
        let (site, diagnostics) = try load(String(decoding: shared, as: UTF8.self))
        #expect(diagnostics.errors.isEmpty, "\(diagnostics.errors)")
        // Content the rows cannot give, the agency they do not name, and the limits whose unit
        // they do not state (one grouped warning), limits written "Không xác định", fees both
        // free and charged.
        #expect(diagnostics.codes(.warning).allSatisfy { ["CK061", "CK062", "CK065", "CK180", "CK185", "CK186", "CK187"].contains($0) }, "\(diagnostics.warnings)")
        #expect(diagnostics.warnings.filter { $0.code == .timeLimitUnitUnstated }.count <= 1)
        #expect(site?.catalog.all.count == 102)
        #expect(site?.catalog.inForce.count == 102)
    }

    @Test func headersMatchThroughAliasesWithoutDiacritics() throws {
        let (site, diagnostics) = try load("ma_tthc;TEN THU TUC;linh vuc;thoi_han;phi;muc do\n1.001193;Đăng ký khai sinh;Hộ tịch;1 ngày;Miễn phí;Toàn trình\n")
        // Only the content the row cannot give (steps, documents …) is reported missing, the
        // unit of "1 ngày", which no source states, and (no agency column) that the agency is
        // not given: never the commune's committee.
        #expect(diagnostics.all.allSatisfy { [.procedureIncomplete, .timeLimitUnitUnstated, .procedureNoAgency].contains($0.code) }, "\(diagnostics.all)")
        let procedure = try #require(site?.catalog.all.first)
        #expect(procedure.code == "1.001193" && procedure.name == "Đăng ký khai sinh" && procedure.field == "Hộ tịch")
        #expect(procedure.timeLimit == "1 ngày" && procedure.fee == "Miễn phí" && procedure.onlineLevel == .full)
    }

    @Test func eachValidationErrorNamesFileRowAndColumn() throws {
        let csv = Self.header + """
        1.001193,Đăng ký khai sinh,Hộ tịch,1 ngày,Miễn phí,toàn trình,,,
        1.1193,Mã sai,Hộ tịch,1 ngày,Miễn phí,,,,
        1.001193,Trùng mã,Hộ tịch,1 ngày,Miễn phí,,,,
        1.000001,,Hộ tịch,1 ngày,Miễn phí,,,,
        1.000002,Mức độ lạ,Hộ tịch,1 ngày,Miễn phí,mức 9,,,
        1.000003,Ngày sai,Hộ tịch,1 ngày,Miễn phí,,31/02/2025,,
        1.000004,Trạng thái lạ,Hộ tịch,1 ngày,Miễn phí,,,,tạm ngưng
        1.000005,Ngày ngược,Hộ tịch,1 ngày,Miễn phí,,01/02/2026,01/01/2026,

        """
        let (_, diagnostics) = try load(csv, files: ["data/thu-tuc/9.999999.md": "---\nthoi_han: 1 ngày\n---\nX"])
        func error(_ code: DiagnosticCode) -> Diagnostic? { diagnostics.errors.first { $0.code == code } }
        #expect(error(.procedureInvalidCode)?.location == SourceLocation(file: "data/thu-tuc.csv", line: 3, column: 1, field: "Mã TTHC"))
        #expect(error(.procedureDuplicateCode)?.location.line == 4)
        #expect(error(.procedureDuplicateCode)?.message.contains("hàng 2") == true)
        #expect(error(.procedureMissingValue)?.location.line == 5)
        #expect(error(.procedureUnknownOnlineLevel)?.location.line == 6)
        #expect(error(.procedureInvalidDate)?.location.field == "Hiệu lực từ")
        #expect(error(.procedureUnknownStatus)?.location.line == 8)
        #expect(error(.procedureDateOrder)?.location.line == 9)
        #expect(error(.procedureDetailForUnknownCode)?.location.file == "data/thu-tuc/9.999999.md")
        #expect(diagnostics.errors.count == 8)
    }

    @Test func warnsAboutMissingTimeLimitFeeAndRareFields() throws {
        let csv = Self.header + "1.001193,Đăng ký khai sinh,Hộ tịch,,,,,,\n1.000002,B,Hộ tịch,1 ngày,Miễn phí,,,,\n"
        let (_, diagnostics) = try load(csv, files: [
            "data/thu-tuc/1.001193.md": "---\nthoi_hann: 3 ngày\nghi_chu: a\n---\n",
            "data/thu-tuc/1.000002.md": "---\nghi_chu: b\n---\n",
        ])
        #expect(diagnostics.errors.isEmpty)
        let codes = diagnostics.codes(.warning)
        #expect(codes.filter { $0 == "CK061" }.count == 1)
        #expect(codes.filter { $0 == "CK062" }.count == 1)
        // "thoi_hann" appears once and looks like a typo; "ghi_chu" is used in two files.
        let rare = diagnostics.warnings.filter { $0.code == .procedureRareField }
        #expect(rare.count == 1)
        #expect(rare.first?.message.contains("Có phải \"Thời hạn giải quyết\"") == true)
        #expect(rare.first?.location.line == 2)
    }

    @Test func detailFileOverridesColumnsAndSplitsSections() throws {
        let csv = Self.header + "1.001193,Đăng ký khai sinh,Hộ tịch,1 ngày,Miễn phí,,,,\n"
        let (site, _) = try load(csv, files: [
            "data/thu-tuc/1.001193.md": "---\nThời hạn giải quyết: 2 ngày\n---\nGiới thiệu.\n\n## Trình tự thực hiện\n\n1. Nộp\n\n```\n## không phải tiêu đề\n```\n\n## Thành phần hồ sơ\n\n- Tờ khai\n",
        ])
        let procedure = try #require(site?.catalog.all.first)
        #expect(procedure.timeLimit == "2 ngày")
        #expect(procedure.sections.map(\.title) == ["", "Trình tự thực hiện", "Thành phần hồ sơ"])
    }

    @Test func asOfDecidesWhatIsListed() throws {
        let csv = Self.header + """
        1.000001,Đang áp dụng,Hộ tịch,1 ngày,Miễn phí,,01/01/2025,,
        1.000002,Bãi bỏ,Hộ tịch,1 ngày,Miễn phí,,01/01/2025,,bãi bỏ
        1.000003,Sắp có hiệu lực,Hộ tịch,1 ngày,Miễn phí,,01/01/2027,,
        1.000004,Hết hiệu lực,Hộ tịch,1 ngày,Miễn phí,,01/01/2025,30/06/2026,
        1.000005,Hết hạn đúng hôm nay,Hộ tịch,1 ngày,Miễn phí,,,21/11/2026,

        """
        let (site, _) = try load(csv)
        let catalog = try #require(site?.catalog)
        #expect(catalog.inForce.map(\.code) == ["1.000001", "1.000005"])
        #expect(catalog.upcoming.map(\.code) == ["1.000003"])
        #expect(catalog.withdrawnCount == 2)

        let (later, _) = try load(csv, asOf: "2027-01-01")
        #expect(later?.catalog.inForce.map(\.code) == ["1.000001", "1.000003"])
        #expect(later?.catalog.upcoming.isEmpty == true)
    }

    @Test func fieldsGroupInVietnameseOrderMergingSpellings() throws {
        let csv = Self.header + """
        1.000001,A,Y tế,1 ngày,0,,,,
        1.000002,B,ĐẤT ĐAI,1 ngày,0,,,,
        1.000003,C,Đất đai,1 ngày,0,,,,
        1.000004,D,Dân tộc,1 ngày,0,,,,
        1.000005,E,Bảo trợ xã hội,1 ngày,0,,,,
        1.000006,F,ĐO ĐẠC,1 ngày,0,,,,

        """
        let (site, _) = try load(csv)
        let groups = try #require(site?.catalog.groups)
        #expect(groups.map(\.field) == ["Bảo trợ xã hội", "Dân tộc", "Đất đai", "Đo đạc", "Y tế"])
        #expect(groups[2].procedures.map(\.code) == ["1.000002", "1.000003"])
    }

    @Test func qrCodesNeedABaseURL() throws {
        let config = TemporarySite.minimalConfig.replacingOccurrences(of: "base_url: https://thunghiem.example.vn/\n", with: "")
        let site = try TemporarySite(["data/thu-tuc.csv": Self.header + "1.001193,A,B,1 ngày,0,,,,\n"], config: config)
        let (_, diagnostics) = site.load()
        #expect(diagnostics.codes(.error) == ["CK063"])
    }

    @Test func catalogMayBeYAML() throws {
        let yaml = """
        - Mã TTHC: "1.001193"
          Tên thủ tục: Đăng ký khai sinh
          Lĩnh vực: Hộ tịch
          Thời hạn giải quyết: 1 ngày
          phi: Miễn phí
        - Mã TTHC: "1.00119"
          Tên thủ tục: Mã sai
          Lĩnh vực: Hộ tịch
        """
        let (site, diagnostics) = try TemporarySite(["data/thu-tuc.yaml": yaml]).load()
        #expect(site?.catalog.all.map(\.code) == ["1.001193"])
        let error = try #require(diagnostics.errors.first)
        #expect(error.code == .procedureInvalidCode)
        #expect(error.location.file == "data/thu-tuc.yaml" && error.location.line == 6)
    }

    @Test func codePattern() {
        // Real codes begin with any digit: 6.006597 is in the national database.
        for good in ["1.001193", "2.000815", "3.000722", "1.012753.H19", "5.000171", "6.006597"] { #expect(ProcedureValues.isValidCode(good)) }
        for bad in ["0.001193", "12.001193", "1.00119", "1.0011930", "1-001193", "1.001193.", "1.001193.h19", " 1.001193"] {
            #expect(!ProcedureValues.isValidCode(bad), "\(bad)")
        }
    }
}
