/// An A1-style cell address: "C12" is column 2 (from 0), row 12 (from 1, as Excel shows it).
package struct CellReference: Hashable, Sendable, CustomStringConvertible {
    /// Excel's limits; anything beyond is a damaged workbook, not a big one.
    static let maxColumn = 16_384, maxRow = 1_048_576

    let column: Int
    let row: Int

    init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }

    /// Parses "C12"; nil for anything else or beyond Excel's grid. Absolute marks ($C$12) are accepted.
    init?(_ text: String) {
        var column = 0
        var row = 0
        var letters = 0
        var digits = 0
        for byte in text.utf8 where byte != UInt8(ascii: "$") {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where digits == 0:
                column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
                letters += 1
            case UInt8(ascii: "a")...UInt8(ascii: "z") where digits == 0:
                column = column * 26 + Int(byte - UInt8(ascii: "a")) + 1
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9") where letters > 0:
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            default:
                return nil
            }
            if letters > 3 || digits > 7 { return nil }
        }
        guard letters > 0, digits > 0, (1...Self.maxColumn).contains(column), (1...Self.maxRow).contains(row) else { return nil }
        self.column = column - 1
        self.row = row
    }

    package static func columnName(_ column: Int) -> String {
        var number = column + 1
        var name = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            number = (number - 1) / 26
        }
        return name
    }

    package var description: String { "\(Self.columnName(column))\(row)" }
}
