import Foundation

/// Jobs for the Markdown pages, the notices, the notice list, the home page and the 404 page.
struct PageRenderer {
    let context: TemplateContext
    let markdown: MarkdownRenderer

    static let latestNoticesOnHome = 5

    /// The pages, the home page (with every family's cards) and the 404 page.
    func pageJobs(homeCards: [HomeCard]) -> [RenderJob] {
        let site = context.site
        var jobs = site.pages.map { page in RenderJob.html(page.sitePath) { render(page) } }
        jobs.append(.html(Routes.home) { renderHome(homeCards) })
        jobs.append(RenderJob(path: Routes.notFound) {
            Data(site.theme.render(context.page(title: "Không tìm thấy trang", sitePath: Routes.notFound), template: "404").utf8)
        })
        return jobs
    }

    /// Each notice and, when there is one, their list.
    func noticeJobs() -> [RenderJob] {
        let site = context.site
        var jobs = site.notices.map { notice in RenderJob.html(notice.sitePath) { render(notice) } }
        if !site.notices.isEmpty {
            jobs.append(.html(Routes.notices) {
                site.theme.render(context.page(title: "Thông báo", sitePath: Routes.notices,
                                               extra: ["notices": site.notices.map(summary)]),
                                  template: "notice-list")
            })
        }
        return jobs
    }

    private func render(_ page: Page) -> String {
        // Sizes were checked at load time, so rendering cannot fail here.
        let html = (try? markdown.render(page.markdown)) ?? ""
        var values: [String: Any] = ["content": html, "formal": page.formal]
        values["date"] = TemplateContext.date(page.date)
        values["number"] = page.number
        values["is_notice"] = page.kind == .notice
        return context.site.theme.render(
            context.page(title: page.title, sitePath: page.sitePath, description: page.description, pageValues: values),
            template: page.layout)
    }

    func summary(_ page: Page) -> [String: Any] {
        var values: [String: Any] = ["title": page.title, "url": context.url(page.sitePath)]
        values["date"] = TemplateContext.date(page.date)
        values["description"] = page.description
        values["number"] = page.number
        return values
    }

    private func renderHome(_ cards: [HomeCard]) -> String {
        let site = context.site
        let sections = cards.map { card -> [String: Any] in
            var values: [String: Any] = ["title": card.title, "url": context.url(card.sitePath)]
            values["description"] = card.description
            return values
        }
        let latest = site.notices.prefix(Self.latestNoticesOnHome).map(summary)
        var extra: [String: Any] = ["sections": sections]
        if !latest.isEmpty {
            extra["latest_notices"] = Array(latest)
            extra["has_latest_notices"] = true
        }
        return site.theme.render(context.page(title: site.config.title, sitePath: Routes.home, extra: extra), template: "home")
    }
}
