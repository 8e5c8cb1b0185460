import Testing
@testable import CongKhai
@testable import CongKhaiCore
@testable import CongKhaiEncoding
@testable import CongKhaiFamilies
@testable import CongKhaiInput
@testable import CongKhaiMarkdown
@testable import CongKhaiSite
import CongKhaiTestSupport

/// `PlainCSV` reads on bytes what SwiftCSV reads on Characters: wherever it answers, the
/// answer must be SwiftCSV's, and where SwiftCSV throws it must decline.
@Suite struct PlainCSVTests {
    @Test func agreesWithSwiftCSVOnSeededTexts() throws {
        let pieces = ["\"", "\"", ",", ",", ";", "\t", "\n", "\n", " ", "  ", "a", "Mã", "ệ", "\u{A0}", "–", "“x”", "1.000",
                      "\"\"", "x y", "Đ"]
        let rarePieces = ["\r\n", "\r", "\u{0301}", "\u{0085}", "\u{2028}", "\u{FEFF}", "👍", "\u{0B}"]
        var generator = SplitMix64(seed: 0xC5F0_2026)
        var answered = 0
        for round in 0..<20_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...24, using: &generator) {
                text += round % 5 == 0 && Int.random(in: 0..<8, using: &generator) == 0
                    ? rarePieces.randomElement(using: &generator)! : pieces.randomElement(using: &generator)!
            }
            let plain = PlainCSV.parse(text)
            let reference = try? PlainCSV.swiftCSV(text)
            if let plain {
                answered += 1
                #expect(plain == reference, "\(Array(text.utf8))")
            }
        }
        #expect(answered > 5_000)  // the comparison above must have had plain texts to compare
    }

    @Test func declinesTextWhoseCharactersSpanSeveralScalars() {
        #expect(PlainCSV.parse("a,b\r\nc,d\r\n") == nil)
        #expect(PlainCSV.parse("\"a\u{0301}\",b\n") == nil)
        #expect(PlainCSV.parse("ma,ten\n1.000,Cấp đổi\n") == PlainCSV.Table(header: ["ma", "ten"], rows: [["1.000", "Cấp đổi"]]))
    }
}
