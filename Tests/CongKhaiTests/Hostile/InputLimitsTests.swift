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

/// Finding 5 of issue 13: small inputs that took seconds and gigabytes are refused at load,
/// each with a code and the line to look at.
@Suite struct InputLimitsTests {
    @Test(arguments: HostileInputs.cases.map(\.name))
    func hostileInputIsRefusedWithItsLine(name: String) throws {
        let entry = try #require(HostileInputs.cases.first { $0.name == name })
        let site = try TemporarySite(entry.files)
        if name == "page not UTF-8" {
            try site.write("pages/latin.md", Data("---\ntitle: Trang\n---\n\nd".utf8) + Data([0xE9]) + Data("j\n".utf8))
        }
        let (_, diagnostics) = site.load()
        let error = try #require(diagnostics.errors.first { $0.code.rawValue == entry.code },
                                 "\(name): \(diagnostics.errors.map(\.description))")
        #expect(error.location.line != nil)
    }

    @Test func aliasBombIsRefusedAtTheAliasThatWentOver() throws {
        let diagnostics = Diagnostics()
        #expect(YAMLSource.parse(HostileInputs.billionLaughs, file: "data/bom.yaml", diagnostics: diagnostics,
                                 syntaxCode: .yamlDataSyntax) == nil)
        let error = try #require(diagnostics.errors.first)
        #expect(error.code == .yamlAliasExpansion)
        #expect(error.location.line == 5)  // level 4 is the first past 10,000 nodes (9^4 + …)
    }

    @Test func aFewAliasesStillWork() throws {
        let diagnostics = Diagnostics()
        let yaml = "base: &base {phone: '0255', hours: 'T2-T6'}\na: *base\nb: *base\n"
        let node = try #require(YAMLSource.parse(yaml, file: "x.yaml", diagnostics: diagnostics, syntaxCode: .yamlDataSyntax))
        #expect(diagnostics.all.isEmpty)
        #expect(node.mapping?.count == 3)
    }

    @Test func tableSizeCountsPaddedCellsAndNamesTheHeaderLine() throws {
        let table = try #require(MarkdownTableSize.firstOversized(in: "x\n\n| a | b |\n|---|:-:|\n| 1 | 2 |\n", maximumCells: 3))
        #expect(table == .init(line: 3, rows: 2, columns: 2))
        #expect(MarkdownTableSize.firstOversized(in: "| a | b |\n|---|---|\n| 1 | 2 |\n", maximumCells: 100) == nil)
        #expect(MarkdownTableSize.firstOversized(in: "a - b | c\n", maximumCells: 1) == nil)
        let oversized = try #require(MarkdownTableSize.firstOversized(in: HostileInputs.tableBomb, maximumCells: InputLimits.markdownTableCells))
        #expect(oversized.columns == 2000)
    }

    @Test func realTablesOfTheExampleSitePass() {
        let (_, diagnostics) = ExampleSite.load()
        #expect(!diagnostics.codes().contains("CK131"))
        #expect(!diagnostics.codes().contains("CK130"))
    }

    @Test func absurdTimeLimitHasNoDueDate() {
        #expect(TimeLimit("100000000 ngày làm việc") == .unknown)
        #expect(TimeLimit("99999999999999999999 ngày") == .unknown)
        #expect(TimeLimit.exceedsMaximum("100000000 ngày làm việc"))
        #expect(TimeLimit("365 ngày") == .unstatedUnit(365))
        #expect(TimeLimit("365 ngày", unit: .calendarDays) == .calendarDays(365))
        #expect(!TimeLimit.exceedsMaximum("20 ngày làm việc"))
    }

    @Test func oversizedFilesAreRefusedBeforeReading() throws {
        let big = String(repeating: "Dòng dài của trang. ", count: 60_000)  // ≈ 1.3 MB
        let site = try TemporarySite([
            "pages/lon.md": "---\ntitle: Lớn\n---\n" + big,
            "theme/templates/page.mustache": big,
            "data/thu-tuc/1.001193.md": big,
        ])
        try site.write("site.yaml", TemporarySite.minimalConfig + "\n# " + String(repeating: "x", count: 300_000) + "\n")
        let (_, diagnostics) = site.load()
        let tooLarge = diagnostics.errors.filter { $0.code == .inputTooLarge }
        #expect(Set(tooLarge.map(\.location.file)) == ["site.yaml"])  // site.yaml refused first: nothing else loads
        let site2 = try TemporarySite([
            "data/thu-tuc.csv": HostileInputs.catalogHeader + "1.001193,Đăng ký khai sinh,Hộ tịch,3 ngày làm việc,Miễn phí\n",
            "pages/lon.md": "---\ntitle: Lớn\n---\n" + big,
            "theme/templates/page.mustache": big,
            "data/thu-tuc/1.001193.md": big,
        ])
        let (_, diagnostics2) = site2.load()
        let files = Set(diagnostics2.errors.filter { $0.code == .inputTooLarge }.map(\.location.file))
        #expect(files == ["pages/lon.md", "theme/templates/page.mustache", "data/thu-tuc/1.001193.md"])
        #expect(diagnostics2.errors.filter { $0.code == .inputTooLarge }.allSatisfy { $0.location.line == 1 })
    }

    @Test func markdownBodyOverTheLimitNamesTheBodyLine() throws {
        let body = String(repeating: "a", count: InputLimits.markdownBodyBytes + 1)
        let site = try TemporarySite(["pages/dai.md": "---\ntitle: Dài\ndate: 01/01/2025\n---\n" + body])
        let (_, diagnostics) = site.load()
        let error = try #require(diagnostics.errors.first { $0.code == .inputTooLarge })
        #expect(error.location.line == 5)
    }
}

/// Found by fuzzing: a score of 1099999999999999999999 points stopped the process while
/// being formatted (Double to Int beyond Int.max).
@Suite struct OutOfRangeNumberTests {
    @Test func scoresBeyondTheLimitAreNotNumbers() {
        #expect(ScoreNumber.parse("1099999999999999999999") == nil)
        #expect(ScoreNumber.parse("1e400") == nil)
        #expect(ScoreNumber.parse("nan") == nil)
        #expect(ScoreNumber.parse("2.5") == 2.5)
    }

    @Test func formattingNeverTraps() {
        #expect(VietnameseNumberFormat.number(1.1e21) == "∞")
        #expect(VietnameseNumberFormat.decimal(-.infinity) == "-∞")
        #expect(VietnameseNumberFormat.number(.nan) == "–")
        #expect(VietnameseNumberFormat.number(94) == "94")
        #expect(VietnameseNumberFormat.number(2.5) == "2,5")
    }

    @Test func hugeScoreInASheetIsALocatedError() throws {
        let site = try FuzzSite()
        let url = Repository.fixtures.appendingPathComponent("fuzz/score-beyond-int/data/cham-diem/2024/binh-tan-hung.yaml")
        let outcome = try site.run("data/cham-diem/2024/binh-tan-hung.yaml", try Data(contentsOf: url))
        let error = try #require(outcome.diagnostics.first { $0.code == .scoreSheetInvalid })
        #expect(error.location.line == 18)
    }
}
