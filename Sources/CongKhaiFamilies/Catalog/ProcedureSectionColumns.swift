import CongKhaiInput

/// The parts of a national database detail record that a catalog may carry as columns
/// ("Trình tự thực hiện", "Thành phần hồ sơ", …). Each filled cell becomes a section of the
/// procedure's page, titled as the record titles it; a detail file's section of the same title
/// replaces it. Read as columns, they are published rather than dropped. (Forms and conditions
/// are columns of their own, `ProcedureColumns.forms` and `.conditions`.)
enum ProcedureSectionColumns {
    static let prefix = "section:"

    static let specs: [ColumnSpec] = [
        ("Trình tự thực hiện", ["trinh tu"]),
        ("Cách thức thực hiện", ["cach thuc"]),
        ("Thành phần hồ sơ", ["thanh phan so luong ho so", "ho so", "thanh phan ho so can nop"]),
        ("Đối tượng thực hiện", ["doi tuong"]),
        ("Kết quả thực hiện", ["ket qua", "ket qua thuc hien thu tuc hanh chinh"]),
        ("Cơ quan phối hợp", []),
        ("Cơ quan được ủy quyền", ["co quan duoc uy quyen giai quyet"]),
    ].map { title, aliases in ColumnSpec(prefix + title, label: title, aliases: aliases) }

    static func isSection(_ key: String) -> Bool { key.hasPrefix(prefix) }
}
