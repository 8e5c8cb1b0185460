import CongKhaiSite
import Templates

/// The `home` layout: a card per page family, and the latest notices.
struct HomeView: Sendable {
    struct Section: Sendable {
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
struct NoticeListView: Sendable {
    let notices: [NoticeSummary]
}

/// A notice as the list and the home page show it.
struct NoticeSummary: Sendable {
    let title: String
    let url: String
    let date: DateView?
    let description: String?
    let number: String?
}

// MARK: - Template fields

extension HomeView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("sections", \.sections),
        .field("latest_notices", \.latestNotices),
        .field("has_latest_notices", \.hasLatestNotices),
    ]
}

extension HomeView.Section: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("title", \.title),
        .field("url", \.url),
        .field("description", \.description),
    ]
}

extension NoticeListView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("notices", \.notices),
    ]
}

extension NoticeSummary: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("title", \.title),
        .field("url", \.url),
        .field("date", \.date),
        .field("description", \.description),
        .field("number", \.number),
    ]
}
