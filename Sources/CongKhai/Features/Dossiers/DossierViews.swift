/// The `apology-list` layout: the late dossiers, the on-time rates by year and month, and
/// how due dates were counted.
struct ApologyListView: Encodable, Sendable {
    struct Tally: Encodable, Sendable {
        let label: String
        let early: Int
        let onTime: Int
        let late: Int
        let finished: Int
        let rate: String?
    }

    struct Counting: Encodable, Sendable {
        /// A declared day off or make-up day, or a run of them from one declaration.
        struct Day: Encodable, Sendable {
            let when: String
            let name: String
            let makeUp: Bool
            let basis: String?
            let source: String?
            let unverified: Bool
        }

        struct CutOff: Encodable, Sendable {
            let time: String
            let basis: String
        }

        /// A procedure listed with "1 ngày" whose own text gives the same-day rule, quoted.
        struct SameDayProcedure: Encodable, Sendable {
            let code: String
            let name: String
            let clause: String
        }

        let days: [Day]
        let cutOff: CutOff?
        let sameDayProcedures: [SameDayProcedure]
        let hasSameDayProcedures: Bool
        /// Dossiers neither on time nor late because their procedure's limit states no unit
        /// (or no usable limit) and the register gives no due date.
        let undetermined: Int?
        let undeterminedProcedures: String?
        let hasDays: Bool
        let hasUnverified: Bool
        let derivedYears: String?
    }

    let late: [DossierRowView]
    let lateCount: Int
    /// Late dossiers without an apology letter (seed 003, criterion 4.4, scores exactly this).
    /// Named apart from the rows' own values: inside a row, Mustache would find a list-level
    /// value of the same name wherever the row has none.
    let withoutLetterCount: Int?
    /// Late dossiers returned after the re-set date too, or still open past it.
    let newDatePassedCount: Int?
    let years: [Tally]
    let months: [Tally]
    let hasRates: Bool
    let finishedTotal: String?
    let ratesUnavailable: Bool
    let noLate: Bool
    let counting: Counting
}

/// A late dossier as the list shows it; an apology letter shows the same and more.
/// The applicant is the public form of the name (`Dossier.publicName`): no ID, phone,
/// address or e-mail reaches a page.
struct DossierRowView: Encodable, Sendable {
    struct LateLetter: Encodable, Sendable {
        let deadline: String
        let sent: String
    }

    let code: String
    let procedureCode: String
    let received: DateView
    let procedureName: String?
    let procedureURL: String?
    let applicant: String?
    /// Where the applicant's consent to their full name is recorded, when it is shown in full.
    let consentReference: String?
    /// The due date that counts (computed from the limit where it can be).
    let due: DateView?
    /// The register's own due date, when it differs from `due`.
    let dueInRegister: DateView?
    let newDate: DateView?
    let returned: DateView?
    let reason: String?
    let lateUnit: String?
    let daysLate: Int?
    let open: Bool?
    let letterURL: String?
    let afterCutOff: Bool
    let lateLetter: LateLetter?
    /// Late, and no apology letter was sent.
    let noLetter: Bool
    /// The re-set return date, when it has passed too (returned after it, or still open).
    let newDatePassed: DateView?
}

/// The letter layouts (`LegalRegime.template`): `{{letter.*}}`.
struct ApologyLetterLayout: Encodable, Sendable {
    let letter: ApologyLetterView
}

/// An apology letter: the dossier's row, and the letter's own values beside them.
struct ApologyLetterView: Encodable, Sendable {
    struct Details: Encodable, Sendable {
        struct Regime: Encodable, Sendable {
            let formTitle: String
            let basis: String
            let id: String
            let formNumber: String?
        }

        /// Who issued the letter on its date (`SiteConfig.issuer(on:)`).
        struct Issuer: Encodable, Sendable {
            let commune: String
            let agency: String
            let superior: String?
            let place: String
            let signerTitle: String
            let signerName: String?
        }

        let date: DateView
        let number: String?
        let addressee: String
        let procedureLabel: String
        let newTime: String?
        let desk: String
        let issuer: Issuer
        /// The reason as a sentence of the letter; nil keeps the row's.
        let reason: String?
        let listURL: String
        let regime: Regime
    }

    let row: DossierRowView
    let details: Details

    /// One object for the template: the row's values, then the letter's over them.
    func encode(to encoder: Encoder) throws {
        try row.encode(to: encoder)
        try details.encode(to: encoder)
    }
}
