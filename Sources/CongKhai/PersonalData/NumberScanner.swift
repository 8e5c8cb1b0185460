/// ID card numbers (12-digit CCCD, 9-digit CMND) and Vietnamese phone numbers, written
/// with or without spaces, dots or hyphens between groups and with a +84 / 84 prefix.
///
/// Text is cut into *tokens*: digit groups joined by single dots or hyphens ("0912.345.678",
/// "1.001193"). A token glued to letters, slashes or decimal commas belongs to something
/// else (a dossier code "…H55-250106-0001", a document number "737/QĐ-UBND", a date
/// "12/03/2025", a rate "97,5%") and is never a candidate; so are dotted dates. Tokens made of
/// one digit group may combine across one or two spaces or parentheses ("0912 345 678",
/// "(0255) 3822 123"); a dotted token stands alone, so a procedure code next to a count
/// never adds up to nine digits.
enum NumberScanner {
    struct Token {
        var range: Range<Int>
        var groups: [String]
        var groupRanges: [Range<Int>]
        var joiners: [Character]
        var excluded: Bool
        var digits: String { groups.joined() }

        /// "0912345678-0987654321": two numbers hyphenated together are tried one by one.
        func splitAtHyphens() -> [Token] {
            guard joiners.contains("-"), NumberScanner.classify(digits, plus: false) == nil else { return [self] }
            var parts: [Token] = []
            var first = 0
            for index in 0...joiners.count where index == joiners.count || joiners[index] == "-" {
                let part = first...index
                parts.append(Token(range: groupRanges[first].lowerBound..<groupRanges[index].upperBound,
                                   groups: Array(groups[part]), groupRanges: Array(groupRanges[part]),
                                   joiners: Array(joiners[first..<index]), excluded: false))
                first = index + 1
            }
            return parts
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
                while end < run.count && digits.count <= 13 {
                    if end > start && (!run[end].joiners.isEmpty || !run[start].joiners.isEmpty) { break }
                    digits += run[end].digits
                    let plus = run[start].range.lowerBound > 0 && text[run[start].range.lowerBound - 1] == "+"
                    if let kind = classify(digits, plus: plus),
                       !(kind == .citizenID || kind == .oldID) || !isAmount(run[start...end], in: text) {
                        found = (end, kind)
                    }
                    end += 1
                }
                guard let found else { start += 1; continue }
                var lower = run[start].range.lowerBound
                if lower > 0 && text[lower - 1] == "+" { lower -= 1 }
                spans.append(PersonalDataSpan(range: lower..<run[found.end].range.upperBound, kind: found.kind))
                start = found.end + 1
            }
        }
        return spans
    }

    static func classify(_ digits: String, plus: Bool) -> PersonalDataKind? {
        let d = Array(digits)
        switch d.count {
        case 11 where d[0] == "8" && d[1] == "4" && d[2] != "0",
             12 where d[0] == "8" && d[1] == "4" && d[2] == "2":
            return .phone
        case 10 where d[0] == "0" && d[1] != "0" && !plus:
            return .phone
        case 11 where d[0] == "0" && d[1] == "2" && !plus:
            return .phone
        // A CCCD (and the 12-digit CMND before it) starts with its province code 001–096, a
        // 9-digit CMND with 01–38: other runs of that length are receipt or account numbers.
        case 12 where d[0] == "0":
            return .citizenID
        case 9 where ("0"..."3").contains(d[0]):
            return .oldID
        default:
            return nil
        }
    }

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
                } else if (text[index] == "." || text[index] == "-"), index + 1 < text.count, isDigit(text[index + 1]) {
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
            tokens.append(contentsOf: token.excluded ? [token] : token.splitAtHyphens())
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
                if gap.count > 2 || !gap.allSatisfy({ $0 == " " || $0 == "\u{00A0}" || $0 == "(" || $0 == ")" }) {
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
            if (c == "." || c == "-" || c == ","), before > 1, text[before - 2].isLetter || isDigit(text[before - 2]) { return true }
        }
        if after < text.count {
            let c = text[after]
            if c.isLetter || c == "/" || c == "\\" || c == "_" || c == "%" { return true }
            if (c == "." || c == "-" || c == ","), after + 1 < text.count, text[after + 1].isLetter || isDigit(text[after + 1]) { return true }
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

    /// 12.03.2025, 12-03-2025, 2025-03-12.
    static func isDate(_ token: Token) -> Bool {
        let sizes = token.groups.map(\.count)
        return sizes == [2, 2, 4] || sizes == [1, 2, 4] || sizes == [2, 1, 4] || sizes == [1, 1, 4] || sizes == [4, 2, 2]
    }

    // MARK: Money

    private static let currencyWords: Set<String> = ["dong", "d", "vnd", "trieu", "ty", "nghin", "ngan", "usd"]
    private static let identityLabels = ["cccd", "cmnd", "can cuoc", "chung minh", "dinh danh", "ho chieu"]

    /// "150.000.000", or "150 000 000 đồng": grouped by thousands from a non-zero digit, and
    /// not labelled as an ID. A zero-led number (every CCCD) is never money.
    static func isAmount(_ tokens: ArraySlice<Token>, in text: [Character]) -> Bool {
        guard let first = tokens.first, let last = tokens.last else { return false }
        let groups = tokens.flatMap(\.groups)
        guard let lead = groups.first?.first, lead != "0" else { return false }
        let labelled = identityLabels.contains { precedingText(first.range.lowerBound, in: text).contains($0) }
        if labelled { return false }
        if currencyWords.contains(nextWord(after: last.range.upperBound, in: text)) { return true }
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
