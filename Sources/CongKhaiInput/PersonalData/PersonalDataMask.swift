/// Finds ID numbers, phone numbers, e-mail addresses and house addresses in free text, and
/// replaces each with a fixed mask before anything is published. The dossier register's "Lý
/// do" or "Người nộp" often receives a phone number or an address by mistake, and so can a
/// procedure's name, a notice, a score sheet's note: the site, the letters and the feed must
/// never carry it.
///
/// The scanners read the text with its disguises undone (`ScanText`: fullwidth digits, zero-width
/// characters between them, "＠"), and lean towards keeping official figures: procedure codes
/// (1.001193), dossier codes (000.00.25.H55-250106-0001), dates, money (50.000 đồng) and
/// document numbers (737/QĐ-UBND) are not masked, and neither are the site's own contacts
/// (`PublicContacts`).
public enum PersonalDataMask {
    /// What replaces each detected stretch in published text.
    public static let mask = "[đã ẩn]"

    /// Whose text a field holds, which decides what a place name is.
    public enum Field: Sendable {
        /// A cell of the dossier register: everything in it is about one citizen, so a chain of
        /// units ("ấp 4, xã An Phú") is where that citizen lives.
        case record
        /// Text the site publishes of its own (catalog, notices, pages, scores): a place name is
        /// where something happens, unless a word of residence comes before it.
        case publication
    }

    public struct Result: Equatable, Sendable {
        /// The text with every detected stretch replaced by `mask`.
        public let masked: String
        /// Kinds found, in a stable order, each once.
        public let kinds: [PersonalDataKind]

        public var found: Bool { !kinds.isEmpty }
    }

    public static func scan(_ text: String, field: Field = .publication, allowing contacts: PublicContacts = .none) -> Result {
        guard mayHoldPersonalData(text) else { return Result(masked: text, kinds: []) }
        let scanned = ScanText(text)
        let spans = (EmailScanner.spans(in: scanned.characters)
            + NumberScanner.spans(in: scanned.characters)
            + StreetAddressScanner.spans(in: scanned.characters, field: field))
            .filter { !contacts.allows(String(scanned.characters[$0.range]), kind: $0.kind) }
        guard !spans.isEmpty else { return Result(masked: text, kinds: []) }
        let ranges = merge(spans.map { PersonalDataSpan(range: scanned.originalRange($0.range), kind: $0.kind) })
        return Result(masked: apply(ranges, to: scanned.original), kinds: Array(Set(spans.map(\.kind))).sorted())
    }

    /// Whether the scanners need to read the text at all (`PersonalDataHints`).
    static func mayHoldPersonalData(_ text: String) -> Bool {
        PersonalDataHints.mayHold(text)
    }

    /// Overlapping or touching spans become one, so one mask stands for one stretch.
    static func merge(_ spans: [PersonalDataSpan]) -> [Range<Int>] {
        var merged: [Range<Int>] = []
        for range in spans.map(\.range).sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }

    private static func apply(_ ranges: [Range<Int>], to characters: [Character]) -> String {
        var result = ""
        var position = 0
        for range in ranges {
            result.append(contentsOf: characters[position..<range.lowerBound])
            result.append(mask)
            position = range.upperBound
        }
        result.append(contentsOf: characters[position...])
        return result
    }

    /// `text` without the masks, for building initials from what is left of a name.
    package static func removingMasks(_ text: String) -> String {
        text.split(separator: mask, omittingEmptySubsequences: false).joined(separator: " ")
    }
}
