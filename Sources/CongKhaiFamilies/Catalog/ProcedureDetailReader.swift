import CongKhaiCore
import CongKhaiInput
import CongKhaiMarkdown
import Foundation
import Templates

/// Reads `data/thu-tuc/<code>.md`: front matter overriding any column of the row, and a
/// Markdown body whose "## " headings split it into the procedure's sections.
enum ProcedureDetailReader {
    struct Detail {
        let code: String
        let displayPath: String
        let overrides: [String: ProcedureReader.Cell]
        let sections: [Procedure.Section]
    }

    /// Front matter and body go through `PersonalDataScreen`, as a page's do.
    static func readAll(contentDirectory: URL, contacts: PublicContacts = .none, diagnostics: Diagnostics) -> [Detail] {
        let files = ContentFiles.list(in: contentDirectory, folder: ProcedureReader.detailFolder, extensions: ["md"])
        // A national catalog has tens of thousands of detail files; each is read and split on
        // its own, and the results keep the files' order.
        let results = ParallelMap.map(files) { read($0, contacts: contacts, diagnostics: diagnostics) }
        var details: [Detail] = []
        var unknownKeyUses: [String: [SourceLocation]] = [:]
        for result in results {
            guard let result else { continue }
            details.append(result.detail)
            for (key, location) in result.unknownKeys { unknownKeyUses[key, default: []].append(location) }
        }
        // A key nobody else uses is most likely a typo of a known one ("thoi_hann").
        for (key, uses) in unknownKeyUses where uses.count == 1 {
            let folded = VietnameseFolding.key(key)
            let nearest = ProcedureColumns.lookup.min {
                (editDistance($0.key, folded), $0.key) < (editDistance($1.key, folded), $1.key)
            }
            let suggestion = nearest.map { " Có phải \"\(ProcedureColumns.label($0.value))\"?" } ?? ""
            diagnostics.warning(.procedureRareField, at: uses[0],
                                "Trường \"\(key)\" chỉ dùng ở một tệp và không phải cột của danh mục: có thể gõ sai.\(suggestion)")
        }
        return details
    }

    private struct FileResult {
        let detail: Detail
        let unknownKeys: [(String, SourceLocation)]
    }

    private static func read(_ file: ContentFiles.File, contacts: PublicContacts, diagnostics: Diagnostics) -> FileResult? {
        guard let text = SourceFile.read(file.url, displayPath: file.displayPath, limit: InputLimits.FileSize.procedureDetail, diagnostics: diagnostics) else { return nil }
        let code = String(file.relativePath.dropLast(3))
        let parts: FrontMatter
        do {
            parts = try FrontMatter.split(text)
        } catch {
            diagnostics.error(.frontMatterUnclosed, at: SourceLocation(file: file.displayPath, line: 1),
                              "Phần đầu mở bằng \"---\" nhưng không có dòng \"---\" đóng lại.")
            return nil
        }
        // Lines the front matter took, counted once for both checks of the body.
        let bodyLineOffset = parts.bodyLineOffset
        guard MarkdownBodyLimits.accept(parts.body, file: file.displayPath, firstLine: bodyLineOffset + 1,
                                        diagnostics: diagnostics) else { return nil }
        var overrides: [String: ProcedureReader.Cell] = [:]
        var unknownKeys: [(String, SourceLocation)] = []
        if let yaml = parts.yaml {
            guard let parsed = YAMLSource.parse(yaml, file: file.displayPath, lineOffset: parts.yamlLineOffset,
                                                diagnostics: diagnostics, syntaxCode: .frontMatterSyntax) else { return nil }
            let node = PersonalDataScreen.yaml(parsed, file: file.displayPath, lineOffset: parts.yamlLineOffset,
                                               contacts: contacts, diagnostics: diagnostics)
            guard let fields = YAMLFields(node, file: file.displayPath, lineOffset: parts.yamlLineOffset,
                                          diagnostics: diagnostics, invalidValueCode: .frontMatterInvalidValue,
                                          what: "Phần đầu") else { return nil }
            for key in fields.keys {
                guard let column = ProcedureColumns.lookup[VietnameseFolding.key(key)] else {
                    unknownKeys.append((key, fields.location(of: key)))
                    continue
                }
                if let value = fields.string(key) {
                    overrides[column] = ProcedureReader.Cell(value: value, location: fields.location(of: key))
                }
            }
        }
        MarkdownLinkCheck.check(parts.body, file: file.displayPath, lineOffset: bodyLineOffset, diagnostics: diagnostics)
        let body = PersonalDataScreen.markdown(parts.body, file: file.displayPath, firstLine: bodyLineOffset + 1,
                                               contacts: contacts, diagnostics: diagnostics)
        let detail = Detail(code: code, displayPath: file.displayPath, overrides: overrides, sections: sections(of: body))
        return FileResult(detail: detail, unknownKeys: unknownKeys)
    }

    /// Splits at level-1 and level-2 headings outside code fences; text before the first
    /// heading becomes an untitled introduction.
    ///
    /// Works on the contiguous UTF-8 bytes, not on Characters: a national catalog has tens
    /// of thousands of bodies, and grapheme breaking made this the slowest step of loading
    /// (and then walking `String.UTF8View` generically). Every cut falls next to an ASCII
    /// byte (a line break, "#", a space), so it is a scalar boundary.
    static func sections(of markdown: String) -> [Procedure.Section] {
        var markdown = markdown
        return markdown.withUTF8 { bytes in
            var sections: [Procedure.Section] = []
            var title = ""
            var bodyStart: Int?
            var bodyEnd = 0
            var inFence = false
            func flush() {
                let body = bodyStart.map { trimmed(bytes[$0..<bodyEnd]) } ?? ""
                if !body.isEmpty || !title.isEmpty { sections.append(.init(title: title, markdown: body)) }
                bodyStart = nil
            }
            var lineStart = 0
            while lineStart < bytes.count {
                let lineEnd = bytes.firstIndex(of: UInt8(ascii: "\n"), from: lineStart) ?? bytes.count
                let line = bytes[lineStart..<lineEnd]
                if line.starts(with: "```".utf8) || line.starts(with: "~~~".utf8) { inFence.toggle() }
                if !inFence, line.starts(with: "# ".utf8) || line.starts(with: "## ".utf8) {
                    flush()
                    // The "#"s are followed by "#" or a space, so none joins a mark into one Character.
                    title = trimmed(line.drop(while: { $0 == UInt8(ascii: "#") }))
                } else {
                    if bodyStart == nil { bodyStart = lineStart }
                    bodyEnd = lineEnd
                }
                lineStart = lineEnd == bytes.count ? lineEnd : lineEnd + 1
            }
            flush()
            return sections
        }
    }

    /// Without leading and trailing spaces, tabs and line breaks.
    private static func trimmed(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }),
              let last = bytes.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[first...last]), as: UTF8.self)
    }
}
