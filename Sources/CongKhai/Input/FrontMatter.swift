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

    public enum SplitError: Error, Equatable {
        case unclosed
    }

    public static func split(_ text: String) throws(SplitError) -> FrontMatter {
        guard text.hasPrefix("---\n") || text == "---" else {
            return FrontMatter(yaml: nil, body: text, yamlLineOffset: 0)
        }
        var yamlLines: [Substring] = []
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst()
        while let line = lines.first {
            lines = lines.dropFirst()
            if line == "---" || line == "..." {
                return FrontMatter(yaml: yamlLines.joined(separator: "\n"),
                                   body: lines.joined(separator: "\n"), yamlLineOffset: 1)
            }
            yamlLines.append(line)
        }
        throw .unclosed
    }
}
