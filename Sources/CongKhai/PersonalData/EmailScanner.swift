/// E-mail addresses: a local part, "@", and a domain with a dot and a letter suffix.
enum EmailScanner {
    static func spans(in text: [Character]) -> [PersonalDataSpan] {
        var spans: [PersonalDataSpan] = []
        var index = 0
        while index < text.count {
            defer { index += 1 }
            guard text[index] == "@" else { continue }
            var start = index
            while start > 0 && isLocal(text[start - 1]) { start -= 1 }
            var end = index + 1
            while end < text.count && isDomain(text[end]) { end += 1 }
            // A sentence may end right after the address: the final dot is not part of it.
            while end > index + 1 && (text[end - 1] == "." || text[end - 1] == "-") { end -= 1 }
            guard start < index, let lastDot = text[(index + 1)..<end].lastIndex(of: "."),
                  lastDot > index + 1, end - lastDot > 2,
                  text[(lastDot + 1)..<end].allSatisfy({ $0.isASCII && $0.isLetter }) else { continue }
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
