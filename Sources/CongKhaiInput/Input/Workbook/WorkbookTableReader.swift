import CongKhaiCore
import Foundation

/// Reads the table a data file in .xlsx form holds, reporting every problem as a located
/// diagnostic: a workbook that cannot be opened never stops the build with a crash, it is an
/// error like a broken CSV.
enum WorkbookTableReader {
    /// `skippingColumn` names headers whose cells are never turned into values (personal data
    /// in the dossier register): such a column is an empty column of the table.
    static func read(_ url: URL, displayPath: String, options: WorkbookOptions, vocabulary: ColumnVocabulary = .general,
                     diagnostics: Diagnostics, skippingColumn: @escaping (String) -> Bool = { _ in false }) -> DataTable? {
        do throws(WorkbookError) {
            let workbook = try Workbook(url: url)
            guard let sheet = choose(in: workbook, options: options, displayPath: displayPath, diagnostics: diagnostics) else { return nil }
            let worksheet = try workbook.read(sheet)
            return SheetTableBuilder(file: displayPath, diagnostics: diagnostics, vocabulary: vocabulary, skippingColumn: skippingColumn)
                .table(from: worksheet, uses1904: workbook.manifest.uses1904Dates)
        } catch {
            diagnostics.error(.workbookUnreadable, at: SourceLocation(file: displayPath, line: 1, cell: error.place),
                              error.message)
            return nil
        }
    }

    /// The sheet named by the `sheet` option (exactly, or up to case and diacritics), or else
    /// the first visible one.
    private static func choose(in workbook: Workbook, options: WorkbookOptions, displayPath: String,
                               diagnostics: Diagnostics) -> WorkbookManifest.Sheet? {
        let names = workbook.manifest.sheets.map { "\"\($0.name)\"" }.joined(separator: ", ")
        if let wanted = options.sheet {
            let folded = VietnameseFolding.key(wanted)
            if let sheet = workbook.manifest.sheets.first(where: { $0.name == wanted })
                ?? workbook.manifest.sheets.first(where: { VietnameseFolding.key($0.name) == folded }) {
                return sheet
            }
            diagnostics.error(.workbookSheetNotFound, at: SourceLocation(file: WorkbookOptions.sidecarPath(for: displayPath), line: 1),
                              "Sổ \(displayPath) không có trang tính \"\(wanted)\". Các trang tính có: \(names). Sửa tùy chọn sheet.")
            return nil
        }
        guard let sheet = workbook.visibleSheets.first else {
            diagnostics.error(.workbookSheetNotFound, at: SourceLocation(file: displayPath, line: 1),
                              "Sổ không có trang tính nào đang hiện (\(names) đều bị ẩn). Bỏ ẩn trang tính cần đọc, hoặc chọn nó bằng sheet trong \(WorkbookOptions.sidecarPath(for: displayPath)).")
            return nil
        }
        return sheet
    }
}
