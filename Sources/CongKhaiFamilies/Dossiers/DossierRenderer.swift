import CongKhaiCore
import CongKhaiSite
import Foundation
import Templates

/// Jobs for `/xin-loi/` (late dossiers and on-time rates) and one apology letter per
/// dossier that has an apology date.
struct DossierRenderer {
    let context: TemplateContext
    /// Codes of the dossiers whose letter is published.
    private let published: Set<String>

    init(context: TemplateContext) {
        self.context = context
        published = Set(Self.letters(context.site).map(\.entry.dossier.code))
    }

    func jobs() -> [RenderJob] {
        let site = context.site
        let register = site.register
        guard !register.entries.isEmpty else { return [] }
        // Pages naming citizens' dossiers are kept out of search engines (noindex in the
        // templates) and out of the sitemap.
        var jobs: [RenderJob] = [.html(ApologyRoutes.list, inSitemap: false) {
            context.render(ApologiesFamily.list, title: "Xin lỗi vì trễ hạn giải quyết hồ sơ", sitePath: ApologyRoutes.list,
                           description: "Danh sách hồ sơ trễ hạn và tỉ lệ giải quyết đúng hạn của \(site.config.agency.name)",
                           layout: listView(register))
        }]
        for letter in Self.letters(site) {
            jobs.append(.html(letter.path, inSitemap: false) {
                context.render(ApologiesFamily.letter(letter.regime), title: "Xin lỗi: hồ sơ \(letter.entry.dossier.code)", sitePath: letter.path,
                               layout: ApologyLetterLayout(letter: letterView(letter.entry, date: letter.date, regime: letter.regime)))
            })
        }
        return jobs
    }

    /// The letters published: each late dossier with a letter, on the date it was signed, in
    /// the form of the regime in force that day. The family's layouts come from the same list.
    static func letters(_ site: Site) -> [(entry: DossierRegister.Entry, path: String, date: CivilDate, regime: LetterRegime)] {
        site.register.late.compactMap { entry in
            guard let path = entry.dossier.letterPath, let date = entry.dossier.apologyDate,
                  let regime = site.regimes.letter(on: date) else { return nil }
            return (entry, path, date, regime)
        }
    }

    private func listView(_ register: DossierRegister) -> ApologyListView {
        let rows = register.late.map { row($0) }
        return ApologyListView(
            late: rows,
            lateCount: register.late.count,
            withoutLetterCount: rows.filter(\.noLetter).count.nonZero,
            newDatePassedCount: rows.filter { $0.newDatePassed != nil }.count.nonZero,
            years: register.byYear.map { tally(label: "Năm \($0.year)", $0.tally) },
            months: register.byMonth.map { month, tally in
                self.tally(label: "\(month.suffix(2))/\(month.prefix(4))", tally)
            },
            hasRates: !register.byYear.isEmpty,
            finishedTotal: register.byYear.isEmpty ? nil
                : VietnameseNumberFormat.integer(register.byYear.reduce(0) { $0 + $1.tally.finished }),
            ratesUnavailable: !register.isComplete,
            noLate: register.late.isEmpty,
            counting: counting(register))
    }

    /// How due dates were counted: the rules with their basis, and every declared day off or
    /// make-up day in the years the register reaches, with its notice and whether it was verified.
    private func counting(_ register: DossierRegister) -> ApologyListView.Counting {
        let site = context.site
        var years: Set<Int> = []
        for entry in register.entries {
            let dossier = entry.dossier
            let last = [dossier.returned, dossier.due, dossier.newDate, site.asOf].compactMap { $0 }.filter { $0 <= site.asOf }.max() ?? site.asOf
            for year in dossier.received.date.year...max(dossier.received.date.year, last.year) { years.insert(year) }
        }
        // Consecutive days of one declaration (Tết's nine days) make one row.
        var groups: [(first: HolidaySchedule.Day, last: CivilDate, makeUp: Bool)] = []
        for entry in site.calendar.declaredDays(in: years) {
            if let previous = groups.last, previous.makeUp == entry.makeUp, previous.first.name == entry.day.name,
               previous.first.basis == entry.day.basis, previous.last.adding(days: 1) == entry.day.date {
                groups[groups.count - 1].last = entry.day.date
            } else {
                groups.append((entry.day, entry.day.date, entry.makeUp))
            }
        }
        let days = groups.map { group in
            let first = group.first
            let weekday = first.date.vietnameseWeekday.prefix(1).uppercased() + first.date.vietnameseWeekday.dropFirst()
            let when = group.last == first.date ? "\(weekday) \(first.date.vietnameseShort)"
                : "\(first.date.vietnameseShort) – \(group.last.vietnameseShort)"
            return ApologyListView.Counting.Day(when: when, name: first.name, makeUp: group.makeUp, basis: first.basis,
                                                source: first.source, unverified: !first.verified)
        }
        let derived = years.subtracting(site.calendar.announcedYears).sorted()
        // The procedures of the register whose "1 ngày" is a same-day limit by their own text.
        let codes = Set(register.entries.map(\.dossier.procedureCode))
        let sameDay = site.catalog.all.filter { codes.contains($0.code) && $0.sameDayClause != nil && $0.limit == .sameDay
            && TimeLimit($0.timeLimit, unit: $0.timeLimitUnit) != .sameDay }
            .map { ApologyListView.Counting.SameDayProcedure(code: $0.code, name: $0.name, clause: $0.sameDayClause!.text) }
        let undetermined = register.entries.filter { $0.outcome == .undetermined }
        let undeterminedCodes = Set(undetermined.map(\.dossier.procedureCode)).sorted()
        return ApologyListView.Counting(
            days: days,
            cutOff: site.calendar.cutOff.map { cutOff in
                .init(time: "\(cutOff.minutes / 60) giờ" + (cutOff.minutes % 60 == 0 ? "" : " \(pad(cutOff.minutes % 60, 2)) phút"),
                      basis: cutOff.basis)
            },
            sameDayProcedures: sameDay,
            hasSameDayProcedures: !sameDay.isEmpty,
            undetermined: undetermined.count.nonZero,
            undeterminedProcedures: undeterminedCodes.isEmpty ? nil : undeterminedCodes.map { code in
                let procedure = site.catalog.all.first { $0.code == code }
                return procedure.map { "\($0.code) (thời hạn \"\($0.timeLimitText ?? $0.timeLimit ?? "chưa có")\")" } ?? code
            }.joined(separator: ", "),
            hasDays: !days.isEmpty,
            hasUnverified: days.contains(where: \.unverified),
            derivedYears: derived.isEmpty ? nil : derived.map(String.init).joined(separator: ", "))
    }

    private func tally(label: String, _ tally: DossierRegister.Tally) -> ApologyListView.Tally {
        .init(label: label, early: tally.early, onTime: tally.onTime, late: tally.late, finished: tally.finished,
              rate: VietnameseNumberFormat.percent(tally.inTime, of: tally.finished))
    }

    private func row(_ entry: DossierRegister.Entry) -> DossierRowView {
        let dossier = entry.dossier
        var late: (days: Int, open: Bool)?
        if case .late(let days, let open) = entry.outcome { late = (days, open) }
        return DossierRowView(
            code: dossier.code,
            procedureCode: dossier.procedureCode,
            received: DateView(dossier.received.date),
            procedureName: entry.procedureName,
            procedureURL: entry.procedureName == nil ? nil : context.url(CatalogRoutes.procedure(dossier.procedureCode)),
            applicant: dossier.publicName,
            consentReference: dossier.publicName == nil ? nil : dossier.consentReference,
            due: DateView(dossier.due),
            dueInRegister: DateView(dossier.dueInRegisterDiffering),
            newDate: DateView(dossier.newDate),
            returned: DateView(dossier.returned),
            reason: dossier.reason,
            lateUnit: dossier.lateUnit,
            daysLate: late?.days,
            open: late?.open,
            // Only a letter that is published: one no verified form covers is not (CK176).
            letterURL: published.contains(dossier.code) ? dossier.letterPath.map(context.url) : nil,
            afterCutOff: dossier.receivedAfterCutOff,
            lateLetter: dossier.apologyWasLate ? dossier.apologyDeadline.map {
                .init(deadline: $0.vietnameseShort, sent: dossier.apologyDate!.vietnameseShort)
            } : nil,
            noLetter: late != nil && dossier.apologyDate == nil,
            newDatePassed: late == nil ? nil : DateView(dossier.newDatePassed(asOf: context.site.asOf)))
    }

    private func letterView(_ entry: DossierRegister.Entry, date: CivilDate, regime: LetterRegime) -> ApologyLetterView {
        let dossier = entry.dossier
        let issuer = context.site.config.issuer(on: date)
        var row = row(entry)
        // "Lý do: …" is a sentence of the letter: it ends with a full stop.
        if let reason = dossier.reason, let last = reason.last, !".!?;:…".contains(last) { row.reason = reason + "." }
        return ApologyLetterView(row: row, details: .init(
            date: DateView(date),
            number: dossier.letterNumber,
            addressee: dossier.publicName ?? "có hồ sơ mã \(dossier.code)",
            procedureLabel: Self.procedureLabel(name: entry.procedureName, code: dossier.procedureCode),
            newTime: dossier.newDate.map { Self.returnTime(date: $0, minutes: dossier.newTime) },
            desk: regime.period.deskName(commune: issuer.commune),
            issuer: .init(commune: issuer.commune, agency: issuer.agency, superior: issuer.superior, place: issuer.place,
                          signerTitle: issuer.signerTitle, signerName: issuer.signerName),
            listURL: context.url(ApologyRoutes.list),
            regime: .init(formTitle: regime.formTitle, basis: regime.basisLine, id: regime.period.id, formNumber: regime.form.formNumber)))
    }

    /// "thủ tục đăng ký khai sinh": a name that already starts with "Thủ tục" is not given a
    /// second one, and its first letter is lowered inside the sentence unless it starts an
    /// abbreviation ("UBND", "HĐND").
    static func procedureLabel(name: String?, code: String) -> String {
        guard var name = name?.trimmingCharacters(in: .whitespaces), !name.isEmpty else { return "thủ tục mã \(code)" }
        if VietnameseFolding.key(name, separator: " ").hasPrefix("thu tuc ") {
            let words = name.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
            if words.count == 3 { name = String(words[2]) }
        }
        let characters = Array(name)
        if characters.count > 1, characters[0].isUppercase, !characters[1].isUppercase {
            name = characters[0].lowercased() + String(characters.dropFirst())
        }
        return "thủ tục \(name)"
    }

    /// "16 giờ 00 phút, ngày 28/07/2025", or the date alone when the register gives no time.
    static func returnTime(date: CivilDate, minutes: Int?) -> String {
        guard let minutes else { return "ngày \(date.vietnameseShort)" }
        return "\(pad(minutes / 60, 2)) giờ \(pad(minutes % 60, 2)) phút, ngày \(date.vietnameseShort)"
    }
}
