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

/// The round's tables as the province keeps them: CSV, workbooks with title rows and their own
/// header words, YAML lists; every mistake located at its cell, all at once.
@Suite struct RoundReadingTests {
    @Test func theFixtureIsReadIntoTypedValues() throws {
        let outcome = try RoundFixture.run()
        let round = try #require(outcome.report?.round)
        #expect(round.year == 2024 && round.folder == "data/xet-cong-nhan/2024/")
        #expect(round.info.criteriaSetID == "bo-thu" && round.info.launchedBy?.hasPrefix("Công văn số 329") == true)
        #expect(round.units.map(\.name) == ["Xã A", "Xã B", "Xã C", "Xã D"])
        let a = try #require(round.unit(named: "XÃ  a"), "case and spacing aside")
        #expect(round.unit(named: "Xa A") == nil, "diacritics count: Quảng Ngãi has a Xã Ba Tô and a Xã Ba Tơ")
        #expect(a.todayName == "Xã Mới" && a.todayNameBasis?.hasPrefix("Nghị quyết số 1677") == true && a.district == "Huyện Một")
        let deadline = try #require(round.deadline(for: .appraisalResult))
        #expect(deadline.date == CivilDate(year: 2025, month: 3, day: 31) && deadline.reading == .unstated)
        #expect(deadline.wording == "trước ngày 31/3/2025" && deadline.document.hasPrefix("Công văn số 329"))
        let progress = try #require(round.progress(of: a))
        #expect(progress.submission?.date == CivilDate(year: 2025, month: 2, day: 27) && progress.appraisal?.outcome == .qualifies)
        #expect(progress.verification?.record.document == "Báo cáo số 80/BC-VP")
        #expect(round.noQualifyingReports.map(\.body) == ["UBND huyện Ba"])
        #expect(round.reuseAppendix?.rows.first?.rate == 6.2 && round.reuseAppendix?.rows.first?.points == 5)
        #expect(round.onTimeFigures.map(\.numerator) == [980, 949])
    }

    /// Units in a workbook under title rows with other header words, progress as a YAML list.
    @Test func tablesMayBeWorkbooksOrYAMLWithTheirOwnHeaderWords() throws {
        var sheet = WorksheetDocument(name: "Danh sách")
        sheet[1, 0] = WrittenCell(.text("DANH SÁCH ĐƠN VỊ CẤP XÃ THAM GIA ĐÁNH GIÁ NĂM 2024"))
        sheet.merges = ["A1:D1"]
        for (column, heading) in ["STT", "Tên đơn vị", "Tên sau sắp xếp", "Huyện", "Đơn vị thẩm định"].enumerated() {
            sheet[3, column] = WrittenCell(.text(heading))
        }
        for (index, row) in [["Xã A", "Xã Mới", "Huyện Một", "UBND huyện Một"], ["Xã B", "Xã Mới", "Huyện Một", "UBND huyện Một"],
                             ["Xã C", "", "Huyện Hai", "UBND huyện Hai"], ["Xã D", "", "Huyện Ba", "UBND huyện Ba"]].enumerated() {
            sheet[4 + index, 0] = WrittenCell(.number(Double(index + 1)))
            for (column, text) in row.enumerated() where !text.isEmpty { sheet[4 + index, column + 1] = WrittenCell(.text(text)) }
        }
        let progressYAML = """
        - { Đơn vị: Xã A, Ngày nộp: 27/02/2025, Văn bản nộp: Tờ trình số 12/TTr-UBND, Ngày thẩm định: 20/03/2025, Văn bản thẩm định: Báo cáo số 45/BC-UBND, Kết quả thẩm định: Đạt, Ngày thẩm tra: 15/04/2025, Văn bản thẩm tra: Báo cáo số 80/BC-VP, Kết quả thẩm tra: Đạt }
        - { Đơn vị: Xã B, Ngày nộp: 28/02/2025, Văn bản nộp: Tờ trình số 7/TTr-UBND, Ngày thẩm định: 20/03/2025, Văn bản thẩm định: Báo cáo số 45/BC-UBND, Kết quả thẩm định: Không đạt }
        """
        let outcome = try RoundFixture.run(["data/xet-cong-nhan/2024/don-vi.csv": nil, "data/xet-cong-nhan/2024/tien-do.csv": nil,
                                            "data/xet-cong-nhan/2024/tien-do.yaml": progressYAML],
                                           extra: ["data/xet-cong-nhan/2024/don-vi.xlsx": try WorkbookWriter.data(WorkbookDocument(sheets: [sheet]))])
        #expect(!outcome.diagnostics.hasErrors, "\(outcome.diagnostics.errors)")
        #expect(outcome.roundFindings.isEmpty, "\(outcome.roundFindings)")
        let round = try #require(outcome.report?.round)
        #expect(round.units.map(\.name) == ["Xã A", "Xã B", "Xã C", "Xã D"] && round.units[0].appraisingBody == "UBND huyện Một")
        #expect(round.units[0].location.cell == "Danh sách!B4", "located at the workbook's own cell")
        #expect(try outcome.unit("Xã A").stage == .recognized && (try outcome.unit("Xã B").stage) == .appraisedFailing)
    }

    @Test func everyMistakeOfEveryTableIsLocatedAllAtOnce() throws {
        let outcome = try RoundFixture.run([
            "data/xet-cong-nhan/2024/tien-do.csv": RoundFixture.progress(
                b: "Xã B,31/02/2025,Tờ trình số 7/TTr-UBND,20/03/2025,,Không đạt,,,",
                more: ["Xã Ả,01/03/2025,,,,,,,", "Xã B,01/03/2025,,,,,,,"]),
            "data/xet-cong-nhan/2024/moc-thoi-gian.csv": RoundFixture.timeline(more: ["Họp tổng kết,30/06/2025,,Kế hoạch 1,", "Thẩm tra,15/05/2025,Hình như,,"]),
            "data/xet-cong-nhan/2024/don-vi.csv": "Đơn vị,Tên hiện nay,Căn cứ tên hiện nay,Cơ quan thẩm định\nXã A,Xã Mới,,UBND huyện Một\nXã B,,,UBND huyện Một\nXã C,,,\nXã D,,,UBND huyện Ba\nxã a,,,\n",
            "data/xet-cong-nhan/2024/thong-tin.yaml": "criteria_set: bo-thu\non_time_source: Hệ thống tỉnh\nnam: 2024\n",
        ])
        let diagnostics = outcome.diagnostics
        func at(_ file: String, line: Int) -> [Diagnostic] {
            diagnostics.all.filter { $0.location.file == "data/xet-cong-nhan/2024/\(file)" && $0.location.line == line }
        }
        #expect(at("tien-do.csv", line: 3).contains { $0.code == .roundDataInvalid && $0.message.contains("31/02/2025") && $0.message.contains("không có thật") && $0.location.field == "Ngày nộp" })
        #expect(at("tien-do.csv", line: 3).contains { $0.message.contains("thiếu văn bản thẩm định") && $0.location.field == "Văn bản thẩm định" })
        #expect(at("tien-do.csv", line: 4).contains { $0.code == .roundUnitUnknown && $0.message.contains("Có phải \"Xã A\"?") })
        #expect(at("tien-do.csv", line: 5).contains { $0.message.contains("Xã B đã có hàng ở") })
        #expect(at("moc-thoi-gian.csv", line: 3).contains { $0.message.contains("Bước \"Họp tổng kết\" không biết") })
        #expect(at("moc-thoi-gian.csv", line: 4).contains { $0.message.contains("\"Hình như\" không rõ") } || at("moc-thoi-gian.csv", line: 4).contains { $0.message.contains("chưa ghi văn bản") })
        #expect(at("moc-thoi-gian.csv", line: 4).contains { $0.message.contains("chưa ghi văn bản quy định hạn") })
        #expect(at("don-vi.csv", line: 2).contains { $0.message.contains("chưa ghi căn cứ") && $0.location.field == "Tên hiện nay" })
        #expect(at("don-vi.csv", line: 6).contains { $0.message.contains("\"xã a\" đã có ở") })
        #expect(at("thong-tin.yaml", line: 3).contains { $0.message.contains("Khóa \"nam\" không được dùng") })
        #expect(at("phu-luc-6-2.csv", line: 1).contains { $0.message.contains("chưa ghi văn bản kèm theo") })
        #expect(diagnostics.errors.count >= 8)
    }

    @Test func aRoundNeedsItsUnitsAndItsFolderNamesTheYear() throws {
        let outcome = try RoundFixture.run(["data/xet-cong-nhan/2024/don-vi.csv": nil,
                                            "data/xet-cong-nhan/hai-nam/don-vi.csv": "Đơn vị\nXã A\n",
                                            "data/xet-cong-nhan/2024/ghi-chu.csv": "Đơn vị\nXã A\n"])
        #expect(outcome.report == nil)
        #expect(outcome.findings(.roundDataInvalid).contains { $0.severity == .error && $0.message.contains("chưa có danh sách đơn vị") })
        #expect(outcome.findings(.roundDataInvalid).contains { $0.location.file == "data/xet-cong-nhan/hai-nam/don-vi.csv" && $0.severity == .error })
        #expect(outcome.findings(.roundDataInvalid).contains { $0.location.file == "data/xet-cong-nhan/2024/ghi-chu.csv" && $0.severity == .warning })
    }

    @Test func aTableKeptInTwoFormsIsAnError() throws {
        let outcome = try RoundFixture.run(["data/xet-cong-nhan/2024/tien-do.yaml": "- { Đơn vị: Xã A, Ngày nộp: 01/03/2025 }\n"])
        let twice = try #require(outcome.findings(.tableInTwoForms).first)
        #expect(twice.location.file == "data/xet-cong-nhan/2024/tien-do.yaml" && twice.message.contains("chỉ đọc tệp .csv"))
    }
}
