/// A parsed template: what the compiler walks. Standalone lines are already gone, and every
/// source line that remains starts with a `lineStart` carrying its leading whitespace, so
/// indentation (of a standalone partial, of a block moved into its parent) is decided when
/// compiling, by the template's source lines as the specification says, not at render time.
indirect enum TemplateNode {
    case text([UInt8])
    /// The start of a source line and the whitespace it starts with.
    case lineStart([UInt8])
    case variable(TemplateName, escaped: Bool, at: SourcePosition)
    case section(TemplateName, inverted: Bool, body: [TemplateNode], at: SourcePosition)
    /// `indentation` is the whitespace of a standalone partial's line; nil when inline.
    case partial(String, indentation: [UInt8]?, at: SourcePosition)
    case parent(String, indentation: [UInt8]?, blocks: [BlockDefinition], at: SourcePosition)
    /// A block where it is expanded, with its default content. `indentation` applies to each
    /// line of whatever content fills it; `intrinsic` is the default content's own, removed
    /// from its lines first.
    case block(String, indentation: [UInt8]?, intrinsic: [UInt8], body: [TemplateNode], at: SourcePosition)
}

/// `{{$name}}…{{/name}}` inside `{{<parent}}`: content for the parent's block of that name.
struct BlockDefinition {
    let name: String
    /// The indentation its content was written with, removed from each of its lines.
    let intrinsic: [UInt8]
    let body: [TemplateNode]
    /// The file it was written in (its errors are located there wherever it is expanded).
    let file: String
    let position: SourcePosition
}

/// A line and column in the file being parsed.
struct SourcePosition: Hashable {
    let line: Int
    let column: Int
}

/// `{{a.b.c}}` as segments, or the implicit iterator `{{.}}` (no segments).
struct TemplateName: Hashable {
    let text: String
    let segments: [String]

    var isImplicit: Bool { segments.isEmpty }

    /// nil for a malformed name (`a..b`, `.a`, `a.`).
    init?(_ text: String) {
        self.text = text
        if text == "." {
            segments = []
            return
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard !parts.contains(where: \.isEmpty) else { return nil }
        segments = parts.map(String.init)
    }
}

/// A template file, parsed.
struct ParsedTemplate {
    let name: String
    let file: String
    let nodes: [TemplateNode]
}
