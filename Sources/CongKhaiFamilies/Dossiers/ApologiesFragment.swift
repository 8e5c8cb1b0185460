import CongKhaiCore
import CongKhaiSite
import Templates

/// The late dossiers as a portal fragment: each with its procedure, dates, days late and a
/// link to its letter, counted to the build's date.
struct ApologiesFragment {
    let context: TemplateContext
    let baseURL: BaseURL

    static let template = FragmentTemplate<ApologiesFragmentView>("fragments/apologies")
    static let title = "Danh sách hồ sơ giải quyết trễ hạn và văn bản xin lỗi"

    /// None when there is no register to publish.
    func fragments() -> PortalFragments {
        guard !context.site.register.entries.isEmpty else { return .none }
        let fragment = PortalFragment(id: "xin-loi", title: Self.title, pageURL: baseURL.absolute(ApologyRoutes.list), dependency: .listings) {
            context.render(Self.template, view())
        }
        return PortalFragments(groups: [.init(title: "Hồ sơ trễ hạn và xin lỗi", order: 20, fragments: [fragment])])
    }

    func view() -> ApologiesFragmentView {
        let register = context.site.register
        // Only a letter that is published links: one no verified form covers is not (CK176).
        let published = Set(DossierRenderer.letters(context.site).map(\.entry.dossier.code))
        return ApologiesFragmentView(
            frame: FragmentFrame(title: Self.title, dated: context.site.asOf),
            noLate: register.late.isEmpty,
            late: register.late.map { entry in
                let dossier = entry.dossier
                var days = ""
                if case .late(let count, let open) = entry.outcome { days = "\(count) ngày làm việc" + (open ? " (chưa trả)" : "") }
                return .init(code: FragmentText.html(dossier.code),
                             procedure: FragmentText.html(entry.procedureName ?? dossier.procedureCode),
                             received: FragmentText.html(dossier.received.date.vietnameseShort),
                             due: FragmentText.html(dossier.due?.vietnameseShort ?? ""),
                             days: FragmentText.html(days),
                             letterURL: published.contains(dossier.code) ? dossier.letterPath.map(baseURL.absolute) : nil)
            },
            pageURL: baseURL.absolute(ApologyRoutes.list))
    }
}

/// The `fragments/apologies` template. Texts are HTML.
struct ApologiesFragmentView: TemplateView {
    struct Dossier: TemplateView {
        let code, procedure, received, due, days: String
        let letterURL: String?

        static let templateFields: TemplateFields<Self> = [
            .field("code", \.code),
            .field("procedure", \.procedure),
            .field("received", \.received),
            .field("due", \.due),
            .field("days", \.days),
            .field("letter_url", \.letterURL),
        ]
    }

    let frame: FragmentFrame
    let noLate: Bool
    let late: [Dossier]
    let pageURL: String

    static let templateFields: TemplateFields<Self> = [
        .merge(\.frame),
        .field("no_late", \.noLate),
        .field("late", \.late),
        .field("page_url", \.pageURL),
    ]
}
