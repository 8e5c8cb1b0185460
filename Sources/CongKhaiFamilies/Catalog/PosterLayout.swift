import CongKhaiInput
import CongKhaiSite

/// Splits the catalog into A4 counter posters. A long field fills sheets of its own; fields with
/// few procedures (and a long field's last few) share a sheet, each under its own heading, so
/// 100 procedures in 20 fields do not take 33 sheets, 14 of them holding a single card. Each
/// sheet holds whole cards, so a page break can never cut a QR code, and fields keep their order.
/// A field's chunk joins the current sheet when the sheet's card limit and its estimated printed
/// height allow; a field longer than one sheet still fills sheets of `perPage` cards.
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

    /// Room on a printed A4 sheet below its header, in tenths of a millimetre (277 mm of page
    /// inside the margins, less ~23 mm of header), measured on Chromium's print of the theme.
    static let sheetRoom = 2_540
    /// A field's heading on a shared sheet.
    static let headingHeight = 95

    /// Printed height of one card, tenths of a millimetre: the 30 mm code or the text beside it,
    /// whichever is taller, plus padding and gap. The text's lines are estimated from its length
    /// at the print size (about 32 characters a line for the name, 40 for the rest), since a real
    /// catalog has names of several hundred characters.
    /// `extraLines`: lines the card adds for its group, such as an upcoming card's start date.
    static func cardHeight(_ procedure: Procedure, extraLines: Int = 0) -> Int {
        func lines(_ text: String?, perLine: Int) -> Int { max(1, ((text?.count ?? 0) + perLine - 1) / perLine) }
        // The name, the code, the time limit, the fee and the posting date.
        let textLines = lines(procedure.name, perLine: 32) + 1 + lines(procedure.timeLimitText, perLine: 40)
            + lines(procedure.fee, perLine: 40) + 1 + extraLines
        return max(300, textLines * 38) + 50
    }

    /// Height of one field's cards, two to a row, with its heading.
    static func groupHeight(_ procedures: [Procedure], extraLines: Int = 0) -> Int {
        stride(from: 0, to: procedures.count, by: 2).reduce(headingHeight) { height, start in
            height + procedures[start..<min(start + 2, procedures.count)].map { cardHeight($0, extraLines: extraLines) }.max()!
        }
    }

    /// A field cut into sheets' worth: at most `perPage` cards, in rows of two that fit one
    /// sheet (a card whose text alone is taller than a sheet still gets a sheet of its own).
    static func chunks(_ procedures: [Procedure], perPage: Int, extraLines: Int = 0) -> [[Procedure]] {
        var chunks: [[Procedure]] = []
        var current: [Procedure] = []
        var height = headingHeight
        var rowHeight = 0
        for procedure in procedures {
            let card = cardHeight(procedure, extraLines: extraLines)
            // A card opening a row adds its height; the second of a row only what it adds.
            var added = current.count % 2 == 0 ? card : max(0, card - rowHeight)
            if !current.isEmpty && (current.count >= perPage || height + added > sheetRoom) {
                chunks.append(current)
                current = []
                height = headingHeight
                added = card
            }
            rowHeight = current.count % 2 == 0 ? card : max(rowHeight, card)
            current.append(procedure)
            height += added
        }
        if !current.isEmpty { chunks.append(current) }
        return chunks
    }

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
            // An upcoming card also prints its start date.
            let extraLines = upcoming ? 1 : 0
            let chunks = Self.chunks(procedures, perPage: perPage, extraLines: extraLines)
            for (index, chunk) in chunks.enumerated() {
                let cost = Self.groupHeight(chunk, extraLines: extraLines)
                if used + cost > sheetRoom || cards + chunk.count > perPage { flush() }
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
