@testable import CongKhai
@testable import CongKhaiCore
@testable import CongKhaiEncoding
@testable import CongKhaiFamilies
@testable import CongKhaiInput
@testable import CongKhaiMarkdown
@testable import CongKhaiSite
import Templates
import CongKhaiTestSupport

/// "Lịch tiếp công dân": when and where the commune's leaders receive citizens, from
/// `data/lich-tiep-cong-dan.csv`, on `/lich-tiep-cong-dan/` with a menu entry and a home card.
///
/// The acceptance test of the family shape (issue 25): a family written in its own folder,
/// with its template beside the test fixtures and one registration line
/// (`FamilyRegistry.standard.adding(ReceptionFamily())` in its tests), touching nothing else.
struct ReceptionFamily: PageFamily {
    let name = "reception"
    let routeRoots = [String(ReceptionSchedule.route.dropLast())]
    let templateRoutes = ["reception": ReceptionSchedule.route]
    /// Read by this family alone: its page shows it, no template needs it as `data`.
    let inputs = [FamilyInput.table(ReceptionSchedule.tableName, columns: ReceptionSchedule.columns).keptFromTemplates()]
    let diagnosticCodes = [DiagnosticCode.receptionRowInvalid]
    let templateFlags = [TemplateFlag(name: "has_reception") { !$0[ReceptionFamily.self].sessions.isEmpty }]

    static let page = PageTemplate<ReceptionView>("lich-tiep-cong-dan")

    func load(_ context: FamilyLoadContext) -> ReceptionSchedule {
        ReceptionSchedule.read(context.data, diagnostics: context.diagnostics)
    }

    func templates(for site: Site) -> [TemplateRequirement] {
        site[Self.self].sessions.isEmpty ? [] : [Self.page.requirement]
    }

    func outputs(_ context: FamilyContext) -> [RenderJob] {
        let schedule = context.site[Self.self]
        guard !schedule.sessions.isEmpty else { return [] }
        return [.html(ReceptionSchedule.route) {
            context.templates.render(Self.page, title: "Lịch tiếp công dân", sitePath: ReceptionSchedule.route,
                                     description: "Lịch tiếp công dân của \(context.site.config.agency.name)",
                                     layout: ReceptionView(schedule, asOf: context.site.asOf))
        }]
    }

    /// Between the catalog (200) and the notices (300).
    func menuEntries(for site: Site) -> [MenuEntry] {
        site[Self.self].sessions.isEmpty ? [] : [MenuEntry(title: "Lịch tiếp công dân", sitePath: ReceptionSchedule.route, weight: 250)]
    }

    /// After the feedback notice (400): another way to be heard.
    func homeCards(for site: Site) -> [HomeCard] {
        let upcoming = site[Self.self].upcoming(asOf: site.asOf)
        guard let next = upcoming.first else { return [] }
        return [HomeCard(title: "Lịch tiếp công dân", sitePath: ReceptionSchedule.route,
                         description: "Buổi tiếp tiếp theo: \(next.date.vietnameseShort), \(next.time), \(next.place).", weight: 450)]
    }
}

extension DiagnosticCode {
    /// The reception family's range: CK220–CK229.
    static let receptionRowInvalid = DiagnosticCode("CK220", "Lịch tiếp công dân có hàng sai (ngày, giờ, người tiếp, địa điểm)")
}
