import CongKhaiCore
import SwiftCSV

/// SwiftCSV's reading (`EnumeratedCSV(string:loadColumns:)`), redone on UTF-8 bytes for the
/// text it can be redone for exactly.
///
/// SwiftCSV walks Characters, and grapheme breaking made it the slowest step of reading a
/// national catalog (and the record of published codes, as long). Its decisions depend on
/// a Character being a quote, the delimiter, a line break or whitespace. When every scalar
/// of the text is its own Character and none is a line break other than "\n", those
/// decisions can be made on bytes: that holds for the scalars `isPlain` admits (ASCII
/// without CR, VT and FF; U+0080–U+02FF without NEL; Vietnamese letters of U+1E00–U+1EFF;
/// dashes, quotes and currency signs), none of which extends or joins a neighbour into one
/// grapheme. Other text, and text SwiftCSV would refuse, returns nil: the caller then asks
/// SwiftCSV, so results and errors stay SwiftCSV's.
enum PlainCSV {
    struct Table: Equatable {
        let header: [String]
        let rows: [[String]]
    }

    private static let quote = UInt8(ascii: "\"")
    private static let newline = UInt8(ascii: "\n")
    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")

    /// SwiftCSV's own reading, for text `parse` declines; throws where SwiftCSV throws.
    static func swiftCSV(_ text: String) throws -> Table {
        let parsed = try EnumeratedCSV(string: text, loadColumns: false)
        return Table(header: parsed.header, rows: parsed.rows)
    }

    static func parse(_ text: String) -> Table? {
        var text = text
        return text.withUTF8 { bytes in
            guard isPlain(bytes) else { return nil }
            return parse(bytes, delimiter: guessedDelimiter(bytes))
        }
    }

    /// Whether every scalar is one that the byte reading handles as SwiftCSV does.
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // CR is a line break to SwiftCSV (its own `Character.isNewline`: "\n", "\r\n", "\r"),
        // and "\r\n" is one Character. VT, FF and NEL are plain characters to it; they are
        // left to SwiftCSV all the same, as characters no export writes into a catalog.
        SimpleScalars.only(bytes) { $0 == 0x0B || $0 == 0x0C || $0 == 0x0D || $0 == 0x85 }
    }

    /// `CSVDelimiter.guessed(string:)`: the first comma, tab or semicolon outside quotes on
    /// the first line after leading spaces, line breaks and no-break spaces; else comma.
    private static func guessedDelimiter(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var index = 0
        while index < bytes.count {
            if bytes[index] == space || bytes[index] == newline {
                index += 1
            } else if isNoBreakSpace(bytes, at: index) {
                index += 2
            } else {
                break
            }
        }
        while index < bytes.count && bytes[index] != newline {
            switch bytes[index] {
            case quote:
                index += 1
                while index < bytes.count && bytes[index] != newline && bytes[index] != quote { index += 1 }
                if index < bytes.count && bytes[index] == quote { index += 1 }
            case UInt8(ascii: ","), tab, UInt8(ascii: ";"):
                return bytes[index]
            default:
                index += 1
            }
        }
        return UInt8(ascii: ",")
    }

    private static func isNoBreakSpace(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        bytes[index] == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xA0
    }

    /// SwiftCSV's `ParsingState` and `Parser.enumerateAsArray`, state for state. The first
    /// row is the header; the others are padded with empty cells to the longest one.
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8) -> Table? {
        var parsed: [[String]] = []
        var fields: [String] = []
        var field: [UInt8] = []
        func finishField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        func finishRow() {
            finishField()
            parsed.append(fields)
            fields = []
        }
        var atStart = true, parsingField = false, parsingQuotes = false, innerQuotes = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if atStart {
                if byte == quote {
                    atStart = false
                    parsingQuotes = true
                } else if byte == delimiter {
                    finishField()
                } else if byte == newline {
                    finishRow()
                } else if byte == space || byte == tab {
                    // whitespace between fields is ignored
                } else if isNoBreakSpace(bytes, at: index) {
                    index += 2
                    continue
                } else {
                    // A scalar of several bytes: its other bytes follow in the parsingField state.
                    parsingField = true
                    atStart = false
                    field.append(byte)
                }
            } else if parsingField {
                if innerQuotes {
                    guard byte == quote else { return nil }  // SwiftCSV throws
                    field.append(byte)
                    innerQuotes = false
                } else if byte == quote {
                    innerQuotes = true
                } else if byte == delimiter {
                    atStart = true
                    parsingField = false
                    innerQuotes = false
                    finishField()
                } else if byte == newline {
                    atStart = true
                    parsingField = false
                    innerQuotes = false
                    finishRow()
                } else {
                    field.append(byte)
                }
            } else if parsingQuotes {
                if innerQuotes {
                    if byte == quote {
                        field.append(byte)
                        innerQuotes = false
                    } else if byte == delimiter {
                        atStart = true
                        parsingField = false
                        innerQuotes = false
                        finishField()
                    } else if byte == newline {
                        atStart = true
                        parsingQuotes = false
                        innerQuotes = false
                        finishRow()
                    } else if byte == space || byte == tab {
                        // whitespace between fields is ignored
                    } else if isNoBreakSpace(bytes, at: index) {
                        index += 2
                        continue
                    } else {
                        return nil  // SwiftCSV throws
                    }
                } else if byte == quote {
                    innerQuotes = true
                } else {
                    field.append(byte)
                }
            } else {
                return nil  // SwiftCSV throws
            }
            index += 1
        }
        // The remainder of a last line without "\n": an empty last field is dropped.
        if !field.isEmpty { fields.append(String(decoding: field, as: UTF8.self)) }
        if !fields.isEmpty { parsed.append(fields) }

        guard let header = parsed.first else { return Table(header: [], rows: []) }
        var rows = Array(parsed.dropFirst())
        let width = rows.map(\.count).max() ?? 0
        for index in rows.indices where rows[index].count < width {
            rows[index] += Array(repeating: "", count: width - rows[index].count)
        }
        return Table(header: header, rows: rows)
    }
}
