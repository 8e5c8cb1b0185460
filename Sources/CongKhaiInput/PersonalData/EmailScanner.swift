/// E-mail addresses: a local part, "@", and a domain. Also as people disguise or mistype them:
/// a space on either side of the "@" ("an @gmail.com"), a fullwidth "＠" or "(at)" (undone by
/// `ScanText`), a domain without its ending ("an@gmail").
enum EmailScanner {
    static func spans(in text: [Character]) -> [PersonalDataSpan] {
        var spans: [PersonalDataSpan] = []
        var index = 0
        while index < text.count {
            defer { index += 1 }
            guard text[index] == "@" else { continue }
            var start = index
            if start > 1 && text[start - 1] == " " && isLocal(text[start - 2]) { start -= 1 }
            while start > 0 && isLocal(text[start - 1]) { start -= 1 }
            if start < index && text[start] == " " { start += 1 }
            var domainStart = index + 1
            if domainStart + 1 < text.count && text[domainStart] == " " && isDomain(text[domainStart + 1]) { domainStart += 1 }
            var end = domainStart
            while end < text.count && isDomain(text[end]) { end += 1 }
            // A sentence may end right after the address: the final dot is not part of it.
            while end > domainStart && (text[end - 1] == "." || text[end - 1] == "-") { end -= 1 }
            let local = text[start..<index].filter { $0 != " " }
            let domain = text[domainStart..<end]
            guard !local.isEmpty, local.contains(where: { $0.isLetter || $0.isNumber }) else { continue }
            if let lastDot = domain.lastIndex(of: ".") {
                guard lastDot > domainStart, end - lastDot > 2,
                      text[(lastDot + 1)..<end].allSatisfy({ $0.isASCII && $0.isLetter }) else { continue }
            } else {
                // "an@gmail": a mail provider's name without its ending is still an address.
                guard domain.count >= 3, domain.allSatisfy({ $0.isASCII && $0.isLetter }) else { continue }
            }
            spans.append(PersonalDataSpan(range: start..<end, kind: .email))
            index = end - 1
        }
        return spans
    }

    private static func isLocal(_ c: Character) -> Bool {
        (c.isASCII && (c.isLetter || c.isNumber)) || "._%+-".contains(c)
    }

    private static func isDomain(_ c: Character) -> Bool {
        (c.isASCII && (c.isLetter || c.isNumber)) || c == "." || c == "-"
    }
}
