import CongKhaiCore

/// Masks one published cell of the dossier register and warns the webmaster, once per cell,
/// naming the file, row and column and the kinds of data found, but never the data itself: a
/// terminal or CI log is published further than one thinks. A register cell is about one
/// citizen, so it is read as a record (`PersonalDataMask.Field.record`).
package enum PersonalDataCell {
    package static func published(_ text: String, at location: SourceLocation, what: String, file: String,
                          contacts: PublicContacts = .none, diagnostics: Diagnostics) -> String {
        let result = PersonalDataMask.scan(text, field: .record, allowing: contacts)
        guard result.found else { return text }
        let kinds = result.kinds.map(\.vietnameseName).joined(separator: ", ")
        let row = location.line.map { " ở hàng \($0)" } ?? ""
        diagnostics.warning(.personalDataInCell, at: location,
                            "\(what)\(row) có \(kinds). CongKhai đã thay phần đó bằng \"\(PersonalDataMask.mask)\" trên trang, văn bản và feed.xml, nhưng dữ liệu cá nhân không được để trong tệp công khai: xóa phần đó khỏi ô trong \(file).")
        return result.masked
    }
}
