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

/// B3 of issue 26 end to end: the corpus's variants planted in every published free-text field
/// of every input of the example site (procedure names and fees, detail files, notice titles
/// and bodies, a page, decision summaries, score notes, the register's cells, a data file a
/// template lists, statistics labels), the site built, and every output file read for what is
/// left of each: nothing may be.
@Suite struct PersonalDataPlantingTests {
    /// One planted variant: where it went, and what it was.
    struct Planting {
        let field: String
        let variant: PersonalDataCorpus.Variant
    }

    final class PlantedSite {
        let site: TemporarySite
        private(set) var plantings: [Planting] = []
        private var corpus = PersonalDataCorpus(seed: PersonalDataCorpusTests.seed ^ 0x5EED)

        init() throws {
            site = try TemporarySite([:], config: nil)
            try FileManager.default.createDirectory(at: site.root, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: Repository.content, to: site.content)
        }

        /// The next variant, as it would be written in `field`: a chain of units outside the
        /// register is only someone's address after a word of residence.
        func plant(_ field: String, register: Bool = false) -> String {
            let variant = corpus.variant(plantings.count)
            plantings.append(Planting(field: field, variant: variant))
            return variant.recordOnly && !register ? "trú tại " + variant.text : variant.text
        }

        func edit(_ path: String, _ change: (String) throws -> String) throws {
            let url = site.content.appendingPathComponent(path)
            try Data(change(String(contentsOf: url, encoding: .utf8)).utf8).write(to: url)
        }

        /// A CSV of the content with some cells changed, written back fully quoted.
        func editTable(_ path: String, _ change: (_ header: String, _ cell: String, _ row: Int) -> String) throws {
            let url = site.content.appendingPathComponent(path)
            let text = try SourceFile.read(url)
            let table = try #require(DataTable.csv(text, file: path, diagnostics: Diagnostics()))
            func quoted(_ cells: [String]) -> String { cells.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",") }
            var lines = [quoted(table.headers)]
            for (index, row) in table.rows.enumerated() {
                lines.append(quoted(table.headers.indices.map { change(table.headers[$0], row[$0], index) }))
            }
            try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
        }
    }

    @Test func personalDataPlantedInEveryPublishedFieldIsNeverPublished() throws {
        let planted = try Self.plantedExample()
        let diagnostics = Diagnostics()
        _ = try SiteBuilder.build(planted.site.options(), diagnostics: diagnostics)
        #expect(!diagnostics.hasErrors, "\(diagnostics.errors.prefix(5))")
        let outputs = treeContents(planted.site.output).filter { PublishedText.isText($0.key) }
            .mapValues { PersonalDataCorpus.Readable(String(decoding: $0, as: UTF8.self)) }
        var published: [String] = []
        for planting in planted.plantings {
            for (path, text) in outputs where PersonalDataCorpus.survives(planting.variant, in: text) {
                published.append("\(planting.field): \(planting.variant) in \(path)")
            }
        }
        let fields = Set(planted.plantings.map(\.field))
        print("personal-data: planted \(planted.plantings.count) variants of \(Set(planted.plantings.map(\.variant.form)).count) forms in \(fields.count) kinds of field, \(outputs.count) output files read, \(published.count) found")
        #expect(planted.plantings.count >= 112)
        #expect(published.isEmpty, "\(published.prefix(10).joined(separator: "\n"))")
        #expect(diagnostics.warnings.count { $0.code == .personalDataInCell } > 0)
    }

    /// The example site with a variant in every published free-text field.
    static func plantedExample() throws -> PlantedSite {
        let planted = try PlantedSite()
        try planted.editTable("data/thu-tuc.csv") { header, cell, _ in
            switch header {
            case "ten": cell + " – " + planted.plant("procedure name")
            case "phi_le_phi": cell + "; " + planted.plant("procedure fee")
            default: cell
            }
        }
        for name in try FileManager.default.contentsOfDirectory(atPath: planted.site.content.appendingPathComponent("data/thu-tuc").path).sorted() {
            try planted.edit("data/thu-tuc/\(name)") { $0 + "\n\nLiên hệ thêm: " + planted.plant("detail file body") + "\n" }
        }
        for day in 10...17 {
            let title = planted.plant("notice title"), body = planted.plant("notice body (feed.xml)")
            try planted.site.write("notices/2026-11-\(day)-cong-dan.md",
                                   "---\ntitle: \"Thông báo \(title)\"\ndate: \(day)/11/2026\n---\nNội dung: \(body).\n")
        }
        try planted.site.write("pages/lien-he-cong-dan.md",
                               "---\ntitle: Liên hệ\n---\n" + (0..<8).map { _ in "- " + planted.plant("page body") }.joined(separator: "\n") + "\n")
        try planted.editTable("data/quyet-dinh-cong-bo.csv") { header, cell, _ in
            header == "Trích yếu" && !cell.isEmpty ? cell + " (" + planted.plant("decision summary") + ")" : cell
        }
        try planted.edit("data/cham-diem/2024/binh-tan-hung.yaml") { text in
            text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
                guard let match = line.firstMatch(of: /^(.*note: )"?([^"}]*?)"?( \})$/) else { return String(line) }
                return "\(match.1)\"\(match.2) \(planted.plant("score note"))\"\(match.3)"
            }.joined(separator: "\n")
        }
        try planted.editTable("data/ho-so.csv") { header, cell, _ in
            switch header {
            case "Lý do": planted.plant("register reason", register: true)
            case "Người nộp": cell + " " + planted.plant("register applicant", register: true)
            case "Đơn vị chậm" where !cell.isEmpty: planted.plant("register unit", register: true)
            default: cell
            }
        }
        try planted.edit("data/lanh-dao.yaml") { text in
            text.replacing(/nhiem_vu: (.*)/) { "nhiem_vu: \"\($0.1) \(planted.plant("data file a template lists"))\"" }
        }
        try planted.editTable("data/thong-ke/hai-long-2024.csv") { header, cell, _ in
            header == "Đơn vị" ? cell + " " + planted.plant("statistics label") : cell
        }
        return planted
    }
}
