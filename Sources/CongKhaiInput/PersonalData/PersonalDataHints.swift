/// One pass over a text's UTF-8 bytes that rules out most text before the scanners read it.
///
/// Every published field of every input is screened, and most hold a digit (a step "Bước 1",
/// a fee "2.000 đồng", a time limit): reading each as Characters cost more than the rest of
/// loading a 2,000-procedure site. A text may hold personal data only if it has one of:
/// - nine digits or more in a run (with spaces, dots, hyphens, slashes, parentheses, plus signs,
///   commas, no-break or zero-width spaces between them; fullwidth digits count), since every
///   phone and ID number has at least nine;
/// - an "@", a fullwidth "＠", "(at)" or "[at]";
/// - a number with a word of an address beside it: a keyword before it ("số", "nhà", "sn",
///   "ngõ", "hẻm", "kiệt", "tổ", "ấp", "thôn"…, or "K" glued to it), or after it a capital
///   letter or a place word ("12 Trần Phú", "45 thôn …").
/// The test errs towards yes: the scanners decide.
enum PersonalDataHints {
    static func mayHold(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { scan($0) }
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var run = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if isDigit(byte) {
                if index == 0 || !isDigit(bytes[index - 1]), addressNear(digitAt: index, in: bytes) { return true }
                run += 1
                if run >= 9 { return true }
                index += 1
                continue
            }
            if let width = fullwidthDigit(at: index, in: bytes) {
                run += 1
                if run >= 9 { return true }
                index += width
                continue
            }
            if byte == UInt8(ascii: "@") { return true }
            if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBC, bytes[index + 2] == 0xA0 { return true }  // ＠
            if (byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[")), index + 3 < bytes.count,
               bytes[index + 1] | 0x20 == UInt8(ascii: "a"), bytes[index + 2] | 0x20 == UInt8(ascii: "t"),
               bytes[index + 3] == UInt8(ascii: ")") || bytes[index + 3] == UInt8(ascii: "]") { return true }
            if let width = separatorWidth(at: index, in: bytes) {
                index += width
                continue
            }
            run = 0
            index += 1
        }
        return false
    }

    @inline(__always) private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// "０"–"９": EF BC 90–99.
    private static func fullwidthDigit(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes[index] == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBC, (0x90...0x99).contains(bytes[index + 2]) else { return nil }
        return 3
    }

    /// What may stand between the digits of one number: the ASCII separators, a no-break space
    /// (C2 A0), a soft hyphen (C2 AD), the zero-width and joiner characters (E2 80 8B–8D, E2 81
    /// A0), Unicode's dashes and narrow spaces (E2 80 80–95, AF), a byte order mark (EF BB BF).
    private static func separatorWidth(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        switch bytes[index] {
        case UInt8(ascii: " "), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: "("), UInt8(ascii: ")"),
             UInt8(ascii: "+"), UInt8(ascii: ","): return 1
        case 0xC2 where index + 1 < bytes.count && (bytes[index + 1] == 0xA0 || bytes[index + 1] == 0xAD): return 2
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] <= 0x95 || bytes[index + 2] == 0xAF): return 3
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x81 && bytes[index + 2] == 0xA0: return 3
        case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF: return 3
        default: return nil
        }
    }

    /// Words before a house number, a lane or a unit's number (as written, in either case).
    private static let before: [[UInt8]] = [
        "số", "Số", "SỐ", "nhà", "Nhà", "NHÀ", "sn", "SN", "Sn", "ngõ", "Ngõ", "ngách", "Ngách", "hẻm", "Hẻm", "kiệt", "Kiệt",
        "tổ", "Tổ", "TỔ", "phố", "Phố", "ấp", "Ấp", "thôn", "Thôn", "xóm", "Xóm", "khối", "Khối", "khóm", "Khóm", "bản", "Bản",
        "buôn", "Buôn", "đội", "Đội", "cư", "K", "k",
    ].map { Array($0.utf8) }
    /// Words after a house number that say it is one.
    private static let after: [[UInt8]] = [
        "đường", "phố", "ngõ", "ngách", "hẻm", "kiệt", "thôn", "xóm", "ấp", "tổ", "khu", "khối", "khóm", "bản", "buôn", "quốc", "tỉnh",
    ].map { Array($0.utf8) }

    /// At the first digit of a number shaped like a house number ("12", "12A", "12/3", "K12/34":
    /// never "468/QĐ-TTg" or "27/3/2021"): an address word just before it, or a capital letter or
    /// a place word just after it.
    private static func addressNear(digitAt start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let houseEnd = houseNumberEnd(from: start, in: bytes) else { return false }
        // Before: skip spaces and a colon, then compare the word that ends there.
        var end = start
        while end > 0 && (bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: ":")) { end -= 1 }
        for word in before where word.count <= end && bytes[(end - word.count)..<end].elementsEqual(word) {
            let first = end - word.count
            if first == 0 || !isWordByte(bytes[first - 1]) { return true }
        }
        // After: spaces, then the next word.
        var index = houseEnd
        let spaces = index
        while index < bytes.count && bytes[index] == UInt8(ascii: " ") { index += 1 }
        guard index > spaces, index < bytes.count else { return false }
        let lead = bytes[index]
        if lead >= UInt8(ascii: "A") && lead <= UInt8(ascii: "Z") { return true }
        if lead >= 0xC0, let scalar = decode(at: index, in: bytes), scalar.properties.isUppercase { return true }
        for word in after where index + word.count <= bytes.count && bytes[index..<(index + word.count)].elementsEqual(word) {
            if index + word.count == bytes.count || !isWordByte(bytes[index + word.count]) { return true }
        }
        return false
    }

    /// Where a house number starting at `start` ends, as the address scanner reads one: up to four
    /// digits and a letter, then up to two "/" groups of up to three digits and a letter, not
    /// followed by another digit or "/". Nil when the number is not shaped so.
    private static func houseNumberEnd(from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        func digits(from index: Int, atMost limit: Int) -> Int? {
            var end = index
            while end < bytes.count && isDigit(bytes[end]) { end += 1 }
            return end > index && end - index <= limit ? end : nil
        }
        guard var index = digits(from: start, atMost: 4) else { return nil }
        if index < bytes.count && isASCIILetter(bytes[index]) { index += 1 }
        for _ in 0..<2 {
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "/"), let end = digits(from: index + 1, atMost: 3) else { break }
            index = end
            if index < bytes.count && isASCIILetter(bytes[index]) { index += 1 }
        }
        if index < bytes.count && (isDigit(bytes[index]) || bytes[index] == UInt8(ascii: "/")) { return nil }
        return index
    }

    @inline(__always) private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    /// A byte that continues a word: a letter, a digit, or any byte of a letter beyond ASCII.
    @inline(__always) private static func isWordByte(_ byte: UInt8) -> Bool {
        isASCIILetter(byte) || isDigit(byte) || byte >= 0x80
    }

    private static func decode(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes[index...].makeIterator()
        guard case .valid(let encoded) = parser.parseScalar(from: &iterator) else { return nil }
        return Unicode.UTF8.decode(encoded)
    }
}
