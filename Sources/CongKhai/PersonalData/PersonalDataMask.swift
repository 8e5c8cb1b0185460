/// Finds ID numbers, phone numbers, e-mail addresses and house addresses in free text typed
/// by people at the one-stop desk, and replaces each with a fixed mask before anything is
/// published. The dossier register's "Lý do" or "Người nộp" often receives a phone number or
/// an address by mistake; the site, the letters and the feed must never carry it.
///
/// The scanners lean towards keeping official figures: procedure codes (1.001193), dossier
/// codes (000.00.25.H55-250106-0001), dates, money (50.000 đồng) and document numbers
/// (737/QĐ-UBND) are not masked.
public enum PersonalDataMask {
    /// What replaces each detected stretch in published text.
    public static let mask = "[đã ẩn]"

    public struct Result: Equatable, Sendable {
        /// The text with every detected stretch replaced by `mask`.
        public let masked: String
        /// Kinds found, in a stable order, each once.
        public let kinds: [PersonalDataKind]

        public var found: Bool { !kinds.isEmpty }
    }

    public static func scan(_ text: String) -> Result {
        // Every pattern needs a digit or an "@": most cells have neither and cost one pass.
        guard text.utf8.contains(where: { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x40 }) else {
            return Result(masked: text, kinds: [])
        }
        let characters = Array(text)
        let spans = EmailScanner.spans(in: characters)
            + NumberScanner.spans(in: characters)
            + StreetAddressScanner.spans(in: characters)
        guard !spans.isEmpty else { return Result(masked: text, kinds: []) }
        return Result(masked: apply(merge(spans), to: characters),
                      kinds: Array(Set(spans.map(\.kind))).sorted())
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
