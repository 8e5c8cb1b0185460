import Foundation

/// Sort keys in Vietnamese dictionary order.
///
/// The alphabet is a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y; letters compare
/// first and tones only break ties, in the traditional order
/// ngang, huyền, hỏi, ngã, sắc, nặng. Unicode code-point order gets all of this wrong
/// ("Đất đai" would sort after "Y tế").
public struct VietnameseSortKey: Comparable, Sendable {
    private let letters: [UInt32]
    private let tones: [UInt8]

    public init(_ text: String) {
        var letters: [UInt32] = []
        var tones: [UInt8] = []
        letters.reserveCapacity(text.utf8.count)
        tones.reserveCapacity(text.utf8.count)
        // Foundation's NFC goes through NSString and was most of the cost of sorting a
        // national catalog by name; text whose scalars cannot change under NFC skips it.
        let composed = SimpleScalars.only(text) ? text : text.precomposedStringWithCanonicalMapping
        let lowercased = composed.lowercased()
        if Self.isOneScalarPerCharacter(lowercased) {
            // The loop below, without grapheme breaking: each scalar is a Character.
            for scalar in lowercased.unicodeScalars {
                if let parts = Self.parts(of: scalar) ?? Self.decompose(Character(scalar)) {
                    letters.append(parts.letter)
                    tones.append(parts.tone)
                }
            }
            self.letters = letters
            self.tones = tones
            return
        }
        for character in lowercased {
            let scalars = character.unicodeScalars
            // Most characters are one scalar whose parts are in the table; others (a letter
            // with marks that have no precomposed form) are decomposed on the spot.
            if scalars.count == 1, let parts = Self.parts(of: scalars.first!) {
                letters.append(parts.letter)
                tones.append(parts.tone)
            } else if let parts = Self.decompose(character) {
                letters.append(parts.letter)
                tones.append(parts.tone)
            }
        }
        self.letters = letters
        self.tones = tones
    }

    /// Whether every scalar is a Character of its own: true for ASCII but CR (which joins
    /// a following LF), U+0080–U+02FF, Latin Extended Additional, dashes, quotes and
    /// currency signs, none of which is a mark or joiner that grapheme breaking attaches to
    /// its neighbour. Checked on the UTF-8 bytes, like `InputText.isCertainlyNFC`.
    static func isOneScalarPerCharacter(_ text: String) -> Bool {
        SimpleScalars.only(text) { $0 == 0x0D }
    }

    private struct Parts {
        let letter: UInt32
        let tone: UInt8
    }

    /// ASCII directly; Latin-1 to Latin Extended-B and Latin Extended Additional (where the
    /// Vietnamese letters with tones live) from a table built once.
    private static func parts(of scalar: Unicode.Scalar) -> Parts? {
        if scalar.isASCII { return Parts(letter: rank(base: scalar, modifier: 0), tone: 0) }
        // Arrays indexed by scalar: hashing each scalar into a dictionary cost more than the rest.
        switch scalar.value {
        case latinRange: return latinParts[Int(scalar.value - latinRange.lowerBound)]
        case extendedRange: return extendedParts[Int(scalar.value - extendedRange.lowerBound)]
        default: return nil
        }
    }

    private static let latinRange: ClosedRange<UInt32> = 0x00C0...0x024F
    private static let extendedRange: ClosedRange<UInt32> = 0x1E00...0x1EFF
    private static let latinParts: [Parts?] = latinRange.map(tableEntry)
    private static let extendedParts: [Parts?] = extendedRange.map(tableEntry)

    private static func tableEntry(_ value: UInt32) -> Parts? {
        Unicode.Scalar(value).flatMap { decompose(Character($0)) }
    }

    private static func decompose(_ character: Character) -> Parts? {
        let decomposed = String(character).decomposedStringWithCanonicalMapping.unicodeScalars
        guard let base = decomposed.first else { return nil }
        var modifier: UInt32 = 0  // breve, circumflex or horn: part of the letter
        var tone: UInt8 = 0
        for mark in decomposed.dropFirst() {
            switch mark.value {
            case 0x0306, 0x0302, 0x031B: modifier = mark.value
            case 0x0300: tone = 1  // huyền
            case 0x0309: tone = 2  // hỏi
            case 0x0303: tone = 3  // ngã
            case 0x0301: tone = 4  // sắc
            case 0x0323: tone = 5  // nặng
            default: break
            }
        }
        return Parts(letter: rank(base: base, modifier: modifier), tone: tone)
    }

    /// Letters get ranks spaced by 4 so that the Vietnamese variants of a Latin letter
    /// (a < ă < â, d < đ, o < ô < ơ, u < ư) sit between it and the next Latin letter.
    private static func rank(base: Unicode.Scalar, modifier: UInt32) -> UInt32 {
        let value = base.value
        if value == 0x0111 { return UInt32(Character("d").asciiValue!) * 4 + 1 }  // đ
        guard value < 0x80 else { return 0x10000 + value }
        var rank = value * 4
        switch (base, modifier) {
        case ("a", 0x0306): rank += 1  // ă
        case ("a", 0x0302), ("e", 0x0302), ("o", 0x0302): rank += 2  // â ê ô
        case ("o", 0x031B), ("u", 0x031B): rank += 3  // ơ ư
        default: break
        }
        return rank
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        if lhs.letters != rhs.letters { return lhs.letters.lexicographicallyPrecedes(rhs.letters) }
        return lhs.tones.lexicographicallyPrecedes(rhs.tones)
    }
}

extension Sequence {
    /// Sorted by a Vietnamese text, stable for equal keys.
    public func sortedVietnamese(by text: (Element) -> String) -> [Element] {
        // Keys and positions are sorted, not the elements: moving large values (a procedure
        // is dozens of strings) while sorting cost more than comparing the keys.
        let elements = Array(self)
        return elements.indices
            .map { (key: VietnameseSortKey(text(elements[$0])), index: $0) }
            .sorted { $0.key != $1.key ? $0.key < $1.key : $0.index < $1.index }
            .map { elements[$0.index] }
    }
}
