import CongKhaiCore
import CongKhaiInput

/// The score sheet as a workbook, laid out as seed 003's table ("BẢNG CHẤM ĐIỂM"): what the
/// writer (`ScoreSheetWorkbook`) puts where and what the reader (`ScoreSheetTableReader`)
/// looks for, in one place so the two cannot drift apart.
///
/// Above the table, label-value rows say whose sheet it is (Đơn vị, Năm, Bộ tiêu chí, Văn
/// bản). The table has one row per criterion ("Tiêu chí 1", its title, its scale, its sums),
/// one per content (its code from the criteria set in column A: 1.1, 1.2, …), one per
/// checklist item under its content, and the total row ("TỔNG ĐIỂM ĐẠT ĐƯỢC").
enum ScoreSheetWorkbookLayout {
    static let sheetName = "Bảng chấm điểm"
    static let title = "BẢNG CHẤM ĐIỂM"
    static let totalLabel = "TỔNG ĐIỂM ĐẠT ĐƯỢC"
    /// Column A of a criterion's row: "Tiêu chí 1".
    static let criterionPrefix = "Tiêu chí"

    /// The label-value rows above the table (label in column A, value in column B).
    enum Field: String, CaseIterable {
        case unit = "Đơn vị"
        case year = "Năm"
        case criteriaSet = "Bộ tiêu chí"
        case document = "Văn bản"

        /// The field a label cell names, matched as headers are (case, diacritics, a colon aside).
        init?(label: String) {
            let key = HeaderName.key(label)
            guard let field = Self.allCases.first(where: { HeaderName.key($0.rawValue) == key }) else { return nil }
            self = field
        }
    }

    /// Keys of the table's fixed columns; the level columns are keyed by the level's key.
    static let code = "code", text = "text", max = "max", numerator = "b", denominator = "a"
    static let value = "value", arose = "arose", itemMet = "item_met", source = "source", note = "note"

    static let fixedLeading: [ColumnSpec] = [
        ColumnSpec(code, label: "Mã", aliases: ["mã nội dung", "mã số", "code", "id"], required: true),
        ColumnSpec(text, label: "Nội dung tiêu chí", aliases: ["nội dung", "tiêu chí", "text"]),
        ColumnSpec(max, label: "Thang điểm", aliases: ["điểm tối đa", "điểm chuẩn", "max"]),
    ]

    static let fixedTrailing: [ColumnSpec] = [
        ColumnSpec(numerator, label: "Số liệu b", aliases: ["b", "tử số"]),
        ColumnSpec(denominator, label: "Số liệu a", aliases: ["a", "mẫu số"]),
        ColumnSpec(value, label: "Chỉ số", aliases: ["giá trị", "điểm chỉ số", "value"]),
        ColumnSpec(arose, label: "Có phát sinh", aliases: ["phát sinh", "arose"]),
        ColumnSpec(itemMet, label: "Mục đạt", aliases: ["đạt", "items"]),
        ColumnSpec(source, label: "Nguồn số liệu", aliases: ["nguồn", "source"]),
        ColumnSpec(note, label: "Tài liệu kiểm chứng", aliases: ["ghi chú", "minh chứng", "tài liệu minh chứng", "note"]),
    ]

    /// Every column of a sheet for this set: code, text, scale, one per level, the figures.
    static func specs(levels: [CriteriaSet.Level]) -> [ColumnSpec] {
        fixedLeading + levels.map { level in
            ColumnSpec(level.key, label: level.columnHeading, aliases: [level.label])
        } + fixedTrailing
    }

    /// Headings that tell the table's header row from the rows above it, whatever the set's
    /// levels are called (the usual three are named too).
    static let knownHeadings: [String] = (fixedLeading + fixedTrailing).flatMap { [$0.label] + $0.aliases }
        + ["Tự chấm", "Thẩm định", "Thẩm tra"]

    /// Words of a yes/no cell ("Có phát sinh", "Mục đạt"), folded; nil for anything else.
    static func yesNo(_ text: String) -> Bool? {
        switch VietnameseFolding.key(text, separator: " ") {
        case "co", "dat", "x", "true", "1", "yes", "co phat sinh": true
        case "khong", "khong dat", "false", "0", "no", "khong phat sinh": false
        default: nil
        }
    }

    /// The words the writer offers in a yes/no cell's list.
    static let aroseWords = ["Có", "Không"]
    static let itemWords = ["Đạt", "Không đạt"]

    /// Which figure columns a rule uses; a value in another is read nowhere.
    static func figureColumns(for rule: CriteriaSet.Rule) -> Set<String> {
        switch rule {
        case .manual, .allOrNothing: []
        case .checklist: []
        case .rate: [numerator, denominator]
        case .noneArose: [arose, numerator, denominator]
        case .index: [value]
        }
    }
}
