import CongKhaiCore
import Foundation
import Yams

/// Options for reading one workbook, from the sidecar `<name>.xlsx.yaml` beside it
/// (`data/thu-tuc.xlsx.yaml` for `data/thu-tuc.xlsx`). Today one: `sheet`, the tab to read
/// when it is not the first visible one. A sidecar keeps the choice next to the file it is
/// about, and leaves site.yaml alone.
struct WorkbookOptions: Equatable {
    var sheet: String?

    static let suffix = ".xlsx.yaml"

    static func sidecarPath(for workbookPath: String) -> String { workbookPath + ".yaml" }

    static func read(_ url: URL, displayPath: String, diagnostics: Diagnostics) -> WorkbookOptions {
        guard FileManager.default.fileExists(atPath: url.path),
              let text = SourceFile.read(url, displayPath: displayPath, limit: InputLimits.FileSize.workbookOptions, diagnostics: diagnostics),
              let node = YAMLSource.parse(text, file: displayPath, diagnostics: diagnostics, syntaxCode: .workbookOptionsInvalid)
        else { return WorkbookOptions() }
        guard let mapping = node.mapping else {
            diagnostics.error(.workbookOptionsInvalid, at: SourceLocation(file: displayPath, line: 1),
                              "Tệp tùy chọn phải có dạng \"sheet: Tên trang tính\".")
            return WorkbookOptions()
        }
        var options = WorkbookOptions()
        for (key, value) in mapping {
            let line = key.mark?.line
            switch key.string {
            case "sheet":
                guard let name = value.scalar?.string, !name.isEmpty else {
                    diagnostics.error(.workbookOptionsInvalid, at: SourceLocation(file: displayPath, line: line),
                                      "\"sheet\" phải là tên một trang tính, ví dụ sheet: Danh mục.")
                    continue
                }
                options.sheet = name
            default:
                diagnostics.warning(.workbookOptionsInvalid, at: SourceLocation(file: displayPath, line: line),
                                    "Khóa \"\(key.string ?? "")\" không biết, sẽ bỏ qua. Tệp này chỉ có khóa sheet.")
            }
        }
        return options
    }
}
