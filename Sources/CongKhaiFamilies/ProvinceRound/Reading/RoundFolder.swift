import CongKhaiCore
import CongKhaiInput

/// Where a round's files are: `data/xet-cong-nhan/<year>/`, named after the process of seed 000
/// ("đánh giá, xét công nhận Bộ phận Một cửa kiểu mẫu cấp xã năm 2024"). Every table may be a
/// .csv, an .xlsx or a YAML list; `thong-tin.yaml` is a mapping.
enum RoundFolder {
    static let root = "xet-cong-nhan/"

    /// `thong-tin.yaml`: the round's name, criteria set and the sources of its tables.
    static let info = "thong-tin"
    /// `don-vi.*`: the units of the round (required for a round to exist).
    static let units = "don-vi"
    /// `moc-thoi-gian.*`: deadlines and the documents that set them.
    static let timeline = "moc-thoi-gian"
    /// `tien-do.*`: each unit's submission, appraisal and verification.
    static let progress = "tien-do"
    /// `bao-cao-khong-dat.*`: appraising bodies' reports that no unit qualifies.
    static let noQualifying = "bao-cao-khong-dat"
    /// `phu-luc-6-2.*`: the province's criterion 6.2 appendix.
    static let reuseAppendix = "phu-luc-6-2"
    /// `dung-han.*`: on-time figures per unit, for criterion 5.
    static let onTime = "dung-han"

    static let tables = [units, timeline, progress, noQualifying, reuseAppendix, onTime]

    /// "xet-cong-nhan/2024/don-vi" (relative to data/), the base name `SiteData.table(named:)` takes.
    static func path(_ name: String, year: Int) -> String { "\(root)\(year)/\(name)" }

    static func displayFolder(_ year: Int) -> String { "data/\(root)\(year)/" }

    /// The years with a round folder, and every file under `xet-cong-nhan/` that is not one of
    /// a round's files, reported so that no table is silently left unread.
    static func years(in siteData: SiteData, diagnostics: Diagnostics) -> [Int] {
        var years = Set<Int>()
        let known = Set(([info] + tables).flatMap { name in ["csv", "xlsx", "yaml", "yml"].map { "\(name).\($0)" } })
        for path in siteData.documents.keys.sorted() where path.hasPrefix(root) {
            let parts = path.dropFirst(root.count).split(separator: "/").map(String.init)
            let file = "data/\(path)"
            guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), (2000...2100).contains(year) else {
                diagnostics.error(.roundDataInvalid, at: SourceLocation(file: file, line: 1),
                                  "Tệp của đợt xét công nhận phải nằm trong thư mục của năm: data/\(root)<năm>/, ví dụ data/\(root)2024/\(units).xlsx.")
                continue
            }
            guard known.contains(parts[1]) else {
                diagnostics.warning(.roundDataInvalid, at: SourceLocation(file: file, line: 1),
                                    "Tệp này không được đọc. Các tệp của một đợt: \(info).yaml, \(tables.map { "\($0).xlsx" }.joined(separator: ", ")) (hoặc .csv, .yaml).")
                continue
            }
            years.insert(year)
        }
        // A workbook beside a CSV or YAML table is already CK166 (and left out); a CSV beside a
        // YAML list is not, and only one of them would be read.
        for year in years {
            for name in tables {
                let forms = ["csv", "yaml", "yml"].filter { siteData.documents["\(path(name, year: year)).\($0)"] != nil }
                guard forms.count > 1 else { continue }
                diagnostics.error(.tableInTwoForms, at: SourceLocation(file: "data/\(path(name, year: year)).\(forms[1])", line: 1),
                                  "Bảng có ở hai dạng: \(forms.map { "data/\(path(name, year: year)).\($0)" }.joined(separator: " và ")). CongKhai chỉ đọc tệp .\(forms[0]): giữ một tệp và xóa tệp kia.")
            }
        }
        return years.sorted()
    }
}
