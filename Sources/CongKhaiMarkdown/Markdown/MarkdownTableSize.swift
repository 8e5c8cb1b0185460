/// Finds GFM tables whose padded size (rows × columns) exceeds a bound, before cmark-gfm sees
/// the text.
///
/// Debian's cmark-gfm 0.29.0.gfm.6 pads every body row to the width of the delimiter row
/// (CVE-2023-37463, fixed upstream in 0.29.0.gfm.12 by limiting added cells): a header of
/// 2,000 columns over 6,000 rows of a single "|" is 18 KB of text and 12 million cells of HTML.
/// The scan over-approximates a table (it runs to the next blank line), which only matters
/// for tables already near the bound.
enum MarkdownTableSize {
    struct Oversized: Equatable {
        /// Line of the table's header row, counted from 1 within the scanned text.
        let line: Int
        let rows: Int
        let columns: Int
        var cells: Int { rows * columns }
    }

    /// Scans the contiguous UTF-8 bytes: splitting `String.UTF8View` generically cost more
    /// than reading the file, for every detail file of a national catalog.
    static func firstOversized(in text: String, maximumCells: Int) -> Oversized? {
        var text = text
        return text.withUTF8 { firstOversized(in: $0, maximumCells: maximumCells) }
    }

    private static func firstOversized(in text: UnsafeBufferPointer<UInt8>, maximumCells: Int) -> Oversized? {
        guard text.contains(UInt8(ascii: "|")) else { return nil }
        let lines = text.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        var index = 1
        while index < lines.count {
            guard let columns = delimiterColumns(lines[index]), lines[index - 1].contains(UInt8(ascii: "|")) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < lines.count && !isBlank(lines[end]) { end += 1 }
            // Header and delimiter rows count too: cmark-gfm emits the header's cells.
            let rows = end - index
            let table = Oversized(line: index, rows: rows, columns: columns)
            if columns > 0 && rows > maximumCells / columns { return table }
            index = end + 1
        }
        return nil
    }

    /// Column count of a delimiter row such as `| :--- | ---: |`, or nil for any other line.
    /// Block-quote markers in front are skipped, since tables can live inside quotes.
    static func delimiterColumns(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        var bytes = line.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: ">") }
        while let last = bytes.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { bytes = bytes.dropLast() }
        guard bytes.contains(UInt8(ascii: "-")) else { return nil }
        var columns = 1
        var sawDash = false
        for (offset, byte) in zip(0..., bytes) {
            switch byte {
            case UInt8(ascii: "|"):
                // A leading or trailing pipe does not open a column.
                if offset != 0 && offset != bytes.count - 1 { columns += 1 }
            case UInt8(ascii: "-"): sawDash = true
            case UInt8(ascii: ":"), UInt8(ascii: " "), UInt8(ascii: "\t"): break
            default: return nil
            }
        }
        guard sawDash, bytes.contains(UInt8(ascii: "|")) || columns > 1 else { return nil }
        return columns
    }

    private static func isBlank(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        line.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
    }
}
