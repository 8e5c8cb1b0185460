/// The notice on sending feedback on administrative regulations, on screen and on A4. Every
/// site has it: the law requires it whatever else the commune publishes.
struct FeedbackFamily: PageFamily {
    let name = "feedback"
    let routeRoots = [String(Routes.feedback.dropLast())]

    func layouts(for site: Site) -> [String] { ["feedback", "feedback-print"] }

    func outputs(_ context: FamilyContext) -> [RenderJob] { FeedbackRenderer(context: context.templates).jobs() }

    func homeCards(for site: Site) -> [HomeCard] {
        [HomeCard(title: "Phản ánh, kiến nghị", sitePath: Routes.feedback,
                  description: "Nơi và cách gửi phản ánh, kiến nghị về quy định hành chính.", order: .feedback)]
    }
}
