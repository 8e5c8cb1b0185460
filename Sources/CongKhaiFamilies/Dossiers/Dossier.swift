import CongKhaiCore
import CongKhaiInput

/// One dossier (hồ sơ) from the register export, with only what may be published.
///
/// The applicant's name is kept only to print it as initials, or in full with recorded
/// consent. ID numbers, phones, addresses and e-mails are never read from the file.
public struct Dossier: Sendable {
    public enum Outcome: Sendable, Equatable {
        /// Returned before the due date (trước hạn).
        case early
        /// Returned on the due date (đúng hạn).
        case onTime
        /// Returned after the due date, or still open past it (quá hạn), with working days late.
        case late(workingDays: Int, open: Bool)
        /// Still open and not yet due.
        case inProgress
        /// No due date could be given or computed.
        case undetermined

        public var isFinished: Bool {
            switch self {
            case .early, .onTime: true
            case .late(_, let open): !open
            case .inProgress, .undetermined: false
            }
        }
    }

    public var code: String
    public var procedureCode: String
    public var applicant: String?
    /// Consent to publish the full name, with where it is recorded (`consentReference`): a
    /// "có" without a reference is not consent enough (CK084).
    public var consentToName: Bool
    public var consentReference: String? = nil
    /// The applicant is left out altogether: the same person consented to their full name on
    /// another dossier, and initials beside that name would identify this one too (CK085).
    public var hidesApplicant: Bool = false
    public var received: Receipt
    /// As written in the register.
    public var dueGiven: CivilDate?
    /// From the procedure's time limit and the working-day calendar.
    public var dueComputed: CivilDate?
    public var returned: CivilDate?
    public var reason: String?
    public var newDate: CivilDate?
    /// The new return time on `newDate`, minutes after midnight, when the register gives it.
    public var newTime: Int? = nil
    public var lateUnit: String?
    public var apologyDate: CivilDate?
    public var letterNumber: String?
    /// The one-stop software's state ("Đã trả kết quả"), when the export has the column.
    public var status: DossierStatus? = nil
    /// Filed online ("Trực tuyến"), when the export says.
    public var online: Bool? = nil
    /// When processing finished ("Ngày hoàn thành", state "Đã xử lý xong"), when the export says.
    public var completed: CivilDate? = nil
    public var location: SourceLocation
    /// The last part of the letter's path; the code's slug unless the code held personal data.
    public var letterSlug: String? = nil
    /// True when the 15:00 rule moved a same-day dossier's computed due date to the next working day.
    public var receivedAfterCutOff: Bool = false

    /// The last day an apology may be dated: one day before the due date (Nghị định
    /// 61/2018/NĐ-CP: "chậm nhất một ngày trước ngày hết hạn").
    public var apologyDeadline: CivilDate? { due?.adding(days: -1) }

    /// The letter was dated after `apologyDeadline`: published with that fact stated.
    public var apologyWasLate: Bool {
        guard let apologyDate, let apologyDeadline else { return false }
        return apologyDate > apologyDeadline
    }

    /// The due date that counts: the one computed from the procedure's limit and the working
    /// calendar, else the register's. Where both exist and differ, days late are counted from
    /// the computed one and the pages show the register's beside it (CK080 names the row).
    public var due: CivilDate? { dueComputed ?? dueGiven }

    /// The register's due date when it differs from the one that counts, for the pages.
    public var dueInRegisterDiffering: CivilDate? {
        guard let dueGiven, let due, dueGiven != due else { return nil }
        return dueGiven
    }

    /// The re-set return date when it has passed as well: the result came after it, or has
    /// not come by `asOf`. The rule allows one new date; missing it is a second delay.
    public func newDatePassed(asOf date: CivilDate) -> CivilDate? {
        guard let newDate else { return nil }
        if let finished { return finished > newDate ? newDate : nil }
        return date > newDate ? newDate : nil
    }

    /// Site path of the apology letter, when there is one.
    public var letterPath: String? { apologyDate == nil ? nil : ApologyRoutes.letter(letterSlug ?? Slug.make(code)) }

    /// "Nguyễn Văn An" → "N. V. A." unless the person agreed to publish the full name.
    /// Initials come from letters only, after masked data is taken out: a phone number typed
    /// after the name must not become "0. 9." (nor "[đ. ẩ.").
    public var publicName: String? {
        guard let applicant, !applicant.isEmpty, !hidesApplicant else { return nil }
        if consentToName { return applicant }
        let initials = PersonalDataMask.removingMasks(applicant).split(whereSeparator: \.isWhitespace).compactMap { word in
            word.first(where: \.isLetter).map { "\(String($0).uppercased())." }
        }
        return initials.isEmpty ? nil : initials.joined(separator: " ")
    }

    /// The date that decides on time or late: processing finished, else the result returned.
    /// The national portal's indicators take "Đã xử lý xong" before "Đã trả kết quả" (as
    /// public copies of its specification read); a register without the column gives the latter.
    public var finished: CivilDate? { completed ?? returned }

    public func outcome(asOf date: CivilDate, calendar: WorkingCalendar) -> Outcome {
        guard let due else { return .undetermined }
        if let returned = finished {
            if returned < due { return .early }
            if returned == due { return .onTime }
            return .late(workingDays: calendar.workingDays(after: due, through: returned), open: false)
        }
        if due < date { return .late(workingDays: calendar.workingDays(after: due, through: date), open: true) }
        return .inProgress
    }
}
