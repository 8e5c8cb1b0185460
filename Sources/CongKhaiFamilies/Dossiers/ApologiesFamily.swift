import CongKhaiCore
import CongKhaiMarkdown
import CongKhaiSite
import Templates

/// `/xin-loi/`: late dossiers, on-time rates and one apology letter per late dossier, in the
/// form of the legal regime of the letter's date. Citizens' names never leave the register:
/// the pages show dossier codes (see `PersonalData`).
struct ApologiesFamily: PageFamily {
    let name = "apologies"
    let routeRoots = [String(ApologyRoutes.list.dropLast())]
    let templateRoutes = ["apologies": ApologyRoutes.list]
    /// Both exports of the one-stop software (all dossiers, or the late ones only): citizens'
    /// records, whose personal columns are never read and which no template sees.
    let inputs = DossierReader.tableNames.map { name in
        FamilyInput.table(name, columns: DossierColumns.specs, codes: [DossierColumns.procedure])
            .citizenRecords(.init(isPersonal: DossierColumns.looksPersonal, strip: DossierColumns.strippingPersonalData))
    }
    /// Due dates count from the procedures' time limits.
    let needs: [any PageFamily.Type] = [CatalogFamily.self]
    var diagnosticCodes: [DiagnosticCode] { DossiersDiagnostics.codes }
    let templateFlags = [TemplateFlag(name: "has_register") { !$0.register.entries.isEmpty }]

    func load(_ context: FamilyLoadContext) -> DossierRegister {
        let register = RegisterLoader.load(siteData: context.data, catalog: context[CatalogFamily.self].catalog, calendar: context.calendar,
                                           asOf: context.asOf, diagnostics: context.diagnostics)
        LetterChecks.check(register, regimes: context.regimes, config: context.config, diagnostics: context.diagnostics)
        return register
    }

    static let list = PageTemplate<ApologyListView>("apology-list")

    /// A letter's layout is its regime's form (`apology-2018`, `apology-2025`).
    static func letter(_ regime: LetterRegime) -> PageTemplate<ApologyLetterLayout> { PageTemplate(regime.template) }

    func templates(for site: Site) -> [TemplateRequirement] {
        guard !site.register.entries.isEmpty else { return [] }
        let letters = Set(DossierRenderer.letters(site).map(\.regime.template)).sorted().map {
            PageTemplate<ApologyLetterLayout>($0).requirement
        }
        return [Self.list.requirement] + letters + (site.fragmentBaseURL == nil ? [] : [ApologiesFragment.template.requirement])
    }

    func portalFragments(_ context: FamilyContext, baseURL: BaseURL) -> PortalFragments {
        ApologiesFragment(context: context.templates, baseURL: baseURL).fragments()
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
            let path = letterPaths[dossier.code] ?? ApologyRoutes.list
            notes[path, default: []] += findings.map(\.message)
        }
        return notes
    }

    func homeCards(for site: Site) -> [HomeCard] {
        site.register.entries.isEmpty ? [] : [
            HomeCard(title: "Hồ sơ trễ hạn và xin lỗi", sitePath: ApologyRoutes.list,
                     description: "Danh sách hồ sơ giải quyết trễ hạn, văn bản xin lỗi và tỉ lệ đúng hạn.", weight: 500),
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

extension Site {
    /// The dossier register classified on the as-of date (empty when the site has none).
    public var register: DossierRegister { self[ApologiesFamily.self] }
}
