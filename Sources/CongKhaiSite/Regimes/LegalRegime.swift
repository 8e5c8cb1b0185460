import CongKhaiCore

/// The legal texts in force for one-stop procedures over a period, with what they decide
/// for CongKhai's pages: the desk's name, the legal basis of the period and, where the period
/// prescribes one, the apology form (number, title, citation, template). Chosen by date: a
/// letter by its own date, every other page (posters, the catalog, the feedback notice) by the
/// build's `--as-of`.
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
    /// The period's legal basis as a letter cites it: "Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ".
    public let basis: String
    /// "Mẫu số 04" when the period prescribes an apology form.
    public let formNumber: String?
    /// The form's title; nil when the period has no apology form of its own.
    public let formTitle: String?
    /// Where the form is issued: "ban hành kèm theo Thông tư số 01/2018/TT-VPCP …".
    public let formCitation: String?
    /// A whole line for under a letter in this regime's own form, replacing the one made
    /// from the form's citation and the basis (`can_cu_van_ban`, the older way to write it).
    public let letterBasisOverride: String?
    /// The theme template of the letter (`apology-2018`, `apology-2025`).
    public let template: String
    /// Where the facts above were read.
    public let source: String?
    /// True when the form's number, title and fields were read in a copy of the text (see
    /// `source`). A letter is published only in a verified form: its period's own, or else
    /// the latest one before it.
    public let verified: Bool
    /// What is and is not verified, for `congkhai check`.
    public let caveat: String?

    /// Whether this regime prescribes a form that was verified.
    public var hasVerifiedForm: Bool { formTitle != nil && verified }

    /// The desk's name for a commune: "Xã Bình Tân Hưng" gives "xã Bình Tân Hưng".
    ///
    /// With the standard library's `replacing` and the fast trim: pages ask for the name of
    /// the desk in force per procedure, and Foundation's versions go through NSString on Linux.
    public func deskName(commune: String) -> String {
        let lowered = commune.first.map { String($0).lowercased() + commune.dropFirst() } ?? commune
        return desk.replacing("{xa}", with: lowered).trimmingWhitespace()
    }
}

/// What a letter of a given date follows: the regime of its date (desk, legal basis) and the
/// form it is written in, which is that regime's own when verified, else the latest verified
/// form before it. A letter is never published with a note that it follows no verified form.
public struct LetterRegime: Sendable, Equatable {
    public let period: LegalRegime
    public let form: LegalRegime

    /// Whether the letter follows an earlier period's form, its own not being verified.
    public var usesEarlierForm: Bool { period.id != form.id }

    public var formTitle: String { form.formTitle ?? "" }
    public var template: String { form.template }

    /// The line under the letter: the form and where it is issued, then the period's basis.
    public var basisLine: String {
        if !usesEarlierForm, let override = period.letterBasisOverride { return override }
        let form = [self.form.formNumber, self.form.formCitation].compactMap { $0 }.joined(separator: " ")
        let basis = period.basis.hasSuffix(".") ? String(period.basis.dropLast()) : period.basis
        return form.isEmpty ? basis + "." : "\(form); \(basis)."
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

    /// The regime and the form of a letter dated `date`; nil when no verified form exists up
    /// to that day (the letter is then not published, and `check` says why).
    public func letter(on date: CivilDate) -> LetterRegime? {
        guard let period = regime(on: date) else { return nil }
        if period.hasVerifiedForm { return LetterRegime(period: period, form: period) }
        guard let form = regimes.last(where: { $0.from! <= date && $0.hasVerifiedForm }) else { return nil }
        return LetterRegime(period: period, form: form)
    }
}
