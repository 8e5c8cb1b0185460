import Foundation

/// Reads `data/thu-tuc/<code>.md`: front matter overriding any column of the row, and a
/// Markdown body whose "## " headings split it into the procedure's sections.
enum ProcedureDetailReader {
    struct Detail {
        let code: String
        let displayPath: String
        let overrides: [String: ProcedureReader.Cell]
        let sections: [Procedure.Section]
    }

    static func readAll(contentDirectory: URL, diagnostics: Diagnostics) -> [Detail] {
        var details: [Detail] = []
        var unknownKeyUses: [String: [SourceLocation]] = [:]
        for file in ContentFiles.list(in: contentDirectory, folder: ProcedureReader.detailFolder, extensions: ["md"]) {
            guard let text = SourceFile.read(file.url, displayPath: file.displayPath, diagnostics: diagnostics) else { continue }
            let code = String(file.relativePath.dropLast(3))
            let parts: FrontMatter
            do {
                parts = try FrontMatter.split(text)
            } catch {
                diagnostics.error(.frontMatterUnclosed, at: SourceLocation(file: file.displayPath, line: 1),
                                  "Phần đầu mở bằng \"---\" nhưng không có dòng \"---\" đóng lại.")
                continue
            }
            if parts.body.utf8.count > MarkdownRenderer.maximumInputBytes {
                diagnostics.error(.inputTooLarge, at: SourceLocation(file: file.displayPath),
                                  "Nội dung quá dài (tối đa \(MarkdownRenderer.maximumInputBytes / 1024) KB).")
                continue
            }
            var overrides: [String: ProcedureReader.Cell] = [:]
            if let yaml = parts.yaml {
                guard let node = YAMLSource.parse(yaml, file: file.displayPath, lineOffset: parts.yamlLineOffset,
                                                  diagnostics: diagnostics, syntaxCode: .frontMatterSyntax),
                      let fields = YAMLFields(node, file: file.displayPath, lineOffset: parts.yamlLineOffset,
                                              diagnostics: diagnostics, invalidValueCode: .frontMatterInvalidValue,
                                              what: "Phần đầu") else { continue }
                for key in fields.keys {
                    guard let column = ProcedureColumns.lookup[VietnameseFolding.key(key)] else {
                        unknownKeyUses[key, default: []].append(fields.location(of: key))
                        continue
                    }
                    if let value = fields.string(key) {
                        overrides[column] = ProcedureReader.Cell(value: value, location: fields.location(of: key))
                    }
                }
            }
            details.append(Detail(code: code, displayPath: file.displayPath, overrides: overrides,
                                  sections: sections(of: parts.body)))
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

    /// Splits at level-1 and level-2 headings outside code fences; text before the first
    /// heading becomes an untitled introduction.
    static func sections(of markdown: String) -> [Procedure.Section] {
        var sections: [Procedure.Section] = []
        var title = ""
        var lines: [Substring] = []
        var inFence = false
        func flush() {
            let body = lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            if !body.isEmpty || !title.isEmpty { sections.append(.init(title: title, markdown: body)) }
            lines = []
        }
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") || line.hasPrefix("~~~") { inFence.toggle() }
            if !inFence, line.hasPrefix("# ") || line.hasPrefix("## ") {
                flush()
                title = line.drop(while: { $0 == "#" }).trimmingCharacters(in: .whitespaces)
                continue
            }
            lines.append(line)
        }
        flush()
        return sections
    }
}
