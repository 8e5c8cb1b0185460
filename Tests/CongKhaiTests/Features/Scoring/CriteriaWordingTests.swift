import Foundation
import Testing
import Yams
@testable import CongKhai
@testable import CongKhaiCore
@testable import CongKhaiEncoding
@testable import CongKhaiFamilies
@testable import CongKhaiInput
@testable import CongKhaiMarkdown
@testable import CongKhaiSite
import CongKhaiTestSupport

/// The example's criteria set is Quảng Ngãi's Quyết định 737/QĐ-UBND as seed 003 prints it:
/// every title, content text, evaluation note and checklist item must be found, word for
/// word, in the seed (a copy is in Fixtures/seeds/).
@Suite struct CriteriaWordingTests {
    /// The seed's scoring table as one line of words: HTML tags and the table's number cells
    /// (point scales and scores between a content's page-broken halves) and row labels
    /// ("Nội dung 1", or "Nội"/"dung" split over two lines) left out.
    static let seedText: String = {
        let url = Repository.fixtures.appendingPathComponent("seeds/003-bang-cham-diem-huong-tra.txt")
        // NFC, as CongKhai reads the criteria set, so that bytes compare.
        let text = ((try? String(contentsOf: url, encoding: .utf8)) ?? "").precomposedStringWithCanonicalMapping
        var words: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            for (index, field) in fields.enumerated() {
                let plain = normalize(field)
                if plain.isEmpty || plain.allSatisfy({ $0.isNumber || $0 == " " }) { continue }
                if fields.count > 1 && index == 0 && !plain.contains("Tiêu chí") { continue }  // row labels
                words.append(plain)
            }
        }
        return words.joined(separator: " ")
    }()

    /// Tags out, `\%` as `%`, one space between words, none inside parentheses or before a
    /// full stop; plain Swift on UTF-8 (Foundation's regular expressions are slow on Linux).
    static func normalize(_ text: String) -> String {
        var plain = ""
        var inTag = false
        for character in text {
            if character == "<" { inTag = true; plain.append(" "); continue }
            if character == ">" && inTag { inTag = false; continue }
            if inTag { continue }
            plain.append(character == "*" ? " * " : String(character))
        }
        var words = plain.replacing("\\%", with: "%").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        words = words.replacing("( ", with: "(").replacing(" )", with: ")").replacing(" .", with: ".")
        return words
    }

    /// Whether `needle` occurs in `haystack`, compared as UTF-8 bytes (both are NFC).
    static func occurs(_ needle: String, in haystack: [UInt8]) -> Bool {
        haystack.firstRange(of: Array(needle.precomposedStringWithCanonicalMapping.utf8)) != nil
    }

    /// Seed 003 types "đạt điểm tối đã" once (content 8.1) where it means "tối đa", as 8.2 writes.
    static let corrections = ["đạt điểm tối đã": "đạt điểm tối đa"]

    static func set() throws -> CriteriaSet {
        let file = "data/cham-diem/qd-737-2024.yaml"
        let text = try String(contentsOf: Repository.content.appendingPathComponent(file), encoding: .utf8)
        let diagnostics = Diagnostics()
        let node = try #require(try Yams.compose(yaml: text))
        let set = CriteriaSetReader.read(node, id: "qd-737-2024", file: file, diagnostics: diagnostics)
        #expect(diagnostics.all.isEmpty, "\(diagnostics.all)")
        return try #require(set)
    }

    @Test func everyTextIsTheSeedsWordForWord() throws {
        var seedText = Self.seedText
        for (typo, fixed) in Self.corrections { seedText = seedText.replacing(typo, with: fixed) }
        let seed = Array(seedText.utf8)
        #expect(seed.count > 10_000)
        let set = try Self.set()
        var texts: [(String, String)] = []
        for criterion in set.criteria {
            texts.append(("tiêu chí \(criterion.number)", criterion.title))
            if let note = criterion.note { texts.append(("ghi chú tiêu chí \(criterion.number)", note)) }
            for content in criterion.contents {
                if !content.text.isEmpty { texts.append((content.id, content.text)) }
                if case .checklist(let items) = content.rule {
                    for (index, item) in items.enumerated() { texts.append(("\(content.id) mục \(index + 1)", item.text)) }
                }
            }
        }
        #expect(texts.count >= 30)
        for (what, text) in texts {
            let words = Self.normalize(text)
            #expect(Self.occurs(words, in: seed), "\(what) is not in seed 003: \(words)")
        }
    }

    /// Flow mappings cut "Bố trí ghế ngồi chờ, bàn để viết cho công dân" at its comma; every
    /// item keeps its commas now, and the points add up to the scale.
    @Test func checklistItemsAreWholeSentences() throws {
        let set = try Self.set()
        let content = try #require(set.contents.first { $0.id == "1.2" })
        guard case .checklist(let items) = content.rule else {
            Issue.record("1.2 is not a checklist")
            return
        }
        #expect(items.count == 8)
        #expect(items[6].text == "- Bố trí ghế ngồi chờ, bàn để viết cho công dân (01 điểm).")
        #expect(items[7].text.hasSuffix("dành cho tổ chức, cá nhân đến giao dịch, hướng dẫn, thực hiện dịch vụ công trực tuyến (01 điểm)."))
        #expect(items.map(\.points) == [2, 2, 1, 1, 1, 1, 1, 1])
    }

    /// Seed 003 gives 6.1's minimum for 2024 only (75%); a later year's target is not guessed.
    @Test func digitizationThresholdOnlyForTheYearTheSeedGives() throws {
        let set = try Self.set()
        let content = try #require(set.contents.first { $0.id == "6.1" })
        guard case .rate(let threshold, _, _, _) = content.rule else {
            Issue.record("6.1 is not a rate")
            return
        }
        #expect(threshold.byYear == [2024: 75] && threshold.standard == nil)
        #expect(set.recognitionTotal == nil)  // no recognition total in the seeds either
    }
}

/// A threshold the decision does not give is the site's own, and the page says so.
@Suite struct SiteThresholdTests {
    static func set(_ thresholds: String) -> String {
        """
        name: Bộ thử
        decision: Quyết định thử
        levels:
          - { key: tu_cham, label: Kết quả tự chấm điểm }
        criteria:
          - number: 6
            title: Số hóa
            contents:
              - id: "6.1"
                label: Nội dung 1
                max: 5
                rule: rate
        \(thresholds)
        """
    }

    @Test func aSiteThresholdIsUsedAndNamedAsTheSites() throws {
        let site = try TemporarySite([
            "data/cham-diem/bo-thu.yaml": Self.set("        thresholds: { \"2024\": 75 }\n        site_thresholds: { \"2025\": 95 }"),
            "data/cham-diem/2025/xa-a.yaml": "unit: Xã A\ncriteria_set: bo-thu\nscores:\n  \"6.1\": { tu_cham: 0, b: 90, a: 100 }\n",
        ])
        let (loaded, diagnostics) = site.load()
        #expect(!diagnostics.hasErrors, "\(diagnostics.errors)")
        let result = try #require(loaded?.scores.first)
        #expect(result.contents.first?.computed == 0)  // 90% < the site's 95%
        let page = try #require(try site.render()["mot-cua-kieu-mau/2025/index.html"])
        #expect(page.contains("Ngưỡng năm 2025 (95,0%) do trang tự đặt, không có trong Quyết định thử."))
        let year2024 = ScoreEvaluator.compute(result.contents[0].content, entry: result.contents[0].entry, year: 2024)
        #expect(year2024.0 == 5)
    }

    @Test func aYearInBothListsIsAnError() throws {
        let site = try TemporarySite([
            "data/cham-diem/bo-thu.yaml": Self.set("        thresholds: { \"2024\": 75 }\n        site_thresholds: { \"2024\": 80 }"),
        ])
        let (_, diagnostics) = site.load()
        #expect(diagnostics.errors.contains { $0.code == .criteriaSetInvalid && $0.message.contains("2024") })
    }
}
