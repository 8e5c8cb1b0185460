import CongKhaiMarkdown
import CongKhaiSite
import Templates

/// The notices (`Content/notices/`), their list, and their entries in the feed.
struct NoticesFamily: PageFamily {
    let name = "notices"
    let routeRoots = [String(NoticeRoutes.list.dropLast())]
    let inputs = [FamilyInput.folder(PageReader.folder(for: .notice)).reaching(.sitePages)]
    let templateRoutes = ["notices": NoticeRoutes.list]

    static let list = PageTemplate<NoticeListView>("notice-list")

    /// Newest first.
    func load(_ context: FamilyLoadContext) -> [Page] {
        let notices = PageReader.readAll(kind: .notice, contentDirectory: context.contentDirectory, contacts: context.config.publicContacts,
                                         diagnostics: context.diagnostics)
            .sorted { ($0.date ?? context.asOf, $0.slug) > ($1.date ?? context.asOf, $1.slug) }
        PagesFamily.checkLayouts(of: notices, context)
        PagesFamily.checkOutputPaths(notices, context)
        return notices
    }

    func templates(for site: Site) -> [TemplateRequirement] {
        site.notices.isEmpty ? [] : [Self.list.requirement] + PagesFamily.ownLayouts(of: site.notices)
    }

    func outputs(_ context: FamilyContext) -> [RenderJob] {
        PageRenderer(context: context.templates, markdown: context.markdown).noticeJobs()
    }

    func menuEntries(for site: Site) -> [MenuEntry] {
        site.notices.isEmpty ? [] : [MenuEntry(title: "Thông báo", sitePath: NoticeRoutes.list, weight: 300)]
    }

    func homeCards(for site: Site) -> [HomeCard] {
        site.notices.isEmpty ? [] : [HomeCard(title: "Thông báo", sitePath: NoticeRoutes.list,
                                              description: "Tất cả thông báo của \(site.config.agency.name).", weight: 800)]
    }

    func feedEntries(for site: Site, markdown: MarkdownRenderer) -> [FeedWriter.Entry] {
        site.notices.map { notice in
            FeedWriter.Entry(title: notice.title, sitePath: notice.sitePath, date: notice.date ?? site.asOf,
                             summary: notice.description, html: (try? markdown.render(notice.markdown)) ?? "")
        }
    }
}

extension Site {
    /// The notices, newest first.
    public var notices: [Page] { self[NoticesFamily.self] }
}
