import Foundation

/// Excel's "Unicode Text" export (Tệp › Lưu thành › Văn bản Unicode) is UTF-16 with a byte
/// order mark and tabs between cells; the CSV reader already detects the tab. Without a BOM
/// a file is never taken for UTF-16: guessing would misread ordinary UTF-8.
enum UTF16Text {
    static func decode(_ data: Data) -> String? {
        guard data.count >= 2 else { return nil }
        let first = data[data.startIndex], second = data[data.startIndex + 1]
        let encoding: String.Encoding
        switch (first, second) {
        case (0xFF, 0xFE): encoding = .utf16LittleEndian
        case (0xFE, 0xFF): encoding = .utf16BigEndian
        default: return nil
        }
        // An odd byte count cannot be UTF-16; let the UTF-8 check report the file.
        guard data.count % 2 == 0 else { return nil }
        return String(data: data.dropFirst(2), encoding: encoding)
    }
}
