/// Whether a procedure's one-page sheet for the desk (`/niem-yet/<code>/`) fits one A4 page.
///
/// The sheet carries the facts, a 70 mm QR code and the documents to bring. A long documents
/// list ran to two or three pages with no word (24 of 93 real procedures sampled). Estimated
/// from the list's text at the print size (A4, 10 mm margins, 10 pt: about 105 characters a
/// line, and room for 16 such lines below the QR code, facts and footer: measured by printing
/// the example's sheets with Chromium, where 16 fitted and 17 spilled the footer onto a second
/// page), the sheet prints as it is, in smaller type (8.5 pt, tighter lines: 26 of those
/// lines), or, when even that cannot hold it, deliberately on two sheets: the
/// documents start a second sheet headed as its continuation, and `check` warns (CK068).
enum PrintSheetFit: Equatable {
    case onePage
    case compact
    case twoSheets

    static let charactersPerLine = 105
    static let linesAtNormalSize = 16
    static let linesWhenCompact = 26

    static func of(_ procedure: Procedure) -> PrintSheetFit {
        guard let index = ProcedureDocuments.index(in: procedure.sections) else { return .onePage }
        let lines = estimatedLines(procedure.sections[index].markdown)
        if lines <= linesAtNormalSize { return .onePage }
        if lines <= linesWhenCompact { return .compact }
        return .twoSheets
    }

    /// Printed lines of a Markdown list or text: each paragraph or item wraps at the line width.
    static func estimatedLines(_ markdown: String) -> Int {
        markdown.split(separator: "\n", omittingEmptySubsequences: true).reduce(0) { total, line in
            total + max(1, (line.count + charactersPerLine - 1) / charactersPerLine)
        }
    }
}
