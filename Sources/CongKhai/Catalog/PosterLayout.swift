/// Splits the catalog into A4 counter posters: a field never shares a sheet with another,
/// and a long field continues on as many sheets as needed. Each sheet holds whole cards,
/// so a page break can never cut a QR code.
struct PosterLayout {
    struct Sheet: Sendable {
        let field: String
        /// 1-based part of this field, and how many parts the field has.
        let part: Int
        let parts: Int
        let procedures: [Procedure]
        let upcoming: Bool
    }

    static func pages(for catalog: Catalog, perPage: Int) -> [Sheet] {
        var sheets: [Sheet] = []
        func add(field: String, procedures: [Procedure], upcoming: Bool) {
            let chunks = stride(from: 0, to: procedures.count, by: perPage).map {
                Array(procedures[$0..<min($0 + perPage, procedures.count)])
            }
            for (index, chunk) in chunks.enumerated() {
                sheets.append(Sheet(field: field, part: index + 1, parts: chunks.count, procedures: chunk, upcoming: upcoming))
            }
        }
        for group in catalog.groups { add(field: group.field, procedures: group.procedures, upcoming: false) }
        if !catalog.upcoming.isEmpty {
            add(field: "Thủ tục sắp có hiệu lực", procedures: catalog.upcoming, upcoming: true)
        }
        return sheets
    }
}
