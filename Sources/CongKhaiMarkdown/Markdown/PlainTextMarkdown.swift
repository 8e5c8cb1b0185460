/// Plain text from a table cell as Markdown that renders to exactly that text: every ASCII
/// punctuation character escaped (CommonMark lets any be), so "- Bước 1", "1. Nộp hồ sơ",
/// "*" or "<" stay text, and each line of a multi-line cell its own paragraph.
package enum PlainTextMarkdown {
    package static func markdown(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: true)
            .map { line in
                var escaped = ""
                for character in line.trimmingWhitespace() {
                    if character.isASCII, character.isPunctuation || character.isSymbol { escaped.append("\\") }
                    escaped.append(character)
                }
                return escaped
            }
            .filter { !$0.isEmpty }
            .joined(separator: "\n\n")
    }
}
