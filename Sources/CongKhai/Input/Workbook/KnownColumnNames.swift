/// The folded header names CongKhai's tables use, to tell a sheet's header row from the
/// title rows above it ("DANH MỤC THỦ TỤC HÀNH CHÍNH…", "UBND XÃ…").
///
/// Data files are parsed before the features that read them, so the reader does not know
/// which table a workbook holds; the union of all tables' names still finds the header,
/// since a title row is one long sentence and never a column name.
enum KnownColumnNames {
    static let all: Set<String> = {
        var names = Set<String>()
        for spec in ProcedureColumns.specs + DossierColumns.specs + DecisionReader.specs { names.formUnion(spec.foldedNames) }
        names.formUnion(StatisticsTableBuilder.unit.foldedNames)
        for name in ScoreSheetWorkbookLayout.knownHeadings { names.insert(HeaderName.key(name)) }
        for name in ["Tháng", "Rất hài lòng", "Hài lòng", "Chưa hài lòng", "Trước hạn", "Đúng hạn", "Quá hạn",
                     "Tổng số hồ sơ", "Số hồ sơ sử dụng lại", "Họ và tên", "Chức vụ", "Ngày", "Tên"] {
            names.insert(HeaderName.key(name))
        }
        return names
    }()

    /// Columns that number the rows (Số thứ tự): never data, dropped from workbook tables.
    static let rowNumber: Set<String> = ["stt", "tt", "so thu tu", "so tt"].map { HeaderName.key($0) }.reduce(into: []) { $0.insert($1) }

    /// Columns that hold a procedure code (the catalog's Mã TTHC, the register's), where a
    /// number is a code Excel converted and must be restored.
    static let procedureCode: Set<String> = {
        var names = Set<String>()
        for spec in ProcedureColumns.specs where spec.key == ProcedureColumns.code { names.formUnion(spec.foldedNames) }
        for spec in DossierColumns.specs where spec.key == DossierColumns.procedure { names.formUnion(spec.foldedNames) }
        for spec in DecisionReader.specs where spec.key == DecisionReader.code || spec.key == DecisionReader.replacement {
            names.formUnion(spec.foldedNames)
        }
        return names
    }()
}
