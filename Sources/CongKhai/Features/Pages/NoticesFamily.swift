/// The notices (`Content/notices/`), their list, and their entries in the feed.
struct NoticesFamily: PageFamily {
    let name = "notices"
    let routeRoots = [String(Routes.notices.dropLast())]

    /// A notice's own layout is checked where it is read (CK025).
    static let list = PageTemplate<NoticeListView>("notice-list")

    func templates(for site: Site) -> [TemplateRequirement] {
        site.notices.isEmpty ? [] : [Self.list.requirement] + PagesFamily.ownLayouts(of: site.notices)
    }

    func outputs(_ context: FamilyContext) -> [RenderJob] {
        PageRenderer(context: context.templates, markdown: context.markdown).noticeJobs()
    }

    func menuEntries(for site: Site) -> [MenuEntry] {
        site.notices.isEmpty ? [] : [MenuEntry(title: "Thông báo", sitePath: Routes.notices, order: .notices)]
    }

    func homeCards(for site: Site) -> [HomeCard] {
        site.notices.isEmpty ? [] : [HomeCard(title: "Thông báo", sitePath: Routes.notices,
                                              description: "Tất cả thông báo của \(site.config.agency.name).", order: .notices)]
    }

    func feedEntries(for site: Site, markdown: MarkdownRenderer) -> [FeedWriter.Entry] {
        site.notices.map { notice in
            FeedWriter.Entry(title: notice.title, sitePath: notice.sitePath, date: notice.date ?? site.asOf,
                             summary: notice.description, html: (try? markdown.render(notice.markdown)) ?? "")
        }
    }
}
