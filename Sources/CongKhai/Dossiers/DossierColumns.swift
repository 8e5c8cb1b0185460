/// The columns CongKhai reads from `data/ho-so-tre-han.csv`. Every other column is ignored,
/// and one that looks like personal data is named in a warning.
enum DossierColumns {
    static let code = "code", procedure = "procedure", applicant = "applicant", received = "received"
    static let due = "due", returned = "returned", reason = "reason", newDate = "new_date"
    static let lateUnit = "late_unit", consent = "consent", apologyDate = "apology_date", letterNumber = "letter_number"

    static let specs: [ColumnSpec] = [
        ColumnSpec(code, label: "Mã hồ sơ", aliases: ["so ho so", "so bien nhan", "ma bien nhan", "dossier"], required: true),
        ColumnSpec(procedure, label: "Mã TTHC", aliases: ["ma thu tuc", "ma thu tuc hanh chinh", "procedure code"], required: true),
        ColumnSpec(applicant, label: "Người nộp", aliases: ["nguoi nop ho so", "ten nguoi nop", "chu ho so", "applicant"]),
        ColumnSpec(received, label: "Ngày tiếp nhận", aliases: ["ngay nhan", "thoi gian tiep nhan", "ngay nhan ho so", "received"], required: true),
        ColumnSpec(due, label: "Hạn trả", aliases: ["han tra ket qua", "han giai quyet", "ngay hen tra", "due"]),
        ColumnSpec(returned, label: "Ngày trả", aliases: ["ngay tra ket qua", "ngay hoan thanh", "returned"]),
        ColumnSpec(reason, label: "Lý do", aliases: ["ly do tre han", "ly do cham", "ly do qua han", "reason"]),
        ColumnSpec(newDate, label: "Ngày hẹn lại", aliases: ["hen lai", "ngay hen tra moi", "ngay hen moi", "new date"]),
        ColumnSpec(lateUnit, label: "Đơn vị chậm", aliases: ["don vi gay cham", "co quan cham", "don vi tre han"]),
        ColumnSpec(consent, label: "Đồng ý công khai tên", aliases: ["dong y cong khai", "cong khai ten", "consent"]),
        ColumnSpec(apologyDate, label: "Ngày xin lỗi", aliases: ["ngay gui xin loi", "ngay van ban xin loi", "apology date"]),
        ColumnSpec(letterNumber, label: "Số văn bản xin lỗi", aliases: ["so phieu xin loi", "so van ban", "so xin loi"]),
    ]

    /// Folded fragments of headers that usually hold personal data.
    static let personalDataMarkers = [
        "cccd", "cmnd", "can_cuoc", "dinh_danh", "ho_chieu", "chung_minh", "dien_thoai", "sdt", "so_dt",
        "phone", "dia_chi", "noi_o", "thuong_tru", "address", "email", "thu_dien_tu", "mail",
    ]

    static func looksPersonal(_ header: String) -> Bool {
        let folded = VietnameseFolding.key(header)
        return personalDataMarkers.contains { folded == $0 || folded.contains($0) }
    }
}
