import Foundation

/// Reads the date forms Vietnamese spreadsheets contain: "07/02/2025", "7/2/2025",
/// "07-02-2025", "07.02.2025" (day first, as written in Vietnam) and ISO "2025-02-07".
public enum CivilDateParseResult: Equatable, Sendable {
    case date(CivilDate)
    /// Looks like a date but cannot exist, such as 31/02/2025.
    case impossible
    /// Not a date at all.
    case unreadable
}

extension CivilDate {
    public static func parse(_ text: String) -> CivilDateParseResult {
        if let iso = isoDigits(text) {
            // What the general reading below gives for "YYYY-MM-DD", without its allocations:
            // the record of published codes holds three such dates a procedure.
            guard let date = CivilDate(year: iso.year, month: iso.month, day: iso.day) else { return .impossible }
            return .date(date)
        }
        // Foundation's trimming copies through NSString; the record of published codes
        // parses three dates a procedure.
        let trimmed = text.trimmingWhitespace()
        let parts = trimmed.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." }).map(String.init)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && Int($0) != nil }) else {
            return .unreadable
        }
        let numbers = parts.map { Int($0)! }
        let (year, month, day): (Int, Int, Int)
        if parts[0].count == 4 {
            (year, month, day) = (numbers[0], numbers[1], numbers[2])
        } else if parts[2].count == 4 {
            (year, month, day) = (numbers[2], numbers[1], numbers[0])
        } else {
            return .unreadable
        }
        guard let date = CivilDate(year: year, month: month, day: day) else { return .impossible }
        return .date(date)
    }

    /// The numbers of exactly "DDDD-DD-DD" (ASCII digits), else nil.
    private static func isoDigits(_ text: String) -> (year: Int, month: Int, day: Int)? {
        var text = text
        return text.withUTF8 { bytes -> (year: Int, month: Int, day: Int)? in
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    guard bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9") else { return nil }
                    value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
                }
                return value
            }
            guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
            return (year, month, day)
        }
    }

    /// Convenience for callers that only need valid dates.
    public init?(parsing text: String) {
        guard case .date(let date) = CivilDate.parse(text) else { return nil }
        self = date
    }
}
