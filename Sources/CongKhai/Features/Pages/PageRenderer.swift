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
                                               layout: NoticeListView(notices: site.notices.map(summary))),
                                  template: "notice-list")
            })
        }
        return jobs
    }

    private func render(_ page: Page) -> String {
        // Sizes were checked at load time, so rendering cannot fail here.
        let html = (try? markdown.render(page.markdown)) ?? ""
        let own = PageInfo.Own(content: html, formal: page.formal, date: page.date, number: page.number,
                               isNotice: page.kind == .notice)
        return context.site.theme.render(
            context.page(title: page.title, sitePath: page.sitePath, description: page.description, own: own),
            template: page.layout)
    }

    func summary(_ page: Page) -> NoticeSummary {
        NoticeSummary(title: page.title, url: context.url(page.sitePath), date: DateView(page.date),
                      description: page.description, number: page.number)
    }

    private func renderHome(_ cards: [HomeCard]) -> String {
        let site = context.site
        let sections = cards.map { card in
            HomeView.Section(title: card.title, url: context.url(card.sitePath), description: card.description)
        }
        let latest = site.notices.prefix(Self.latestNoticesOnHome).map(summary)
        let home = HomeView(sections: sections, latestNotices: Array(latest))
        return site.theme.render(context.page(title: site.config.title, sitePath: Routes.home, layout: home), template: "home")
    }
}

/// The `home` layout: a card per page family, and the latest notices.
struct HomeView: Encodable, Sendable {
    struct Section: Encodable, Sendable {
        let title: String
        let url: String
        let description: String?
    }

    let sections: [Section]
    let latestNotices: [NoticeSummary]?
    let hasLatestNotices: Bool

    init(sections: [Section], latestNotices: [NoticeSummary]) {
        self.sections = sections
        self.latestNotices = latestNotices.isEmpty ? nil : latestNotices
        hasLatestNotices = !latestNotices.isEmpty
    }
}

/// The `notice-list` layout.
struct NoticeListView: Encodable, Sendable {
    let notices: [NoticeSummary]
}

/// A notice as the list and the home page show it.
struct NoticeSummary: Encodable, Sendable {
    let title: String
    let url: String
    let date: DateView?
    let description: String?
    let number: String?
}
