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

/// Finding 8 of issue 13: every error has a position and Vietnamese text, and text from the
/// input cannot drive the terminal.
@Suite struct DiagnosticTextTests {
    @Test func libyamlProblemsAreInVietnamese() throws {
        let diagnostics = Diagnostics()
        _ = YAMLSource.parse("title: a: b\n", file: "x.yaml", diagnostics: diagnostics, syntaxCode: .yamlDataSyntax)
        let error = try #require(diagnostics.errors.first)
        #expect(!error.message.contains("mapping values"))
        #expect(error.message.contains("dấu hai chấm"))
        #expect(error.location.line == 1)
    }

    @Test func readerErrorsGetTheirLine() throws {
        let diagnostics = Diagnostics()
        _ = YAMLSource.parse("a: 1\nb: 2\nc: \u{07}\n", file: "x.yaml", diagnostics: diagnostics, syntaxCode: .yamlDataSyntax)
        let error = try #require(diagnostics.errors.first)
        #expect(error.location.line == 3)
        #expect(error.message.contains("ký tự điều khiển"))
    }

    @Test func everyKnownProblemHasVietnameseAndUnknownOnesStayVietnamese() {
        #expect(YAMLProblemText.known.values.allSatisfy { !$0.isEmpty })
        #expect(YAMLProblemText.vietnamese("some new libyaml message") == "lỗi cú pháp YAML")
    }

    @Test func notUTF8NamesTheLine() {
        var data = Data("một\nhai\nba ".utf8)
        data.append(0xFF)
        #expect(throws: SourceFile.ReadError.notUTF8(line: 3)) { try SourceFile.decode(data) }
    }

    @Test func systemErrorsAreInVietnamese() {
        #expect(SystemErrorText.vietnamese(ENOSPC) == "ổ đĩa đã đầy")
        let english = "Không ghi được a/b: \(String(cString: strerror(ENOSPC)))"
        #expect(SystemErrorText.translatingEnglish(english) == "Không ghi được a/b: ổ đĩa đã đầy")
        #expect(SystemErrorText.translatingEnglish("x: The file name is invalid.").contains("tên tệp không hợp lệ"))
    }

    @Test func controlCharactersAndANSIEscapesAreShownNotObeyed() {
        let hostile = "title \u{1B}[2J\u{1B}]0;pwned\u{07} \u{202E}abc\r\nok"
        let shown = TerminalSafeText.escape(hostile)
        #expect(!shown.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E || $0.value == 0x0D })
        #expect(shown.contains("\\u{1B}[2J"))
        #expect(shown.hasSuffix("\nok"))
        #expect(TerminalSafeText.escape("Xã Bình Tân Hưng") == "Xã Bình Tân Hưng")
    }
}
