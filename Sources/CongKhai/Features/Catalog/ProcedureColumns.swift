/// The columns of `data/thu-tuc.csv`, with the spellings seen in real exports
/// (the national database, one-stop software, hand-made Excel sheets).
enum ProcedureColumns {
    static let code = "code", name = "name", field = "field", level = "level"
    static let timeLimit = "time_limit", fee = "fee", onlineLevel = "online_level", agency = "agency"
    static let legalBasis = "legal_basis", decision = "decision", effectiveFrom = "effective_from"
    static let effectiveUntil = "effective_until", status = "status", formalityId = "formalityId", source = "source"
    static let timeLimitUnit = "time_limit_unit", forms = "forms", conditions = "conditions"

    static let specs: [ColumnSpec] = [
        ColumnSpec(code, label: "Mã TTHC", aliases: ["ma", "ma thu tuc", "ma thu tuc hanh chinh", "procedure code", "ma so"], required: true),
        ColumnSpec(name, label: "Tên thủ tục", aliases: ["ten", "ten tthc", "ten thu tuc hanh chinh", "title", "thu tuc"], required: true),
        ColumnSpec(field, label: "Lĩnh vực", aliases: ["linh vuc", "sector", "nhom"], required: true),
        ColumnSpec(level, label: "Cấp thực hiện", aliases: ["cap", "cap giai quyet", "tier"]),
        ColumnSpec(timeLimit, label: "Thời hạn giải quyết", aliases: ["thoi han", "thoi gian giai quyet", "deadline", "time limit"],
                   qualified: true),
        // The national database states the unit in its data (`processingDay.type`: WORKING_DAY).
        ColumnSpec(timeLimitUnit, label: "Đơn vị thời hạn", aliases: ["don vi thoi han", "don vi tinh thoi han", "loai thoi han",
                                                                      "processing day type", "time limit unit"]),
        ColumnSpec(fee, label: "Phí, lệ phí", aliases: ["phi le phi", "phi", "le phi", "fees", "fee"]),
        ColumnSpec(onlineLevel, label: "Mức độ DVC", aliases: ["muc do", "muc do dich vu cong", "dvc truc tuyen", "online", "muc do dvc truc tuyen"]),
        ColumnSpec(forms, label: "Mẫu đơn, tờ khai", aliases: ["mau don", "mau don to khai", "bieu mau", "forms"]),
        ColumnSpec(conditions, label: "Yêu cầu, điều kiện", aliases: ["yeu cau dieu kien", "dieu kien", "yeu cau", "requirements"]),
        ColumnSpec(agency, label: "Cơ quan thực hiện", aliases: ["co quan", "co quan giai quyet", "agency"]),
        ColumnSpec(legalBasis, label: "Căn cứ pháp lý", aliases: ["can cu", "legal basis"]),
        ColumnSpec(decision, label: "Quyết định công bố", aliases: ["qd cong bo", "quyet dinh", "decision"]),
        ColumnSpec(effectiveFrom, label: "Hiệu lực từ", aliases: ["ngay hieu luc", "hieu luc", "effective from", "tu ngay"]),
        ColumnSpec(effectiveUntil, label: "Hiệu lực đến", aliases: ["het hieu luc", "effective until", "den ngay"]),
        ColumnSpec(status, label: "Trạng thái", aliases: ["tinh trang", "status"]),
        ColumnSpec(formalityId, label: "formalityId", aliases: ["formality id", "id dvcqg", "ma dvcqg"]),
        ColumnSpec(source, label: "Nguồn", aliases: ["source", "nguon du lieu"]),
    ]

    /// Folded header or front-matter key → column key.
    static let lookup: [String: String] = {
        var lookup: [String: String] = [:]
        for spec in specs {
            for name in spec.foldedNames { lookup[name] = spec.key }
        }
        return lookup
    }()

    static func label(_ key: String) -> String { specs.first { $0.key == key }?.label ?? key }
}
