import CongKhaiCore
import CongKhaiInput

/// Checks a Markdown body against `InputLimits` at load time, so `check` refuses what would
/// make `build` slow or huge, and names the line.
package enum MarkdownBodyLimits {
    /// `firstLine` is the body's first line in the file (after the front matter).
    package static func accept(_ body: String, file: String, firstLine: Int, diagnostics: Diagnostics) -> Bool {
        let byteCount = body.utf8.count
        if byteCount > InputLimits.markdownBodyBytes {
            diagnostics.error(.inputTooLarge, at: SourceLocation(file: file, line: firstLine),
                              "Nội dung dài \(SourceFile.kilobytes(byteCount)), vượt giới hạn \(SourceFile.kilobytes(InputLimits.markdownBodyBytes)). Hãy chia thành nhiều trang.")
            return false
        }
        if let table = MarkdownTableSize.firstOversized(in: body, maximumCells: InputLimits.markdownTableCells) {
            diagnostics.error(.markdownTableTooLarge, at: SourceLocation(file: file, line: firstLine + table.line - 1),
                              "Bảng bắt đầu ở dòng này có \(table.rows) hàng × \(table.columns) cột, vượt giới hạn \(InputLimits.markdownTableCells) ô. Hãy chia bảng, hoặc đưa số liệu vào một tệp CSV trong data/.")
            return false
        }
        return true
    }
}
