import CongKhaiCore
import Foundation

/// Cell values as the text a CSV export of the same sheet would hold, so that every table
/// reader sees one form whichever file the webmaster kept.
enum CellText {
    static func text(_ value: CellValue, uses1904: Bool) -> String {
        switch value {
        case .text(let text): return text
        case .number(let value): return number(value)
        case .dateSerial(let serial):
            // A time without a date (format h:mm): serials below 1 are a fraction of a day.
            if serial >= 0 && serial < 1 {
                let minutes = Int((serial * 1440).rounded()) % 1440
                return "\(twoDigits(minutes / 60)):\(twoDigits(minutes % 60))"
            }
            guard let moment = ExcelSerialDate.moment(serial, uses1904: uses1904) else { return Self.number(serial) }
            return date(moment)
        case .isoDate(let text): return isoDate(text)
        case .bool(let flag): return flag ? "TRUE" : "FALSE"
        case .error(let code): return code
        }
    }

    /// Integers without ".0"; others with at most 15 significant digits, Excel's own precision,
    /// so that 0.1 + 0.2 stored as 0.30000000000000004 reads 0.3 as Excel shows it.
    static func number(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        let rounded = Double(String(format: "%.15g", number)) ?? number
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int64(rounded)) }
        return "\(rounded)"
    }

    /// dd/MM/yyyy, with HH:mm when the serial carries a time (dossier receipt times).
    static func date(_ moment: ExcelSerialDate.Moment) -> String {
        let date = moment.date
        var text = "\(twoDigits(date.day))/\(twoDigits(date.month))/\(date.year)"
        if let minutes = moment.minutes { text += " \(twoDigits(minutes / 60)):\(twoDigits(minutes % 60))" }
        return text
    }

    /// "2025-02-07" or "2025-02-07T14:30:00" (cells of type d) → "07/02/2025" or "07/02/2025 14:30".
    static func isoDate(_ text: String) -> String {
        let datePart = String(text.prefix(10))
        guard let date = CivilDate(parsing: datePart) else { return text }
        var minutes: Int?
        let timePart = text.dropFirst(11).split(separator: ":")
        if timePart.count >= 2, let hours = Int(timePart[0]), let mins = Int(timePart[1]), hours * 60 + mins > 0 {
            minutes = hours * 60 + mins
        }
        return self.date(ExcelSerialDate.Moment(date: date, minutes: minutes))
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
