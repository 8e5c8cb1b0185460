import CongKhaiCore

/// House addresses: a house number with a street or a hamlet ("số 12 đường Lê Lợi",
/// "12/3 Nguyễn Huệ", "45 thôn Phú Lộc", "Số nhà 45", "hẻm 12/4", "K12/34" as Đà Nẵng and Huế
/// write a kiệt). A hamlet alone ("Thôn 1") is not a house address and stays; so do "Điều 12
/// Luật …", dates and document numbers.
///
/// A chain of residential units down to a numbered one ("Tổ 5, khu phố 2, phường Trần Phú",
/// "ấp 4, xã An Phú") is where someone lives when it is written about a citizen: in a cell of
/// the dossier register, or after a word of residence ("trú tại", "địa chỉ", "thường trú"…). In a
/// notice or a page it is the place of a meeting or a vaccination day, and stays.
///
/// Swift's `Regex` has no lookbehind, so the character before each match is checked by hand.
enum StreetAddressScanner {
    private static let house = #"\d{1,4}[A-Za-z]?(?:/\d{1,3}[A-Za-z]?){0,2}(?![\d/])"#
    private static let name = #"\p{Lu}\p{Ll}+"#
    private static let names = "\(name)(?:[ ]+\(name))*"
    private static let place = "(?i:đường|phố|ngõ|ngách|hẻm|kiệt|thôn|xóm|ấp|tổ dân phố|tổ|khu phố|khu dân cư|khối|khóm|bản|buôn|quốc lộ|tỉnh lộ)"
    /// The smallest units people live in, written with their number.
    private static let residentialUnit = "(?i:tổ dân phố|tổ|khu phố|khu dân cư|khối|khóm|ấp|thôn|xóm|bản|buôn|đội)"
    /// What may follow in a chain: a larger unit, by number or by name.
    private static let largerUnit = "(?i:tổ dân phố|khu phố|khu dân cư|khối|khóm|ấp|thôn|xóm|bản|buôn|phường|xã|thị trấn|đặc khu|quận|huyện|thị xã|thành phố)"
    private static let unitName = "(?:\\d{1,3}[A-Za-z]?\\b|\(names))"

    private struct Pattern {
        let regex: Regex<AnyRegexOutput>
        /// Starts with a house number (not a keyword), so a preceding word can make it a reference.
        let startsWithNumber: Bool
        /// The first capitalized word after the number must not be an institution or a period.
        let checksFirstName: Bool
    }

    nonisolated(unsafe) private static let patterns: [Pattern] = [
        Pattern(regex: try! Regex("(?i:số nhà|nhà số|\\bsn)\\s*:?\\s*\(house)(?:,?\\s+(?:\(place)\\s+)?(?:\(names)|\\d{1,4}\\b))?"),
                startsWithNumber: false, checksFirstName: false),
        Pattern(regex: try! Regex("(?:(?i:số)\\s+)?\(house)\\s+\(place)\\s+(?:\(names)|\\d{1,4}[A-Za-z]?\\b)"),
                startsWithNumber: true, checksFirstName: false),
        Pattern(regex: try! Regex("(?:(?i:số)\\s+)?\(house)[ ]+\(name)(?:[ ]+\(name))+"),
                startsWithNumber: true, checksFirstName: true),
        Pattern(regex: try! Regex("(?i:ngõ|ngách|hẻm|kiệt)\\s+\(house)"),
                startsWithNumber: false, checksFirstName: false),
        Pattern(regex: try! Regex("[Kk]\\d{1,4}(?:/\\d{1,4}){1,2}(?![\\d/])(?:[ ]+\(names))?"),
                startsWithNumber: false, checksFirstName: false),
    ]

    /// "Tổ 5, khu phố 2, phường Trần Phú", "ấp 4, xã An Phú".
    nonisolated(unsafe) private static let unitChain = try! Regex(
        "\(residentialUnit)\\s+\\d{1,3}[A-Za-z]?\\b(?:\\s*[,-]\\s*\(largerUnit)\\s+\(unitName))+")

    /// Words after which a place is where someone lives (folded).
    private static let residenceWords = [
        "dia chi", "thuong tru", "tam tru", "tru tai", "cu tru", "noi o", "ngu tai", "que quan", "sinh song", "nha o", "o tai",
        "hien o", "dc", "d/c",
    ]

    /// Words after a number that make it anything but a house number.
    private static let notStreetNames: Set<String> = [
        "thang", "ngay", "nam", "quy", "lan", "dot", "gio", "phut", "so", "phong", "ban", "bo", "uy", "trung", "chi",
        "van", "cong", "cuc", "nguoi", "thu", "giay", "luat", "nghi", "thong", "quyet", "dieu", "khoan", "chuong",
        "muc", "diem", "phu", "tinh", "huyen", "xa", "phuong", "ngan", "kho", "doi", "ho", "hop", "buoi", "tuan",
    ]
    /// Words before a number that make it a reference, a date or a count.
    private static let referenceWords: Set<String> = [
        "ngay", "thang", "nam", "quy", "dieu", "khoan", "diem", "muc", "chuong", "lan", "gio", "phu luc", "tuan",
        "hang", "trang", "to khai", "mau",
    ]

    static func spans(in text: [Character], field: PersonalDataMask.Field) -> [PersonalDataSpan] {
        guard mayHoldAnAddress(text) else { return [] }
        let string = String(text)
        // Regex ranges are String indices; map them to Character offsets once.
        var offsets: [String.Index: Int] = [:]
        var offset = 0
        for index in string.indices { offsets[index] = offset; offset += 1 }
        offsets[string.endIndex] = offset

        var spans: [PersonalDataSpan] = []
        for pattern in patterns {
            for match in string.matches(of: pattern.regex) {
                guard let lower = offsets[match.range.lowerBound], let upper = offsets[match.range.upperBound],
                      accepts(pattern, lower..<upper, in: text) else { continue }
                spans.append(PersonalDataSpan(range: lower..<upper, kind: .address))
            }
        }
        for match in string.matches(of: unitChain) {
            guard let lower = offsets[match.range.lowerBound], let upper = offsets[match.range.upperBound] else { continue }
            if lower > 0, text[lower - 1].isLetter || text[lower - 1].isNumber { continue }
            guard field == .record || residenceWords.contains(where: { precedingWords(before: lower, in: text).hasSuffix($0) }) else { continue }
            spans.append(PersonalDataSpan(range: lower..<upper, kind: .address))
        }
        return spans
    }

    /// The few words before a position, folded, without the punctuation that ends them.
    private static func precedingWords(before position: Int, in text: [Character]) -> String {
        var folded = VietnameseFolding.fold(String(text[max(0, position - 20)..<position]))
        while let last = folded.last, !last.isLetter { folded.removeLast() }
        return folded
    }

    private static let keywords: Set<String> = ["nhà", "sn", "ngõ", "ngách", "hẻm", "kiệt"]
    /// Words that, followed by a number, may open a chain of units ("tổ 5, khu phố 2").
    private static let unitWords: Set<String> = ["tổ", "phố", "cư", "khối", "khóm", "ấp", "thôn", "xóm", "bản", "buôn", "đội"]
    private static let placeWords: Set<String> = [
        "đường", "phố", "ngõ", "ngách", "hẻm", "kiệt", "thôn", "xóm", "ấp", "tổ", "khu", "khối", "khóm", "bản", "buôn", "quốc", "tỉnh",
    ]

    /// The regexes cost far more than this pass, and most cells ("Chậm 3 ngày") fail it: a
    /// number followed by a capitalized word or a place word, or a house-number keyword.
    static func mayHoldAnAddress(_ text: [Character]) -> Bool {
        guard text.contains(where: { $0.isASCII && $0.isNumber }) else { return false }
        var index = 0
        while index < text.count {
            let start = index
            while index < text.count && text[index].isLetter { index += 1 }
            let word = index > start ? String(text[start..<index]).lowercased() : ""
            if keywords.contains(word) { return true }
            // "K12/34"
            if word == "k", index < text.count, text[index].isASCII && text[index].isNumber { return true }
            // "tổ 5, …", "ấp 4, …"
            if unitWords.contains(word), index + 1 < text.count, text[index] == " ", text[index + 1].isASCII && text[index + 1].isNumber {
                return true
            }
            if index < text.count && text[index].isASCII && text[index].isNumber {
                while index < text.count && (text[index].isASCII && (text[index].isLetter || text[index].isNumber) || text[index] == "/") { index += 1 }
                let spaces = index
                while index < text.count && text[index].isWhitespace { index += 1 }
                guard index > spaces, index < text.count else { continue }
                if text[index].isUppercase { return true }
                let wordStart = index
                while index < text.count && text[index].isLetter { index += 1 }
                if placeWords.contains(String(text[wordStart..<index]).lowercased()) { return true }
                continue
            }
            if index == start { index += 1 }
        }
        return false
    }

    private static func accepts(_ pattern: Pattern, _ range: Range<Int>, in text: [Character]) -> Bool {
        if range.lowerBound > 0 {
            let before = text[range.lowerBound - 1]
            if before.isLetter || before.isNumber || "./-,_\\".contains(before) { return false }
        }
        let words = text[range].split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," })
        if pattern.startsWithNumber {
            if referenceWords.contains(previousWords(before: range.lowerBound, in: text, count: 1))
                || referenceWords.contains(previousWords(before: range.lowerBound, in: text, count: 2)) { return false }
        }
        if pattern.checksFirstName,
           let number = words.firstIndex(where: { $0.first?.isNumber == true }), number + 1 < words.count,
           notStreetNames.contains(VietnameseFolding.fold(String(words[number + 1]))) { return false }
        return true
    }

    private static func previousWords(before position: Int, in text: [Character], count: Int) -> String {
        var words: [String] = []
        var index = position
        while words.count < count {
            while index > 0 && text[index - 1] == " " { index -= 1 }
            var start = index
            while start > 0 && text[start - 1].isLetter { start -= 1 }
            guard start < index else { break }
            words.insert(VietnameseFolding.fold(String(text[start..<index])), at: 0)
            index = start
        }
        return words.joined(separator: " ")
    }
}
