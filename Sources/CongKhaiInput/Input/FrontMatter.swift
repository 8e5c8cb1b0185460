/// Splits a Markdown file into its YAML front matter and body.
///
/// cmark-gfm knows nothing of front matter: left in, a leading `---` block would render
/// as a rule and a heading. The block must open on the first line and close with a line
/// holding only `---` (or `...`).
public struct FrontMatter: Equatable, Sendable {
    public let yaml: String?
    public let body: String
    /// Number of lines before the YAML text starts (1: the opening `---`), so YAML
    /// positions can be mapped back to lines of the file.
    public let yamlLineOffset: Int
    /// Lines of the file before the body starts (0 without front matter), so positions in the
    /// body map back to lines of the file.
    public let bodyLineOffset: Int

    public enum SplitError: Error, Equatable {
        case unclosed
    }

    /// Reads line by line only as far as the closing marker; the body is the rest of the text
    /// as it is (a file is mostly body, and splitting and joining it cost a copy of every file).
    public static func split(_ text: String) throws(SplitError) -> FrontMatter {
        if text == "---" { throw .unclosed }
        guard text.hasPrefix("---\n") else {
            return FrontMatter(yaml: nil, body: text, yamlLineOffset: 0, bodyLineOffset: 0)
        }
        var yamlLines: [Substring] = []
        var rest = text.dropFirst(4)
        while true {
            let end = rest.firstIndex(of: "\n")
            let line = rest[..<(end ?? rest.endIndex)]
            if line == "---" || line == "..." {
                return FrontMatter(yaml: yamlLines.joined(separator: "\n"),
                                   body: end.map { String(rest[rest.index(after: $0)...]) } ?? "",
                                   yamlLineOffset: 1, bodyLineOffset: yamlLines.count + 2)
            }
            yamlLines.append(line)
            guard let end else { throw .unclosed }
            rest = rest[rest.index(after: end)...]
        }
    }
}
