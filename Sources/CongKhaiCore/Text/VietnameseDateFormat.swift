/// Dates the way Vietnamese administrative documents write them.
extension CivilDate {
    /// "07/02/2025"
    public var vietnameseShort: String { "\(pad(day, 2))/\(pad(month, 2))/\(year)" }

    /// "ngày 07 tháng 02 năm 2025", the form used in the place-and-date line of official documents.
    public var vietnameseLong: String { "ngày \(pad(day, 2)) tháng \(pad(month, 2)) năm \(year)" }
}

extension CivilDate {
    /// "thứ Hai" … "thứ Bảy", "Chủ nhật".
    public var vietnameseWeekday: String {
        ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"][isoWeekday - 1]
    }
}
