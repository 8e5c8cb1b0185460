import CongKhaiCore
import CongKhaiSite

/// The notice on sending feedback on administrative regulations, on screen and on A4, and as a
/// portal fragment. Every site has it: the law requires it whatever else the commune
/// publishes. Its facts are site.yaml's `feedback` block.
struct FeedbackFamily: PageFamily {
    let name = "feedback"
    let routeRoots = [String(FeedbackRoutes.notice.dropLast())]
    let templateRoutes = ["feedback": FeedbackRoutes.notice, "feedback_print": FeedbackRoutes.print]

    static let notice = PageTemplate<FeedbackLayout>("feedback")
    static let print = PageTemplate<FeedbackLayout>("feedback-print")

    /// What the notice lacks of what the law asks it to carry, for the scores that grade it.
    func load(_ context: FamilyLoadContext) -> FeedbackModel {
        FeedbackModel(gaps: FeedbackNoticeGaps.gaps(context.config.feedback))
    }

    func templates(for site: Site) -> [TemplateRequirement] {
        [Self.notice.requirement, Self.print.requirement] + (site.fragmentBaseURL == nil ? [] : [FeedbackFragment.template.requirement])
    }

    func outputs(_ context: FamilyContext) -> [RenderJob] { FeedbackRenderer(context: context.templates).jobs() }

    func homeCards(for site: Site) -> [HomeCard] {
        [HomeCard(title: "Phản ánh, kiến nghị", sitePath: FeedbackRoutes.notice,
                  description: "Nơi và cách gửi phản ánh, kiến nghị về quy định hành chính.", weight: 400)]
    }

    func portalFragments(_ context: FamilyContext, baseURL: BaseURL) -> PortalFragments {
        FeedbackFragment(context: context.templates, baseURL: baseURL).fragments()
    }
}

/// What the feedback family loads: the gaps of its notice (`FeedbackNoticeGaps`).
struct FeedbackModel: Sendable {
    let gaps: [String]
}
