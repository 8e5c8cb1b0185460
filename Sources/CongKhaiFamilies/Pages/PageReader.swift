import CongKhaiCore
import CongKhaiInput
import CongKhaiMarkdown
import CongKhaiSite
import Foundation
import Templates

/// Reads Markdown pages (`pages/**.md`) and dated notices (`notices/**.md`).
enum PageReader {
    private static let frontMatterKeys: Set<String> = [
        "title", "slug", "date", "draft", "layout", "description", "formal", "number", "menu",
    ]

    static func folder(for kind: Page.Kind) -> String { kind == .page ? "pages" : "notices" }

    static func readAll(kind: Page.Kind, contentDirectory: URL, contacts: PublicContacts = .none, diagnostics: Diagnostics) -> [Page] {
        ContentFiles.list(in: contentDirectory, folder: folder(for: kind), extensions: ["md"]).compactMap { file in
            read(file.url, displayPath: file.displayPath, relativePath: file.relativePath, kind: kind,
                 contacts: contacts, diagnostics: diagnostics)
        }
    }

    /// Returns nil for drafts and for files too broken to use; problems go to `diagnostics`.
    /// Front matter and body go through `PersonalDataScreen` (drafts too: they are read, not
    /// published, but the warning says where the data is).
    static func read(_ url: URL, displayPath: String, relativePath: String, kind: Page.Kind,
                     contacts: PublicContacts = .none, diagnostics: Diagnostics) -> Page? {
        guard let text = SourceFile.read(url, displayPath: displayPath, limit: InputLimits.FileSize.page, diagnostics: diagnostics) else { return nil }
        let parts: FrontMatter
        do {
            parts = try FrontMatter.split(text)
        } catch {
            diagnostics.error(.frontMatterUnclosed, at: SourceLocation(file: displayPath, line: 1),
                              "Phần đầu mở bằng \"---\" nhưng không có dòng \"---\" đóng lại.")
            return nil
        }
        if let yaml = parts.yaml, yaml.utf8.count > InputLimits.frontMatterBytes {
            diagnostics.error(.inputTooLarge, at: SourceLocation(file: displayPath, line: 1),
                              "Phần đầu dài \(SourceFile.kilobytes(yaml.utf8.count)), vượt giới hạn \(SourceFile.kilobytes(InputLimits.frontMatterBytes)). Phần đầu chỉ nên có tiêu đề, ngày và vài khóa khác.")
            return nil
        }
        guard MarkdownBodyLimits.accept(parts.body, file: displayPath,
                                        firstLine: parts.bodyLineOffset + 1,
                                        diagnostics: diagnostics) else { return nil }
        guard let yaml = parts.yaml else {
            diagnostics.error(.frontMatterMissingTitle, at: SourceLocation(file: displayPath, line: 1),
                              "Thiếu phần đầu. Thêm ở đầu tệp:\n---\ntitle: Tiêu đề trang\n---")
            return nil
        }
        guard let parsed = YAMLSource.parse(yaml, file: displayPath, lineOffset: parts.yamlLineOffset,
                                            diagnostics: diagnostics, syntaxCode: .frontMatterSyntax) else { return nil }
        let node = PersonalDataScreen.yaml(parsed, file: displayPath, lineOffset: parts.yamlLineOffset, contacts: contacts, diagnostics: diagnostics)
        guard let fields = YAMLFields(node, file: displayPath, lineOffset: parts.yamlLineOffset, diagnostics: diagnostics,
                                      invalidValueCode: .frontMatterInvalidValue, what: "Phần đầu")
        else { return nil }
        fields.warnUnknownKeys(allowed: frontMatterKeys, code: .frontMatterUnknownKey)

        if fields.bool("draft") == true { return nil }

        let title = fields.string("title")
        if title == nil {
            diagnostics.error(.frontMatterMissingTitle, at: SourceLocation(file: displayPath, line: 2),
                              "Thiếu \"title\" (tiêu đề) trong phần đầu.")
        }
        let date = fields.date("date")
        if kind == .notice && date == nil && fields.string("date") == nil {
            diagnostics.error(.invalidDate, at: SourceLocation(file: displayPath, line: 2),
                              "Thông báo cần \"date\" (ngày ban hành), ví dụ date: 07/02/2025.")
        }

        var slug = relativePath.dropLast(3).split(separator: "/").map { Slug.make(String($0)) }.joined(separator: "/")
        if let explicit = fields.string("slug") {
            if Slug.isValid(explicit) {
                slug = explicit
            } else {
                diagnostics.error(.invalidSlug, at: fields.location(of: "slug"),
                                  "slug \"\(explicit)\" không hợp lệ: chỉ dùng chữ thường không dấu, số và dấu gạch ngang (ví dụ gioi-thieu). Không dùng \"..\", \"\\\" hay dấu chấm.")
                return nil
            }
        }
        guard Slug.isValid(slug) else {
            diagnostics.error(.invalidSlug, at: SourceLocation(file: displayPath, line: 1),
                              "Không tạo được đường dẫn từ tên tệp. Đổi tên tệp hoặc thêm \"slug\" vào phần đầu.")
            return nil
        }
        MarkdownLinkCheck.check(parts.body, file: displayPath, lineOffset: parts.bodyLineOffset, diagnostics: diagnostics)
        if let problem = SlugLength.problem(slug) {
            let location = fields.string("slug") != nil ? fields.location(of: "slug") : SourceLocation(file: displayPath, line: 1)
            diagnostics.error(.pathTooLong, at: location, problem)
            return nil
        }
        guard let title else { return nil }
        return Page(
            kind: kind, sourcePath: displayPath, title: title, slug: slug, date: date,
            description: fields.string("description"),
            layout: fields.string("layout") ?? (kind == .page ? "page" : "notice"),
            formal: fields.bool("formal") ?? (kind == .notice),
            number: fields.string("number"),
            menuWeight: fields.int("menu"),
            markdown: PersonalDataScreen.markdown(parts.body, file: displayPath, firstLine: parts.bodyLineOffset + 1,
                                                  contacts: contacts, diagnostics: diagnostics)
        )
    }
}
