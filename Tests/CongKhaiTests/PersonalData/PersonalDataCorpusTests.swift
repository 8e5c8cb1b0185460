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

/// B3 of issue 26, as properties over a seeded corpus of realistic Vietnamese personal data
/// (`PersonalDataCorpus`): every form of every kind is masked wherever it is written, the
/// official figures beside it are kept, and the site's own contacts stay.
@Suite struct PersonalDataCorpusTests {
    static let seed: UInt64 = 0x2026_0B03

    /// Each of 720 variants (20 of every form) alone, in a register cell and, with a word of
    /// residence before the chains of units, in published text.
    @Test func everyFormOfEveryKindIsMasked() {
        var corpus = PersonalDataCorpus(seed: Self.seed)
        var missed: [String: Int] = [:]
        let variants = corpus.variants(720)
        for variant in variants {
            let record = PersonalDataMask.scan(variant.text, field: .record)
            let published = PersonalDataMask.scan((variant.recordOnly ? "trú tại " : "Ghi chú: ") + variant.text)
            for (result, field) in [(record, "record"), (published, "publication")] {
                if !result.kinds.contains(variant.kind) || PersonalDataCorpus.survives(variant, in: result.masked) {
                    missed["\(variant.form) (\(field))", default: 0] += 1
                    if missed.count <= 5 { Issue.record("\(field): \(variant) → \(result.masked.debugDescription)") }
                }
            }
        }
        #expect(missed.isEmpty, "\(missed.sorted { $0.key < $1.key })")
    }

    /// Codes, dates, amounts, document numbers, legal references, identifiers of the national
    /// portal and places of public events are published as they are, in either field.
    @Test(arguments: PersonalDataCorpus.officialFigures)
    func officialFiguresAreKept(_ text: String) {
        #expect(!PersonalDataMask.scan(text).found, "\(text) → \(PersonalDataMask.scan(text).masked)")
        if !text.contains("thôn") && !text.contains("Thôn") {
            #expect(!PersonalDataMask.scan(text, field: .record).found, "record: \(text) → \(PersonalDataMask.scan(text, field: .record).masked)")
        }
    }

    /// The site's own contacts (site.yaml) and those listed under `public_contacts` are kept
    /// wherever they appear, in any of their forms; other numbers beside them are not.
    @Test func theSitesOwnContactsAreKept() {
        let contacts = PublicContacts(["0255 3812 345", "ubnd@thunghiem.example.vn", "Số 1 đường Thử, tỉnh Quảng Ngãi"])
        let text = "Gọi 0255.3812.345 hoặc +84 255 3812 345, thư UBND@thunghiem.example.vn, trụ sở số 1 đường Thử; ông A 0909111326"
        let result = PersonalDataMask.scan(text, allowing: contacts)
        #expect(result.masked == "Gọi 0255.3812.345 hoặc +84 255 3812 345, thư UBND@thunghiem.example.vn, trụ sở số 1 đường Thử; ông A [đã ẩn]")
        #expect(PersonalDataMask.scan("CCCD 079203001234", allowing: PublicContacts(["079203001234"])).found, "an ID is nobody's contact")
    }
}
