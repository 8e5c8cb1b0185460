import CongKhaiCore
import Foundation

/// Checks on the file forms in `data/`: one table kept both as CSV and as a workbook (which
/// one is current?), and spreadsheet formats CongKhai cannot read, which would otherwise be
/// skipped without a word and, for the catalog, publish a site without procedures.
enum DataFileForms {
    static let tableExtensions = ["csv", "xlsx"]

    /// Spreadsheet and document formats people save tables in, with what to do instead.
    static let unsupportedExtensions: Set<String> = ["xls", "xlsm", "xlsb", "ods", "fods", "numbers", "docx", "doc", "odt"]

    /// Excel keeps "~$thu-tuc.xlsx" beside a workbook while it is open (who has it open): not a
    /// table, and reading it would fail the build for as long as Excel is open.
    static func isOfficeOwnerFile(_ file: ContentFiles.File) -> Bool {
        file.url.lastPathComponent.hasPrefix("~$")
    }

    /// Reports the files of a format CongKhai cannot read and returns the others.
    static func reportUnsupported(_ files: [ContentFiles.File], diagnostics: Diagnostics) -> [ContentFiles.File] {
        var readable: [ContentFiles.File] = []
        for file in files where !isOfficeOwnerFile(file) {
            let ext = file.url.pathExtension.lowercased()
            guard unsupportedExtensions.contains(ext) else {
                readable.append(file)
                continue
            }
            let why = switch ext {
            case "xls": "là định dạng Excel 97–2003"
            case "xlsm", "xlsb": "là sổ Excel có macro hoặc dạng nhị phân"
            case "ods", "fods": "là bảng tính LibreOffice/OpenOffice"
            case "numbers": "là bảng tính Apple Numbers"
            default: "là văn bản Word/Writer, không phải bảng tính"
            }
            diagnostics.error(.tableFormatUnsupported, at: SourceLocation(file: file.displayPath),
                              "CongKhai không đọc được tệp này: nó \(why). Lưu lại dạng .xlsx (Excel Workbook) hoặc CSV UTF-8 với cùng tên, rồi xóa tệp .\(ext).")
        }
        return readable
    }

    /// Paths (relative to data/) of workbooks that duplicate a CSV or a YAML table of the same
    /// name; each is reported, and the caller leaves the workbook out.
    /// `describedFolders`: folders (relative to data/) where a YAML file beside a table is its
    /// description, not a second form (`DataFilePolicy.describedFolders`).
    static func duplicates(_ relativePaths: Set<String>, describedFolders: [String] = [], diagnostics: Diagnostics) -> Set<String> {
        var dropped = Set<String>()
        for path in relativePaths.sorted() where path.lowercased().hasSuffix(".xlsx") {
            let stem = String(path.dropLast(5))
            let isDescribed = describedFolders.contains { stem.hasPrefix($0) }
            let others = isDescribed ? ["csv"] : ["csv", "yaml", "yml"]
            for other in others where relativePaths.contains("\(stem).\(other)") {
                diagnostics.error(.tableInTwoForms, at: SourceLocation(file: "data/\(path)"),
                                  "Bảng có ở hai dạng: data/\(stem).\(other) và data/\(path). CongKhai không biết tệp nào mới hơn: giữ một tệp và xóa tệp kia.")
                dropped.insert(path)
            }
        }
        return dropped
    }

    /// Whether the file begins with a ZIP local header ("PK\u{3}\u{4}"), as every .xlsx does.
    static func startsLikeZip(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 4)) ?? Data()
        return head == Data([0x50, 0x4B, 0x03, 0x04])
    }
}
