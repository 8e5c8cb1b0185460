import CongKhaiCore

/// ID card numbers (12-digit CCCD, 9-digit CMND) and Vietnamese phone numbers, written with or
/// without spaces, dots, hyphens or slashes between groups, with a +84 / 84 / 0084 prefix (also
/// in parentheses), and as Excel keeps them when the column was a number: without the leading
/// zero.
///
/// Text is cut into *tokens*: digit groups joined by single dots, hyphens or slashes
/// ("0912.345.678", "1.001193", "0909/111/337"). A token glued to letters, slashes or a decimal
/// comma belongs to something else (a dossier code "…H55-250106-0001", a document number
/// "737/QĐ-UBND", a rate "97,5%") and is never a candidate; neither is a date. A comma between
/// two long numbers is a list ("0909111222,0909333444"), not a decimal. Tokens made of one digit
/// group may combine across one or two spaces or parentheses ("0912 345 678", "(0255) 3822 123");
/// a token with joiners stands alone, except after a country prefix ("(+84) 909-111-326"), so a
/// procedure code next to a count never adds up to nine digits.
enum NumberScanner {
    struct Token {
        var range: Range<Int>
        var groups: [String]
        var groupRanges: [Range<Int>]
        var joiners: [Character]
        var excluded: Bool
        var digits: String { groups.joined() }

        /// "0912345678-0987654321", "0909111222/0909333444": numbers run together are tried one
        /// by one. Dots stay: they group the thousands of an amount.
        func splitAtSeparators() -> [Token] {
            guard joiners.contains(where: { $0 == "-" || $0 == "/" }),
                  NumberScanner.classify(digits, plus: false, label: nil) == nil, !NumberScanner.isDate(self) else { return [self] }
            var parts: [Token] = []
            var first = 0
            for index in 0...joiners.count where index == joiners.count || joiners[index] == "-" || joiners[index] == "/" {
                let part = first...index
                parts.append(Token(range: groupRanges[first].lowerBound..<groupRanges[index].upperBound,
                                   groups: Array(groups[part]), groupRanges: Array(groupRanges[part]),
                                   joiners: Array(joiners[first..<index]), excluded: false))
                first = index + 1
            }
            // Kept whole unless a part is a number of its own: "(+84) 909-111-326" is one.
            return parts.contains { NumberScanner.classify($0.digits, plus: false, label: nil) != nil } ? parts : [self]
        }
    }

    static func spans(in text: [Character]) -> [PersonalDataSpan] {
        var spans: [PersonalDataSpan] = []
        for run in runs(of: tokens(in: text), in: text) {
            var start = 0
            while start < run.count {
                var found: (end: Int, kind: PersonalDataKind)?
                var digits = ""
                var end = start
                let plus = hasPlus(before: run[start], in: text)
                let prefix = isCountryPrefix(run[start], plus: plus)
                while end < run.count && digits.count <= 14 {
                    if end > start {
                        // A token with joiners stands alone, but for a country prefix before it.
                        let afterPrefix = prefix && end == start + 1
                        if (!run[end].joiners.isEmpty || !run[start].joiners.isEmpty) && !afterPrefix { break }
                    }
                    digits += run[end].digits
                    let range = run[start].range.lowerBound..<run[end].range.upperBound
                    let label = label(before: range.lowerBound, in: text) ?? (isWholeField(range, in: text) ? .unlabelled : nil)
                    // An amount can look like an ID, or like a phone without its zero; never like a phone.
                    if let kind = classify(digits, plus: plus, label: label),
                       (kind == .phone && digits.first == "0") || plus || !isAmount(run[start...end], in: text) {
                        found = (end, kind)
                    }
                    end += 1
                }
                guard let found else { start += 1; continue }
                var lower = run[start].range.lowerBound
                if plus { lower -= 1 }
                spans.append(PersonalDataSpan(range: lower..<run[found.end].range.upperBound, kind: found.kind))
                start = found.end + 1
            }
        }
        return spans
    }

    /// What stands before a number: a word saying it is a phone or an ID, or nothing at all (the
    /// number is the whole field, as a cell Excel kept as a number).
    enum Label {
        case phone, identity, unlabelled
    }

    /// `plus`: written after a "+"; `label`: the number follows a label ("SĐT", "CCCD") or is the
    /// whole field, where a number Excel stripped of its leading zero is recognised too, and
    /// what the label names is tried first.
    static func classify(_ digits: String, plus: Bool, label: Label?) -> PersonalDataKind? {
        let d = Array(digits.utf8).map { Int($0) - 48 }
        if label == .phone, !plus, let kind = withoutLeadingZero(d, preferring: .phone), kind == .phone { return kind }
        if label == .identity, !plus, let kind = withoutLeadingZero(d, preferring: .citizenID), kind == .citizenID { return kind }
        func starts(_ prefix: [Int]) -> Bool { d.count >= prefix.count && Array(d.prefix(prefix.count)) == prefix }
        switch d.count {
        case 13 where starts([0, 0, 8, 4]) && d[4] != 0, 14 where starts([0, 0, 8, 4, 2]):
            return .phone
        case 11 where starts([8, 4]) && d[2] != 0, 12 where starts([8, 4, 2]):
            return .phone
        case 10 where d[0] == 0 && d[1] != 0 && !plus:
            return .phone
        case 11 where d[0] == 0 && d[1] == 2 && !plus:
            return .phone
        // A CCCD (and the 12-digit CMND before it) starts with its province code 001–096, a
        // 9-digit CMND with 01–38: other runs of that length are receipt or account numbers.
        case 12 where d[0] == 0:
            return .citizenID
        case 9 where d[0] <= 3 && !plus:
            return .oldID
        default:
            break
        }
        guard label != nil, !plus else { return nil }
        return withoutLeadingZero(d, preferring: nil)
    }

    /// Excel's General format drops the leading zero of a number typed into a cell: a mobile
    /// number becomes nine digits, a landline ten, a CCCD ten or eleven. Some are both (a mobile
    /// of network 3x and a CMND): `preferring` says which the label named.
    private static func withoutLeadingZero(_ d: [Int], preferring: PersonalDataKind?) -> PersonalDataKind? {
        let phone: PersonalDataKind? = switch d.count {
        case 9 where isMobilePrefix(d[0], d[1]): .phone
        case 10 where isAreaCode(d): .phone
        default: nil
        }
        let identity: PersonalDataKind? = switch d.count {
        case 10 where provinceCodes.contains(d[0]) && d[1] <= 3: .citizenID
        case 11 where provinceCodes.contains(d[0] * 10 + d[1]) && d[2] <= 3: .citizenID
        case 12 where d[0] == 0: .citizenID
        default: nil
        }
        return preferring == .citizenID ? identity ?? phone : phone ?? identity
    }

    /// Mobile networks after the 0: 32–39, 52/56/58/59, 70/76–79, 81–89, 90–99.
    private static func isMobilePrefix(_ first: Int, _ second: Int) -> Bool {
        switch first {
        case 3: second >= 2
        case 5: [2, 6, 8, 9].contains(second)
        case 7: second == 0 || second >= 6
        case 8: second >= 1
        case 9: true
        default: false
        }
    }

    /// A landline's area code after its dropped zero (the codes of 2017): 24 and 28 for Hà Nội
    /// and Hồ Chí Minh City, three digits elsewhere. A receipt number such as 2501060001 has none.
    private static func isAreaCode(_ d: [Int]) -> Bool {
        guard d.count >= 3, d[0] == 2 else { return false }
        return d[1] == 4 || d[1] == 8 || areaCodes.contains(d[0] * 100 + d[1] * 10 + d[2])
    }

    static let areaCodes: Set<Int> = [
        203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 218, 219, 220, 221, 222, 225, 226, 227, 228,
        229, 232, 233, 234, 235, 236, 237, 238, 239, 251, 252, 254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 269, 270,
        271, 272, 273, 274, 275, 276, 277, 290, 291, 292, 293, 294, 296, 297, 299,
    ]

    /// The provinces' codes that open a CCCD (Thông tư 07/2016/TT-BCA, Phụ lục), without their
    /// leading zero.
    static let provinceCodes: Set<Int> = [
        1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33, 34, 35, 36, 37, 38, 40, 42, 44, 45,
        46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66, 67, 68, 70, 72, 74, 75, 77, 79, 80, 82, 83, 84, 86, 87, 89, 91,
        92, 93, 94, 95, 96,
    ]

    // MARK: Tokens and runs

    static func tokens(in text: [Character]) -> [Token] {
        var tokens: [Token] = []
        var index = 0
        while index < text.count {
            guard isDigit(text[index]) else { index += 1; continue }
            let start = index
            var groups: [String] = []
            var groupRanges: [Range<Int>] = []
            var joiners: [Character] = []
            var group = ""
            var groupStart = index
            while index < text.count {
                if isDigit(text[index]) {
                    group.append(text[index]); index += 1
                } else if text[index] == "." || text[index] == "-" || text[index] == "/", index + 1 < text.count, isDigit(text[index + 1]) {
                    groups.append(group); groupRanges.append(groupStart..<index); group = ""
                    joiners.append(text[index]); index += 1
                    groupStart = index
                } else {
                    break
                }
            }
            groups.append(group); groupRanges.append(groupStart..<index)
            var token = Token(range: start..<index, groups: groups, groupRanges: groupRanges, joiners: joiners, excluded: false)
            token.excluded = isAttached(token, in: text) || isDate(token)
            tokens.append(contentsOf: token.excluded ? [token] : token.splitAtSeparators())
        }
        return tokens
    }

    /// Neighbouring candidate tokens separated by at most two spaces or parentheses.
    static func runs(of tokens: [Token], in text: [Character]) -> [[Token]] {
        var runs: [[Token]] = []
        var current: [Token] = []
        for token in tokens {
            if token.excluded {
                if !current.isEmpty { runs.append(current); current = [] }
                continue
            }
            if let last = current.last {
                let gap = text[last.range.upperBound..<token.range.lowerBound]
                if gap.count > 2 || !gap.allSatisfy({ $0 == " " || $0 == "(" || $0 == ")" }) {
                    runs.append(current); current = []
                }
            }
            current.append(token)
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    /// Glued to letters, slashes or a decimal comma: part of a code, a document number or a figure.
    static func isAttached(_ token: Token, in text: [Character]) -> Bool {
        let before = token.range.lowerBound, after = token.range.upperBound
        if before > 0 {
            let c = text[before - 1]
            if c.isLetter { return !followsNumberLabel(before, in: text) }
            if c == "/" || c == "\\" || c == "_" { return true }
            if (c == "." || c == "-"), before > 1, text[before - 2].isLetter || isDigit(text[before - 2]) { return true }
            if c == ",", before > 1, isDigit(text[before - 2]) {
                // "97,5" but not "0909111222,0909333444": a decimal part is short, and so is the
                // group before the comma.
                var groupStart = before - 1
                while groupStart > 0 && isDigit(text[groupStart - 1]) { groupStart -= 1 }
                if token.groups[0].count <= 3 && before - 1 - groupStart <= 3 { return true }
            }
        }
        if after < text.count {
            let c = text[after]
            if c.isLetter || c == "/" || c == "\\" || c == "_" || c == "%" { return true }
            if (c == "." || c == "-"), after + 1 < text.count, text[after + 1].isLetter && !(c == "." && text[after + 1].isUppercase) { return true }
            if c == ",", after + 1 < text.count, isDigit(text[after + 1]) {
                var end = after + 1
                while end < text.count && isDigit(text[end]) { end += 1 }
                if token.groups.last!.count <= 3 && end - after - 1 <= 3 { return true }
            }
        }
        return false
    }

    /// "SĐT0912345678", "CCCD079203001234": a label glued to the number does not protect it.
    private static func followsNumberLabel(_ position: Int, in text: [Character]) -> Bool {
        var start = position
        while start > 0 && text[start - 1].isLetter { start -= 1 }
        let word = VietnameseFolding.fold(String(text[start..<position]))
        return ["sdt", "dt", "dtdd", "cccd", "cmnd", "tel", "phone", "mobile", "zalo", "hotline", "so"].contains(word)
    }

    /// 12.03.2025, 12-03-2025, 12/03/2025, 2025-03-12.
    static func isDate(_ token: Token) -> Bool {
        let sizes = token.groups.map(\.count)
        return [[2, 2, 4], [1, 2, 4], [2, 1, 4], [1, 1, 4], [4, 2, 2], [4, 1, 1], [4, 1, 2], [4, 2, 1]].contains(sizes)
    }

    /// "+84", "(+84)", "0084", "84" before "+": what comes after it may carry joiners.
    private static func isCountryPrefix(_ token: Token, plus: Bool) -> Bool {
        token.joiners.isEmpty && (token.digits == "0084" || (plus && token.digits == "84"))
    }

    private static func hasPlus(before token: Token, in text: [Character]) -> Bool {
        token.range.lowerBound > 0 && text[token.range.lowerBound - 1] == "+"
    }

    /// Nothing but spaces, parentheses and a plus around the number: a cell holding it alone.
    private static func isWholeField(_ range: Range<Int>, in text: [Character]) -> Bool {
        let filler: (Character) -> Bool = { $0.isWhitespace || $0 == "(" || $0 == ")" || $0 == "+" || $0 == "." }
        return text[..<range.lowerBound].allSatisfy(filler) && text[range.upperBound...].allSatisfy(filler)
    }

    /// Words that say a phone or an ID number follows.
    private static let phoneLabels = ["sdt", "so dien thoai", "dien thoai", "dt", "dtdd", "di dong", "tel", "phone", "mobile", "zalo",
                                      "hotline", "lien he"]
    private static let identityLabels = ["cccd", "cmnd", "can cuoc", "chung minh", "dinh danh", "ho chieu"]

    private static func label(before position: Int, in text: [Character]) -> Label? {
        var words = precedingText(position, in: text)
        while let last = words.last, !last.isLetter { words.removeLast() }
        if phoneLabels.contains(where: { words.hasSuffix($0) }) { return .phone }
        if identityLabels.contains(where: { words.hasSuffix($0) }) { return .identity }
        return nil
    }

    // MARK: Money

    private static let currencyWords: Set<String> = ["dong", "d", "vnd", "trieu", "ty", "nghin", "ngan", "usd"]
    /// Units and things counted: "100000000 ngày làm việc" is a (mistyped) time limit, not an ID.
    private static let quantityWords: Set<String> = [
        "ngay", "thang", "nam", "gio", "phut", "tuan", "luot", "nguoi", "ho", "trang", "ban", "lan", "m", "m2", "ha", "km", "kg", "tan",
    ]
    /// "150.000.000", "150 000 000 đồng" or "100000000 ngày": grouped by thousands from a non-zero
    /// digit, or followed by a currency or a unit, and not labelled as an ID. A zero-led number
    /// (every CCCD) is never an amount.
    static func isAmount(_ tokens: ArraySlice<Token>, in text: [Character]) -> Bool {
        guard let first = tokens.first, let last = tokens.last else { return false }
        let groups = tokens.flatMap(\.groups)
        guard let lead = groups.first?.first, lead != "0" else { return false }
        let labelled = identityLabels.contains { precedingText(first.range.lowerBound, in: text).contains($0) }
        if labelled { return false }
        let next = nextWord(after: last.range.upperBound, in: text)
        if currencyWords.contains(next) || quantityWords.contains(next) { return true }
        let thousands = groups.count >= 2 && (1...3).contains(groups[0].count) && groups.dropFirst().allSatisfy { $0.count == 3 }
        let dotted = tokens.count == 1 && first.joiners.allSatisfy { $0 == "." }
        return thousands && dotted
    }

    private static func precedingText(_ position: Int, in text: [Character]) -> String {
        VietnameseFolding.fold(String(text[max(0, position - 24)..<position]))
    }

    private static func nextWord(after position: Int, in text: [Character]) -> String {
        var index = position
        while index < text.count && text[index] == " " { index += 1 }
        var end = index
        while end < text.count && text[end].isLetter { end += 1 }
        return VietnameseFolding.fold(String(text[index..<end]))
    }

    @inline(__always) static func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }
}
