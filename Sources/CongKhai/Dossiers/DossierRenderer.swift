import Foundation

/// Jobs for `/xin-loi/` (late dossiers and on-time rates) and one apology letter per
/// dossier that has an apology date.
struct DossierRenderer {
    let context: TemplateContext

    func jobs() -> [RenderJob] {
        let site = context.site
        let register = site.register
        guard !register.entries.isEmpty else { return [] }
        var jobs: [RenderJob] = [.html(Routes.apologies) {
            site.theme.render(context.page(title: "Xin lỗi vì trễ hạn giải quyết hồ sơ", sitePath: Routes.apologies,
                                           description: "Danh sách hồ sơ trễ hạn và tỉ lệ giải quyết đúng hạn của \(site.config.agency.name)",
                                           extra: listValues(register)), template: "apology-list")
        }]
        for letter in Self.letters(site) {
            jobs.append(.html(letter.path) {
                site.theme.render(context.page(title: "Xin lỗi: hồ sơ \(letter.entry.dossier.code)", sitePath: letter.path,
                                               extra: ["letter": letterValues(letter.entry, date: letter.date, regime: letter.regime)]),
                                  template: letter.regime.template)
            })
        }
        return jobs
    }

    /// The letters published: each late dossier with a letter, on the date it was signed, in
    /// the form of the regime in force that day. The family's layouts come from the same list.
    static func letters(_ site: Site) -> [(entry: DossierRegister.Entry, path: String, date: CivilDate, regime: LegalRegime)] {
        site.register.late.compactMap { entry in
            guard let path = entry.dossier.letterPath, let date = entry.dossier.apologyDate,
                  let regime = site.regimes.regime(on: date) else { return nil }
            return (entry, path, date, regime)
        }
    }

    private func listValues(_ register: DossierRegister) -> [String: Any] {
        var values: [String: Any] = [
            "late": register.late.map(rowValues),
            "late_count": register.late.count,
            "years": register.byYear.map { tallyValues(label: "Năm \($0.year)", $0.tally) },
            "months": register.byMonth.map { month, tally in
                tallyValues(label: "\(month.suffix(2))/\(month.prefix(4))", tally)
            },
        ]
        if !register.byYear.isEmpty {
            values["has_rates"] = true
            values["finished_total"] = VietnameseNumberFormat.integer(register.byYear.reduce(0) { $0 + $1.tally.finished })
        }
        if !register.isComplete { values["rates_unavailable"] = true }
        if register.late.isEmpty { values["no_late"] = true }
        values["counting"] = countingValues(register)
        return values
    }

    /// How due dates were counted: the rules with their basis, and every declared day off or
    /// make-up day in the years the register reaches, with its notice and whether it was verified.
    private func countingValues(_ register: DossierRegister) -> [String: Any] {
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
        let days = groups.map { group -> [String: Any] in
            let first = group.first
            let weekday = first.date.vietnameseWeekday.prefix(1).uppercased() + first.date.vietnameseWeekday.dropFirst()
            let when = group.last == first.date ? "\(weekday) \(first.date.vietnameseShort)"
                : "\(first.date.vietnameseShort) – \(group.last.vietnameseShort)"
            var values: [String: Any] = ["when": when, "name": first.name, "make_up": group.makeUp]
            values["basis"] = first.basis
            values["source"] = first.source
            if !first.verified { values["unverified"] = true }
            return values
        }
        var values: [String: Any] = ["days": days]
        if let cutOff = site.calendar.cutOff {
            values["cut_off"] = ["time": "\(cutOff.minutes / 60) giờ" + (cutOff.minutes % 60 == 0 ? "" : " \(pad(cutOff.minutes % 60, 2)) phút"),
                                 "basis": cutOff.basis]
        }
        if !days.isEmpty { values["has_days"] = true }
        if days.contains(where: { $0["unverified"] != nil }) { values["has_unverified"] = true }
        let derived = years.subtracting(site.calendar.announcedYears).sorted()
        if !derived.isEmpty { values["derived_years"] = derived.map(String.init).joined(separator: ", ") }
        return values
    }

    private func tallyValues(label: String, _ tally: DossierRegister.Tally) -> [String: Any] {
        var values: [String: Any] = [
            "label": label, "early": tally.early, "on_time": tally.onTime, "late": tally.late, "finished": tally.finished,
        ]
        values["rate"] = VietnameseNumberFormat.percent(tally.inTime, of: tally.finished)
        return values
    }

    private func rowValues(_ entry: DossierRegister.Entry) -> [String: Any] {
        let dossier = entry.dossier
        var values: [String: Any] = [
            "code": dossier.code,
            "procedure_code": dossier.procedureCode,
            "received": TemplateContext.date(dossier.received.date) as Any,
        ]
        values["procedure_name"] = entry.procedureName
        if entry.procedureName != nil { values["procedure_url"] = context.url(Routes.procedure(dossier.procedureCode)) }
        values["applicant"] = dossier.publicName
        values["due"] = TemplateContext.date(dossier.due)
        if let given = dossier.dueGiven, let computed = dossier.dueComputed, given != computed {
            values["due_computed"] = TemplateContext.date(computed)
        }
        values["new_date"] = TemplateContext.date(dossier.newDate)
        values["returned"] = TemplateContext.date(dossier.returned)
        values["reason"] = dossier.reason
        values["late_unit"] = dossier.lateUnit
        if case .late(let days, let open) = entry.outcome {
            values["days_late"] = days
            values["open"] = open
        }
        if let path = dossier.letterPath { values["letter_url"] = context.url(path) }
        if dossier.receivedAfterCutOff { values["after_cut_off"] = true }
        if dossier.apologyWasLate, let deadline = dossier.apologyDeadline {
            values["late_letter"] = ["deadline": deadline.vietnameseShort, "sent": dossier.apologyDate!.vietnameseShort]
        }
        return values
    }

    private func letterValues(_ entry: DossierRegister.Entry, date: CivilDate, regime: LegalRegime) -> [String: Any] {
        let dossier = entry.dossier
        var values = rowValues(entry)
        values["date"] = TemplateContext.date(date)
        values["number"] = dossier.letterNumber
        values["addressee"] = dossier.publicName ?? "có hồ sơ mã \(dossier.code)"
        values["procedure_label"] = Self.procedureLabel(name: entry.procedureName, code: dossier.procedureCode)
        values["new_time"] = dossier.newDate.map { Self.returnTime(date: $0, minutes: dossier.newTime) }
        values["desk"] = regime.deskName(commune: context.site.config.commune)
        // "Lý do: …" is a sentence of the letter: it ends with a full stop.
        if let reason = dossier.reason, let last = reason.last, !".!?;:…".contains(last) { values["reason"] = reason + "." }
        values["list_url"] = context.url(Routes.apologies)
        var regimeValues: [String: Any] = ["form_title": regime.formTitle, "basis": regime.letterBasis, "id": regime.id]
        regimeValues["form_number"] = regime.formNumber
        if !regime.verified { regimeValues["caveat"] = regime.caveat ?? "Mẫu văn bản chưa được đối chiếu với văn bản gốc." }
        values["regime"] = regimeValues
        return values
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
