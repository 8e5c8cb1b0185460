import CongKhaiCore
import Foundation

/// A commune-level unit of the round, by its name in the round's year. Names changed on
/// 01/07/2025 (Nghị quyết 1677/NQ-UBTVQH15 for Quảng Ngãi): a unit of the 2024 round is shown
/// under its 2024 name with the name its area has today beside it, never renamed silently.
public struct RoundUnit: Sendable {
    /// The name in the round's year: "Xã Hương Trà".
    public let name: String
    /// The unit its area belongs to today: "Xã Tây Trà Bồng"; nil when unchanged or unknown.
    public let todayName: String?
    /// The document that gives `todayName` (the row's own, or the round's `today_names_basis`).
    public let todayNameBasis: String?
    /// The district (or other level) it belonged to in the round's year: "Huyện Trà Bồng".
    public let district: String?
    /// Who appraises it (thẩm định): "UBND huyện Trà Bồng"; nil when the round has no appraisal
    /// level for it (none after 01/07/2025 unless the province names one).
    public let appraisingBody: String?
    public let note: String?
    public let location: SourceLocation

    public init(name: String, todayName: String?, todayNameBasis: String?, district: String?, appraisingBody: String?,
                note: String?, location: SourceLocation) {
        self.name = name
        self.todayName = todayName
        self.todayNameBasis = todayNameBasis
        self.district = district
        self.appraisingBody = appraisingBody
        self.note = note
        self.location = location
    }

    /// The key units are matched by across the round's tables, sheets and lists.
    public var key: String { RoundUnit.key(name) }

    /// Case, Unicode composition and spacing aside, but not diacritics: Quảng Ngãi has both a
    /// "Xã Ba Tô" and a "Xã Ba Tơ" (research note §3.2), and "Xã Ba Tơ" and "Thị trấn Ba Tơ"
    /// were two units of 2024. A name typed without its marks is not matched, only suggested.
    public static func key(_ name: String) -> String {
        name.precomposedStringWithCanonicalMapping.lowercased()
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
