/// Splits the catalog into A4 counter posters. A long field fills sheets of its own; fields with
/// few procedures (and a long field's last few) share a sheet, each under its own heading, so
/// 100 procedures in 20 fields do not take 33 sheets, 14 of them holding a single card. Each
/// sheet holds whole cards, so a page break can never cut a QR code, and fields keep their order.
struct PosterLayout {
    /// One field's cards on a sheet.
    struct Group: Sendable {
        let field: String
        /// 1-based part of this field, and how many parts the field has.
        let part: Int
        let parts: Int
        let procedures: [Procedure]
        let upcoming: Bool
    }

    struct Sheet: Sendable {
        let groups: [Group]
        var procedures: [Procedure] { groups.flatMap(\.procedures) }
    }

    /// Room on a sheet, in quarters of a card row: cards sit two to a row, and a field heading
    /// takes about a quarter of a row's height (a 30 mm code in a card is a row of ~35 mm, the
    /// heading ~8 mm). A sheet of `perPage` cards in one field is the measure.
    static func capacity(perPage: Int) -> Int { 4 * ((perPage + 1) / 2) + 1 }

    static func cost(cards: Int) -> Int { 4 * ((cards + 1) / 2) + 1 }

    static func pages(for catalog: Catalog, perPage: Int) -> [Sheet] {
        let perPage = max(1, perPage)
        var sheets: [Sheet] = []
        var current: [Group] = []
        var used = 0
        var cards = 0
        func flush() {
            if !current.isEmpty { sheets.append(Sheet(groups: current)) }
            current = []
            used = 0
            cards = 0
        }
        func add(field: String, procedures: [Procedure], upcoming: Bool) {
            let chunks = stride(from: 0, to: procedures.count, by: perPage).map {
                Array(procedures[$0..<min($0 + perPage, procedures.count)])
            }
            for (index, chunk) in chunks.enumerated() {
                let cost = Self.cost(cards: chunk.count)
                if used + cost > capacity(perPage: perPage) || cards + chunk.count > perPage { flush() }
                current.append(Group(field: field, part: index + 1, parts: chunks.count, procedures: chunk, upcoming: upcoming))
                used += cost
                cards += chunk.count
            }
        }
        for group in catalog.groups { add(field: group.field, procedures: group.procedures, upcoming: false) }
        if !catalog.upcoming.isEmpty {
            add(field: "Thủ tục sắp có hiệu lực", procedures: catalog.upcoming, upcoming: true)
        }
        flush()
        return sheets
    }
}
