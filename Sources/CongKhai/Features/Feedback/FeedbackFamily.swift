/// The notice on sending feedback on administrative regulations, on screen and on A4. Every
/// site has it: the law requires it whatever else the commune publishes.
struct FeedbackFamily: PageFamily {
    let name = "feedback"
    let routeRoots = [String(Routes.feedback.dropLast())]

    static let notice = PageTemplate<FeedbackLayout>("feedback")
    static let print = PageTemplate<FeedbackLayout>("feedback-print")

    func templates(for site: Site) -> [TemplateRequirement] {
        [Self.notice.requirement, Self.print.requirement] + (site.fragmentBaseURL == nil ? [] : [FeedbackFragment.template.requirement])
    }

    func portalFragments(_ context: FamilyContext, baseURL: BaseURL) -> PortalFragments {
        FeedbackFragment(context: context.templates, baseURL: baseURL).fragments()
    }

    func outputs(_ context: FamilyContext) -> [RenderJob] { FeedbackRenderer(context: context.templates).jobs() }

    func homeCards(for site: Site) -> [HomeCard] {
        [HomeCard(title: "Phản ánh, kiến nghị", sitePath: Routes.feedback,
                  description: "Nơi và cách gửi phản ánh, kiến nghị về quy định hành chính.", order: .feedback)]
    }
}
