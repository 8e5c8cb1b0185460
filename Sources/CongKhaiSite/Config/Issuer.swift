import CongKhaiCore

/// Who issues a document of a given date: the commune as it then was, its agency, the
/// superior body and who signed. Communes were merged and districts abolished on 01/07/2025,
/// so a letter dated before then is the old commune's, under its district: its header may not
/// carry the name of today's commune, nor today's province as its superior.
public struct Issuer: Sendable, Equatable {
    /// "Xã Bình Tân".
    public var commune: String
    /// "Ủy ban nhân dân xã Bình Tân".
    public var agency: String
    /// "Ủy ban nhân dân huyện Bình Sơn".
    public var superior: String?
    /// The place name in the "place, date" line.
    public var place: String
    public var signerTitle: String
    public var signerName: String?

    public init(commune: String, agency: String, superior: String?, place: String, signerTitle: String, signerName: String?) {
        self.commune = commune
        self.agency = agency
        self.superior = superior
        self.place = place
        self.signerTitle = signerTitle
        self.signerName = signerName
    }
}

/// A period before the present one, from `site.yaml`'s `history`: who the issuer was up to
/// and including `until`.
public struct IssuerPeriod: Sendable, Equatable {
    public var until: CivilDate
    public var issuer: Issuer
    /// Where the names were read (the merger resolution, an old letterhead).
    public var source: String?
    public var location: SourceLocation

    public init(until: CivilDate, issuer: Issuer, source: String?, location: SourceLocation) {
        self.until = until
        self.issuer = issuer
        self.source = source
        self.location = location
    }
}

/// The day the two-tier local government began: districts abolished and communes merged
/// (Nghị quyết 202/2025/QH15 and the Standing Committee's resolutions on each province's
/// communes, in force 01/07/2025; docs/research/legal-facts.md §10). A document dated before it
/// was issued by a commune under a district.
public enum LocalGovernmentReform {
    public static let twoTierFrom = CivilDate(year: 2025, month: 7, day: 1)!
}
