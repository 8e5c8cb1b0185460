import CongKhaiMarkdown
import CongKhaiSite
import Foundation
import Templates

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
            context.render(PagesFamily.notFound, title: "Không tìm thấy trang", sitePath: Routes.notFound)
        })
        return jobs
    }

    /// Each notice and, when there is one, their list.
    func noticeJobs() -> [RenderJob] {
        let site = context.site
        var jobs = site.notices.map { notice in RenderJob.html(notice.sitePath) { render(notice) } }
        if !site.notices.isEmpty {
            jobs.append(.html(NoticeRoutes.list) {
                context.render(NoticesFamily.list, title: "Thông báo", sitePath: NoticeRoutes.list,
                               layout: NoticeListView(notices: site.notices.map(summary)))
            })
        }
        return jobs
    }

    private func render(_ page: Page) -> Data {
        // Sizes were checked at load time, so rendering cannot fail here.
        let html = (try? markdown.render(page.markdown)) ?? ""
        let own = PageInfo.Own(content: html, formal: page.formal, date: page.date, number: page.number,
                               isNotice: page.kind == .notice)
        return context.render(PageTemplate(page.layout), title: page.title, sitePath: page.sitePath,
                              description: page.description, own: own)
    }

    func summary(_ page: Page) -> NoticeSummary {
        NoticeSummary(title: page.title, url: context.url(page.sitePath), date: DateView(page.date),
                      description: page.description, number: page.number)
    }

    private func renderHome(_ cards: [HomeCard]) -> Data {
        let site = context.site
        let sections = cards.map { card in
            HomeView.Section(title: card.title, url: context.url(card.sitePath), description: card.description)
        }
        let latest = site.notices.prefix(Self.latestNoticesOnHome).map(summary)
        let home = HomeView(sections: sections, latestNotices: Array(latest))
        return context.render(PagesFamily.home, title: site.config.title, sitePath: Routes.home, layout: home)
    }
}
