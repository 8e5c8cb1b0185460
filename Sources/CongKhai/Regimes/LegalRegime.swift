/// The legal texts in force for one-stop procedures over a period, with what they decide
/// for CongKhai's pages: the desk's name, the apology form's number and title, and the legal
/// basis line printed on a letter. Chosen by date: a letter by its own date, every other page
/// (posters, the catalog, the feedback notice) by the build's `--as-of`.
public struct LegalRegime: Sendable, Equatable {
    public let id: String
    /// First day in force; nil while unknown, and then the regime is never chosen.
    public let from: CivilDate?
    /// Day the text was signed (a circular may be signed weeks before it takes effect).
    public let signed: CivilDate?
    /// The desk that receives dossiers; "{xa}" becomes the commune ("xã Bình Tân Hưng").
    public let desk: String
    /// The texts of the period, one line each, for the register page.
    public let texts: [String]
    /// "Mẫu số 04" when a prescribed form applies; nil when no form was found.
    public let formNumber: String?
    public let formTitle: String
    /// The line printed under a letter, naming the form and the texts it follows.
    public let letterBasis: String
    /// The theme template of the letter (`apology-2018`, `apology-2025`).
    public let template: String
    /// Where the facts above were read.
    public let source: String?
    /// False while the form's number, title or fields were not read in the text itself.
    public let verified: Bool
    /// What is not verified, said under the letter.
    public let caveat: String?

    /// The desk's name for a commune: "Xã Bình Tân Hưng" gives "xã Bình Tân Hưng".
    ///
    /// With the standard library's `replacing` and the fast trim: pages ask for the name of
    /// the desk in force per procedure, and Foundation's versions go through NSString on Linux.
    public func deskName(commune: String) -> String {
        let lowered = commune.first.map { String($0).lowercased() + commune.dropFirst() } ?? commune
        return desk.replacing("{xa}", with: lowered).trimmingWhitespace()
    }
}

/// The regimes of a site, ordered by start date.
public struct LegalRegimes: Sendable {
    /// Regimes with a known start date, oldest first.
    public let regimes: [LegalRegime]
    /// Regimes whose start date is unknown: never applied, named in a warning.
    public let pending: [LegalRegime]

    public init(_ all: [LegalRegime]) {
        regimes = all.filter { $0.from != nil }.sorted { $0.from! < $1.from! }
        pending = all.filter { $0.from == nil }
    }

    /// The regime in force on `date`: the latest one that started on or before it.
    public func regime(on date: CivilDate) -> LegalRegime? {
        regimes.last { $0.from! <= date }
    }
}
