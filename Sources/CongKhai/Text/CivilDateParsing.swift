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

    /// Convenience for callers that only need valid dates.
    public init?(parsing text: String) {
        guard case .date(let date) = CivilDate.parse(text) else { return nil }
        self = date
    }
}
