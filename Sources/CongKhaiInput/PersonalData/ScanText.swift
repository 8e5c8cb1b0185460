/// The text the scanners read: the original characters with the disguises undone that keep a
/// number or an address from looking like one, and for each character read the original one
/// it came from, so a mask covers exactly what was written.
///
/// Undone: fullwidth forms (`０９０９`, `＠`, `＋`, `（`), digits of other scripts, zero-width
/// characters and soft hyphens slipped between digits, the many dashes and spaces of Unicode,
/// and the `(at)` / `[at]` of addresses written to dodge harvesters.
struct ScanText {
    /// What the scanners read.
    let characters: [Character]
    /// For each of them, the index of the original character it came from.
    let origins: [Int]
    /// The original characters.
    let original: [Character]

    init(_ text: String) {
        original = Array(text)
        var characters: [Character] = []
        var origins: [Int] = []
        characters.reserveCapacity(original.count)
        origins.reserveCapacity(original.count)
        var index = 0
        while index < original.count {
            // "(at)" and "[at]" between the two halves of an e-mail address.
            if (original[index] == "(" || original[index] == "["), index + 3 < original.count,
               original[index + 1].lowercased() == "a", original[index + 2].lowercased() == "t",
               original[index + 3] == (original[index] == "(" ? ")" : "]") {
                characters.append("@")
                origins.append(index)
                index += 4
                continue
            }
            switch Self.reading(of: original[index]) {
            case .same:
                characters.append(original[index])
                origins.append(index)
            case .as(let replacement):
                characters.append(replacement)
                origins.append(index)
            case .nothing:
                break
            }
            index += 1
        }
        self.characters = characters
        self.origins = origins
    }

    /// The original range a range of `characters` came from.
    func originalRange(_ range: Range<Int>) -> Range<Int> {
        origins[range.lowerBound]..<(origins[range.upperBound - 1] + 1)
    }

    private enum Reading {
        case same
        case `as`(Character)
        case nothing
    }

    /// How the scanners read one character. A zero-width joiner clings to the digit before it
    /// (one Character), so invisible scalars are left out first.
    private static func reading(of character: Character) -> Reading {
        let scalars = character.unicodeScalars
        if scalars.count == 1, scalars.first!.isASCII { return .same }
        let visible = scalars.filter { !isInvisible($0) }
        guard let scalar = visible.first else { return .nothing }
        let unchanged: Reading = visible.count == scalars.count ? .same : .as(Character(String(String.UnicodeScalarView(visible))))
        guard visible.count == 1 else { return unchanged }
        if scalar.isASCII { return .as(Character(scalar)) }
        switch scalar.value {
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return .as(" ")
        case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63: return .as("-")
        case 0xFE6B: return .as("@")
        case 0xFF01...0xFF5E: return .as(Character(Unicode.Scalar(scalar.value - 0xFEE0)!))
        default:
            if scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue, (0...9).contains(value) {
                return .as(Character(Unicode.Scalar(UInt8(48 + Int(value)))))
            }
            return unchanged
        }
    }

    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x180E: true
        default: false
        }
    }
}
