import CongKhaiInput

/// The columns of `data/thu-tuc.csv`, with the spellings seen in real exports: the national
/// database's list export (`Mã số | Tên | Cơ quan ban hành | Cơ quan thực hiện | Lĩnh vực`) and
/// detail records, province announcement decisions' appendices ("Mã số TTHC", "Phí, lệ phí (nếu
/// có)", "Thời hạn giải quyết (ngày làm việc)", "Mức độ DVCTT", "Địa điểm thực hiện"), one-stop
/// software and hand-made Excel sheets. Headers match as `HeaderName` reads them.
enum ProcedureColumns {
    static let code = "code", name = "name", field = "field", level = "level"
    static let timeLimit = "time_limit", fee = "fee", onlineLevel = "online_level", agency = "agency"
    static let legalBasis = "legal_basis", decision = "decision", effectiveFrom = "effective_from"
    static let effectiveUntil = "effective_until", status = "status", formalityId = "formalityId", source = "source"
    static let timeLimitUnit = "time_limit_unit", forms = "forms", conditions = "conditions"
    static let place = "place", filingScope = "filing_scope", issuer = "issuer", note = "note"

    static let specs: [ColumnSpec] = [
        ColumnSpec(code, label: "Mã TTHC", aliases: ["ma", "ma so", "ma thu tuc", "ma so thu tuc", "ma thu tuc hanh chinh",
                                                     "ma so thu tuc hanh chinh", "procedure code"], required: true),
        ColumnSpec(name, label: "Tên thủ tục", aliases: ["ten", "ten thu tuc hanh chinh", "title", "thu tuc",
                                                         "thu tuc hanh chinh"], required: true),
        // Required, but an appendix may give it by section rows instead ("I. Lĩnh vực Hộ tịch"):
        // `ProcedureReader` asks for it once it has read them.
        ColumnSpec(field, label: "Lĩnh vực", aliases: ["linh vuc", "sector", "nhom", "ten linh vuc"]),
        ColumnSpec(level, label: "Cấp thực hiện", aliases: ["cap", "cap giai quyet", "tier", "cap co tham quyen"]),
        // The header's qualifier ("(ngày làm việc)") is the unit of a limit whose cell states
        // none: `ProcedureReader` reads it (`TimeLimitUnit(headerQualifier:)`).
        ColumnSpec(timeLimit, label: "Thời hạn giải quyết", aliases: ["thoi han", "thoi gian giai quyet", "deadline", "time limit",
                                                                      "thoi gian giai quyet toi da", "thoi han giai quyet toi da"]),
        // The national database states the unit in its data (`processingDay.type`: WORKING_DAY).
        ColumnSpec(timeLimitUnit, label: "Đơn vị thời hạn", aliases: ["don vi thoi han", "don vi tinh thoi han", "loai thoi han",
                                                                      "processing day type", "time limit unit"]),
        ColumnSpec(fee, label: "Phí, lệ phí", aliases: ["phi le phi", "phi", "le phi", "fees", "fee", "phi va le phi", "muc phi"],
                   unit: ProcedureUnits.currency),
        ColumnSpec(onlineLevel, label: "Mức độ DVC", aliases: ["muc do", "muc do dich vu cong", "dvc truc tuyen", "online",
                                                               "muc do dvc truc tuyen", "dich vu cong truc tuyen",
                                                               "muc do cung cap dich vu cong truc tuyen"]),
        ColumnSpec(forms, label: "Mẫu đơn, tờ khai", aliases: ["mau don", "mau don to khai", "bieu mau", "forms"]),
        ColumnSpec(conditions, label: "Yêu cầu, điều kiện", aliases: ["yeu cau dieu kien", "dieu kien", "yeu cau", "requirements",
                                                                     "yeu cau dieu kien thuc hien"]),
        ColumnSpec(agency, label: "Cơ quan thực hiện", aliases: ["co quan", "co quan giai quyet", "agency",
                                                                "co quan co tham quyen", "co quan truc tiep thuc hien"]),
        ColumnSpec(place, label: "Địa điểm thực hiện", aliases: ["dia diem", "dia diem tiep nhan", "noi tiep nhan",
                                                                "dia chi tiep nhan", "dia chi tiep nhan ho so", "noi nop ho so"]),
        ColumnSpec(filingScope, label: "Phạm vi tiếp nhận", aliases: ["phi dia gioi", "khong phu thuoc dia gioi hanh chinh",
                                                                      "tiep nhan phi dia gioi", "pham vi"]),
        ColumnSpec(issuer, label: "Cơ quan ban hành", aliases: ["co quan cong bo", "bo nganh"]),
        ColumnSpec(legalBasis, label: "Căn cứ pháp lý", aliases: ["can cu", "legal basis", "van ban quy dinh"]),
        ColumnSpec(decision, label: "Quyết định công bố", aliases: ["quyet dinh", "decision", "so quyet dinh"]),
        ColumnSpec(effectiveFrom, label: "Hiệu lực từ", aliases: ["ngay hieu luc", "hieu luc", "effective from", "tu ngay"]),
        ColumnSpec(effectiveUntil, label: "Hiệu lực đến", aliases: ["het hieu luc", "effective until", "den ngay"]),
        ColumnSpec(status, label: "Trạng thái", aliases: ["tinh trang", "status"]),
        ColumnSpec(formalityId, label: "formalityId", aliases: ["formality id", "id dvcqg", "ma dvcqg"]),
        ColumnSpec(source, label: "Nguồn", aliases: ["source", "nguon du lieu"]),
        ColumnSpec(note, label: "Ghi chú", aliases: ["note", "ghi chu khac"]),
    ] + ProcedureSectionColumns.specs

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
