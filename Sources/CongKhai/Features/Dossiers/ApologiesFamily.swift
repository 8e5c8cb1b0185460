/// `/xin-loi/`: late dossiers, on-time rates and one apology letter per late dossier, in the
/// form of the legal regime of the letter's date. Citizens' names never leave the register:
/// the pages show dossier codes (see `PersonalData`).
struct ApologiesFamily: PageFamily {
    let name = "apologies"
    let routeRoots = [String(Routes.apologies.dropLast())]

    func layouts(for site: Site) -> [String] {
        guard !site.register.entries.isEmpty else { return [] }
        return ["apology-list"] + Set(DossierRenderer.letters(site).map(\.regime.template)).sorted()
    }

    func outputs(_ context: FamilyContext) -> [RenderJob] { DossierRenderer(context: context.templates).jobs() }

    /// Dates on days off, shown to the webmaster above the letter (or the list, for a dossier
    /// without a letter): `check` reports them as CK082.
    func internalNotes(for site: Site) -> [String: [String]] {
        var notes: [String: [String]] = [:]
        let letterPaths = Dictionary(DossierRenderer.letters(site).map { ($0.entry.dossier.code, $0.path) }, uniquingKeysWith: { first, _ in first })
        for entry in site.register.entries {
            let dossier = entry.dossier
            let findings = DossierDayOffCheck.findings(code: dossier.code, apologyDate: dossier.apologyDate, newDate: dossier.newDate,
                                                       dueGiven: dossier.dueGiven, returned: dossier.returned,
                                                       calendar: site.calendar)
            guard !findings.isEmpty else { continue }
            let path = letterPaths[dossier.code] ?? Routes.apologies
            notes[path, default: []] += findings.map(\.message)
        }
        return notes
    }

    func homeCards(for site: Site) -> [HomeCard] {
        site.register.entries.isEmpty ? [] : [
            HomeCard(title: "Hồ sơ trễ hạn và xin lỗi", sitePath: Routes.apologies,
                     description: "Danh sách hồ sơ giải quyết trễ hạn, văn bản xin lỗi và tỉ lệ đúng hạn.", order: .apologies),
        ]
    }

    /// Each published letter, dated the day it was signed.
    func feedEntries(for site: Site, markdown: MarkdownRenderer) -> [FeedWriter.Entry] {
        // Only the letters that are published (a letter no verified form covers is not).
        DossierRenderer.letters(site).map { letter in
            let (entry, path, date) = (letter.entry, letter.path, letter.date)
            let dossier = entry.dossier
            let procedure = entry.procedureName ?? dossier.procedureCode
            let newDate = dossier.newDate.map { " Hẹn trả kết quả ngày \($0.vietnameseShort)." } ?? ""
            let summary = "Hồ sơ \(dossier.code) (\(procedure)) trễ hạn\(dossier.reason.map { ": \($0)" } ?? ".")\(newDate)"
            return FeedWriter.Entry(title: "Xin lỗi vì trễ hạn hồ sơ \(dossier.code)", sitePath: path, date: date,
                                    summary: summary, html: "<p>\(HTMLEscape.text(summary))</p>")
        }
    }
}
