import CongKhaiCore
import CongKhaiInput

/// The columns CongKhai reads from the dossier register (`data/ho-so.*`, or `data/ho-so-tre-han.*`).
/// Every other column is ignored, and one that looks like personal data is named in a warning
/// and emptied as soon as the file is parsed (`strippingPersonalData`).
///
/// The aliases cover the one-stop software's own export (Mã hồ sơ, Mã thủ tục, Chủ hồ sơ,
/// Ngày tiếp nhận, Ngày hẹn trả, Ngày gia hạn, Ngày hoàn thành, Ngày trả, Trạng thái, Trực tuyến).
enum DossierColumns {
    static let code = "code", procedure = "procedure", applicant = "applicant", received = "received"
    static let due = "due", returned = "returned", reason = "reason", newDate = "new_date"
    static let lateUnit = "late_unit", consent = "consent", apologyDate = "apology_date", letterNumber = "letter_number"
    static let completed = "completed", status = "status", online = "online", consentReference = "consent_reference"

    static let specs: [ColumnSpec] = [
        ColumnSpec(code, label: "Mã hồ sơ", aliases: ["so ho so", "so bien nhan", "ma bien nhan", "ma so ho so", "dossier"], required: true),
        ColumnSpec(procedure, label: "Mã TTHC", aliases: ["ma thu tuc", "ma thu tuc hanh chinh", "ma tthc", "procedure code"], required: true),
        ColumnSpec(applicant, label: "Người nộp", aliases: ["nguoi nop ho so", "ten nguoi nop", "chu ho so", "applicant"]),
        ColumnSpec(received, label: "Ngày tiếp nhận", aliases: ["ngay nhan", "thoi gian tiep nhan", "ngay nhan ho so", "received"], required: true),
        ColumnSpec(due, label: "Hạn trả", aliases: ["han tra ket qua", "han giai quyet", "ngay hen tra", "due"]),
        ColumnSpec(returned, label: "Ngày trả", aliases: ["ngay tra ket qua", "ngay tra kq", "returned"]),
        ColumnSpec(completed, label: "Ngày hoàn thành", aliases: ["ngay co ket qua", "ngay ket thuc", "ngay xu ly xong", "completed"]),
        ColumnSpec(status, label: "Trạng thái", aliases: ["trang thai ho so", "tinh trang", "tinh trang ho so", "status"]),
        ColumnSpec(online, label: "Trực tuyến", aliases: ["nop truc tuyen", "ho so truc tuyen", "online"]),
        ColumnSpec(reason, label: "Lý do", aliases: ["ly do tre han", "ly do cham", "ly do qua han", "reason"]),
        ColumnSpec(newDate, label: "Ngày hẹn lại", aliases: ["hen lai", "ngay hen tra moi", "ngay hen moi", "ngay gia han", "han gia han", "new date"]),
        ColumnSpec(lateUnit, label: "Đơn vị chậm", aliases: ["don vi gay cham", "co quan cham", "don vi tre han"]),
        ColumnSpec(consent, label: "Đồng ý công khai tên", aliases: ["dong y cong khai", "cong khai ten", "consent"]),
        // Where the consent is recorded (a signed form, its date): a full name is published only with it.
        ColumnSpec(consentReference, label: "Căn cứ đồng ý", aliases: ["van ban dong y", "phieu dong y", "can cu dong y cong khai", "consent reference"]),
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

    /// The table with every personal-data column emptied: OpenCPS-style exports carry Địa chỉ,
    /// Số điện thoại, Thư điện tử beside each dossier. They are dropped right after parsing,
    /// before anything can read or keep them; only the header stays, for the warning.
    static func strippingPersonalData(_ table: DataTable) -> DataTable {
        let personal = Set(table.headers.indices.filter { looksPersonal(table.headers[$0]) })
        guard !personal.isEmpty else { return table }
        let rows = table.rows.map { row in
            DataTable.Row(line: row.line, cells: row.cells.enumerated().map { personal.contains($0.offset) ? "" : $0.element })
        }
        return DataTable(file: table.file, origin: table.origin, headers: table.headers, rows: rows)
    }
}
