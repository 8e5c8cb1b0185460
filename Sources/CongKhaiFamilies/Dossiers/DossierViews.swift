import CongKhaiCore
import CongKhaiSite
import Templates

/// The `apology-list` layout: the late dossiers, the on-time rates by year and month, and
/// how due dates were counted.
struct ApologyListView: Sendable {
    struct Tally: Sendable {
        let label: String
        let early: Int
        let onTime: Int
        let late: Int
        let finished: Int
        let rate: String?
    }

    struct Counting: Sendable {
        /// A declared day off or make-up day, or a run of them from one declaration.
        struct Day: Sendable {
            let when: String
            let name: String
            let makeUp: Bool
            let basis: String?
            let source: String?
            let unverified: Bool
        }

        struct CutOff: Sendable {
            let time: String
            let basis: String
        }

        /// A procedure listed with "1 ngày" whose own text gives the same-day rule, quoted.
        struct SameDayProcedure: Sendable {
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
struct DossierRowView: Sendable {
    struct LateLetter: Sendable {
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
    var reason: String?
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
struct ApologyLetterLayout: Sendable {
    let letter: ApologyLetterView
}

/// An apology letter: the dossier's row, and the letter's own values beside them.
struct ApologyLetterView: Sendable {
    struct Details: Sendable {
        struct Regime: Sendable {
            let formTitle: String
            let basis: String
            let id: String
            let formNumber: String?
        }

        /// Who issued the letter on its date (`SiteConfig.issuer(on:)`).
        struct Issuer: Sendable {
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
        let listURL: String
        let regime: Regime
    }

    /// The dossier's row, its reason written as a sentence of the letter.
    let row: DossierRowView
    let details: Details
}

// MARK: - Template fields

/// One object for the template: the row's values and the letter's beside them.
extension ApologyLetterView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .merge(\.row),
        .merge(\.details),
    ]
}

extension ApologyListView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("late", \.late),
        .field("late_count", \.lateCount),
        .field("without_letter_count", \.withoutLetterCount),
        .field("new_date_passed_count", \.newDatePassedCount),
        .field("years", \.years),
        .field("months", \.months),
        .field("has_rates", \.hasRates),
        .field("finished_total", \.finishedTotal),
        .field("rates_unavailable", \.ratesUnavailable),
        .field("no_late", \.noLate),
        .field("counting", \.counting),
    ]
}

extension ApologyListView.Tally: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("label", \.label),
        .field("early", \.early),
        .field("on_time", \.onTime),
        .field("late", \.late),
        .field("finished", \.finished),
        .field("rate", \.rate),
    ]
}

extension ApologyListView.Counting: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("days", \.days),
        .field("cut_off", \.cutOff),
        .field("same_day_procedures", \.sameDayProcedures),
        .field("has_same_day_procedures", \.hasSameDayProcedures),
        .field("undetermined", \.undetermined),
        .field("undetermined_procedures", \.undeterminedProcedures),
        .field("has_days", \.hasDays),
        .field("has_unverified", \.hasUnverified),
        .field("derived_years", \.derivedYears),
    ]
}

extension ApologyListView.Counting.Day: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("when", \.when),
        .field("name", \.name),
        .field("make_up", \.makeUp),
        .field("basis", \.basis),
        .field("source", \.source),
        .field("unverified", \.unverified),
    ]
}

extension ApologyListView.Counting.CutOff: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("time", \.time),
        .field("basis", \.basis),
    ]
}

extension ApologyListView.Counting.SameDayProcedure: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("code", \.code),
        .field("name", \.name),
        .field("clause", \.clause),
    ]
}

extension DossierRowView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("code", \.code),
        .field("procedure_code", \.procedureCode),
        .field("received", \.received),
        .field("procedure_name", \.procedureName),
        .field("procedure_url", \.procedureURL),
        .field("applicant", \.applicant),
        .field("consent_reference", \.consentReference),
        .field("due", \.due),
        .field("due_in_register", \.dueInRegister),
        .field("new_date", \.newDate),
        .field("returned", \.returned),
        .field("reason", \.reason),
        .field("late_unit", \.lateUnit),
        .field("days_late", \.daysLate),
        .field("open", \.open),
        .field("letter_url", \.letterURL),
        .field("after_cut_off", \.afterCutOff),
        .field("late_letter", \.lateLetter),
        .field("no_letter", \.noLetter),
        .field("new_date_passed", \.newDatePassed),
    ]
}

extension DossierRowView.LateLetter: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("deadline", \.deadline),
        .field("sent", \.sent),
    ]
}

extension ApologyLetterLayout: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("letter", \.letter),
    ]
}

extension ApologyLetterView.Details: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("date", \.date),
        .field("number", \.number),
        .field("addressee", \.addressee),
        .field("procedure_label", \.procedureLabel),
        .field("new_time", \.newTime),
        .field("desk", \.desk),
        .field("issuer", \.issuer),
        .field("list_url", \.listURL),
        .field("regime", \.regime),
    ]
}

extension ApologyLetterView.Details.Regime: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("form_title", \.formTitle),
        .field("basis", \.basis),
        .field("id", \.id),
        .field("form_number", \.formNumber),
    ]
}

extension ApologyLetterView.Details.Issuer: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("commune", \.commune),
        .field("agency", \.agency),
        .field("superior", \.superior),
        .field("place", \.place),
        .field("signer_title", \.signerTitle),
        .field("signer_name", \.signerName),
    ]
}
