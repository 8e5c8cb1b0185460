import Testing
@testable import CongKhai
@testable import CongKhaiCore
@testable import CongKhaiEncoding
@testable import CongKhaiFamilies
@testable import CongKhaiInput
@testable import CongKhaiMarkdown
@testable import CongKhaiSite
import CongKhaiTestSupport

@Suite struct VietnameseFoldingTests {
    @Test func foldsTonesCaseAndD() {
        #expect(VietnameseFolding.fold("Đăng ký khai sinh") == "dang ky khai sinh")
        #expect(VietnameseFolding.fold("ĐẤT ĐAI") == "dat dai")
        #expect(VietnameseFolding.fold("Thủy sản và Kiểm ngư") == "thuy san va kiem ngu")
    }

    @Test func foldsDecomposedInputLikePrecomposed() {
        let decomposed = "Đăng ký khai sinh".decomposedStringWithCanonicalMapping
        #expect(decomposed.unicodeScalars.count > "Đăng ký khai sinh".unicodeScalars.count)
        #expect(VietnameseFolding.fold(decomposed) == "dang ky khai sinh")
    }

    @Test func keyJoinsWordsWithSeparator() {
        #expect(VietnameseFolding.key("Mã TTHC") == "ma_tthc")
        #expect(VietnameseFolding.key("  Phí, lệ phí ") == "phi_le_phi")
        #expect(VietnameseFolding.key("Mức độ DVC") == "muc_do_dvc")
    }

    /// `fold` takes a per-scalar table for Latin text; it must agree with the definition
    /// (`slowFold`) on every scalar alone and in company of marks, other scripts and line ends.
    @Test func tableFoldingAgreesWithDecomposition() {
        for value in UInt32(0)...0x2FFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in [String(scalar), "A\(scalar)\u{0301}", "\(scalar)\u{0323}\u{0302}b", "\(scalar)\u{05B0}"] {
                #expect(VietnameseFolding.fold(text) == VietnameseFolding.slowFold(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            }
        }
        let alphabet: [String] = ["a", "Z", "9", " ", ",", "_", "\r\n", "\n", "\r", "\u{A0}", "Đ", "đ", "ệ", "Ằ", "Ư", "ơ", "ý",
                                  "\u{0301}", "\u{0323}", "\u{0345}", "\u{05B0}", "\u{1DC0}", "\u{20D7}", "İ", "Σ", "ß", "ﬁ", "ǅ",
                                  "한", "👩‍👩‍👧", "\u{200D}", "ø", "Ω", "Å"]
        var state = SplitMix64(seed: 0x2545_F491_4F6C_DD1D)
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...8, using: &state) { text += alphabet[Int.random(in: 0..<alphabet.count, using: &state)] }
            #expect(VietnameseFolding.fold(text) == VietnameseFolding.slowFold(text))
            for separator: Character in ["_", " ", "-"] {
                #expect(VietnameseFolding.key(text, separator: separator) == referenceKey(text, separator: separator))
            }
        }
    }

    /// `key` as first written: a walk over the Characters of the full folding.
    private func referenceKey(_ text: String, separator: Character) -> String {
        var result = ""
        var pendingSeparator = false
        for character in VietnameseFolding.slowFold(text) {
            if character.isASCII && (character.isLetter || character.isNumber) {
                if pendingSeparator && !result.isEmpty { result.append(separator) }
                result.append(character)
                pendingSeparator = false
            } else {
                pendingSeparator = true
            }
        }
        return result
    }

    @Test func slugsHaveNoDiacritics() {
        #expect(Slug.make("Giới thiệu chung về xã Đông Hòa") == "gioi-thieu-chung-ve-xa-dong-hoa")
        #expect(Slug.make("Đường đến UBND!") == "duong-den-ubnd")
    }

    @Test(arguments: ["gioi-thieu", "a/b-c", "2026"])
    func acceptsSafeSlugs(_ slug: String) {
        #expect(Slug.isValid(slug))
    }

    @Test(arguments: ["../etc", "a/../../b", "/abs", "a//b", "a\\b", "Hoa", "a.b", "", "-a", "a b"])
    func rejectsSlugsThatCouldEscapeOrBreakURLs(_ slug: String) {
        #expect(!Slug.isValid(slug))
    }
}

@Suite struct VietnameseCollationTests {
    @Test func ordersLettersAsTheVietnameseAlphabet() {
        let words = ["Đất đai", "Y tế", "Ân", "Ăn", "An", "Bảo trợ", "Dân", "Ê", "E", "Ơ", "Ô", "O", "Ư", "U"]
        let sorted = words.sortedVietnamese(by: { $0 })
        #expect(sorted == ["An", "Ăn", "Ân", "Bảo trợ", "Dân", "Đất đai", "E", "Ê", "O", "Ô", "Ơ", "U", "Ư", "Y tế"])
    }

    @Test func tonesOnlyBreakTiesInTraditionalOrder() {
        // ngang, huyền, hỏi, ngã, sắc, nặng
        let sorted = ["má", "mạ", "mà", "mả", "ma", "mã"].sortedVietnamese(by: { $0 })
        #expect(sorted == ["ma", "mà", "mả", "mã", "má", "mạ"])
        // Letters first: "mác" sorts after "mà" and "mạ" because c > nothing.
        #expect(["mác", "mạ"].sortedVietnamese(by: { $0 }) == ["mạ", "mác"])
    }

    @Test func ignoresCase() {
        #expect(["hộ tịch", "Hòa giải"].sortedVietnamese(by: { $0 }) == ["Hòa giải", "hộ tịch"])
    }
}

@Suite struct CivilDateTests {
    @Test func parsesVietnameseAndISOForms() {
        #expect(CivilDate.parse("07/02/2025") == .date(CivilDate(year: 2025, month: 2, day: 7)!))
        #expect(CivilDate.parse("7/2/2025") == .date(CivilDate(year: 2025, month: 2, day: 7)!))
        #expect(CivilDate.parse("2025-02-07") == .date(CivilDate(year: 2025, month: 2, day: 7)!))
        #expect(CivilDate.parse("07.02.2025") == .date(CivilDate(year: 2025, month: 2, day: 7)!))
    }

    @Test func tellsImpossibleFromUnreadable() {
        #expect(CivilDate.parse("31/02/2025") == .impossible)
        #expect(CivilDate.parse("29/02/2025") == .impossible)
        #expect(CivilDate.parse("29/02/2024") == .date(CivilDate(year: 2024, month: 2, day: 29)!))
        #expect(CivilDate.parse("hôm qua") == .unreadable)
        #expect(CivilDate.parse("2025/13") == .unreadable)
    }

    @Test func formatsTheVietnameseWay() {
        let date = CivilDate(year: 2025, month: 2, day: 7)!
        #expect(date.vietnameseLong == "ngày 07 tháng 02 năm 2025")
        #expect(date.vietnameseShort == "07/02/2025")
        #expect(date.iso == "2025-02-07")
    }

    @Test func dayNumbersRoundTripAndGiveWeekdays() {
        let date = CivilDate(year: 2026, month: 11, day: 21)!
        #expect(CivilDate(dayNumber: date.dayNumber) == date)
        #expect(date.isoWeekday == 6)  // Saturday
        #expect(CivilDate(year: 2024, month: 12, day: 31)!.adding(days: 1) == CivilDate(year: 2025, month: 1, day: 1)!)
    }

    @Test func todayInVietnamUsesUTCPlus7() {
        // 2026-11-20 18:30 UTC is already 21/11 01:30 in Hà Nội.
        let instant = Date(timeIntervalSince1970: 1_795_199_400)
        #expect(BuildOptions.todayInVietnam(now: instant) == CivilDate(year: 2026, month: 11, day: 21)!)
    }
}

import Foundation
