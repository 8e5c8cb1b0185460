import Foundation

/// Jobs for the Markdown pages, the notices, the notice list, the home page and the 404 page.
struct PageRenderer {
    let context: TemplateContext
    let markdown: MarkdownRenderer

    static let latestNoticesOnHome = 5

    func jobs() -> [RenderJob] {
        let site = context.site
        var jobs: [RenderJob] = []
        for page in site.pages + site.notices {
            jobs.append(.html(page.sitePath) { render(page) })
        }
        if !site.notices.isEmpty {
            jobs.append(.html("thong-bao/") {
                site.theme.render(context.page(title: "Thông báo", sitePath: "thong-bao/",
                                               extra: ["notices": site.notices.map(summary)]),
                                  template: "notice-list")
            })
        }
        jobs.append(.html("") { renderHome() })
        jobs.append(RenderJob(path: "404.html") {
            Data(site.theme.render(context.page(title: "Không tìm thấy trang", sitePath: "404.html"), template: "404").utf8)
        })
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

    private func renderHome() -> String {
        let site = context.site
        var sections: [[String: Any]] = site.pages.sorted { ($0.menuWeight ?? .max, $0.slug) < ($1.menuWeight ?? .max, $1.slug) }
            .map { page in
                var values: [String: Any] = ["title": page.title, "url": context.url(page.sitePath)]
                values["description"] = page.description
                return values
            }
        if !site.catalog.isEmpty {
            sections.insert([
                "title": "Thủ tục hành chính",
                "url": context.url("thu-tuc-hanh-chinh/"),
                "description": "\(site.catalog.inForce.count) thủ tục đang áp dụng, kèm mã QR, thời hạn và phí.",
            ], at: 0)
            sections.insert([
                "title": "Niêm yết tại \(context.site.deskName)",
                "url": context.url("niem-yet/"),
                "description": "Bản in khổ A4 có mã QR để dán tại quầy.",
            ], at: 1)
        }
        sections.append(["title": "Phản ánh, kiến nghị", "url": context.url("phan-anh-kien-nghi/"),
                         "description": "Nơi và cách gửi phản ánh, kiến nghị về quy định hành chính."])
        if !site.register.entries.isEmpty {
            sections.append(["title": "Hồ sơ trễ hạn và xin lỗi", "url": context.url("xin-loi/"),
                             "description": "Danh sách hồ sơ giải quyết trễ hạn, văn bản xin lỗi và tỉ lệ đúng hạn."])
        }
        if let latest = site.scores.map(\.sheet.year).max() {
            sections.append(["title": "Bộ phận Một cửa kiểu mẫu năm \(latest)", "url": context.url("mot-cua-kieu-mau/\(latest)/"),
                             "description": "Kết quả chấm điểm theo bộ tiêu chí của tỉnh."])
        }
        if !site.statistics.isEmpty {
            sections.append(["title": "Số liệu thống kê", "url": context.url("thong-ke/"),
                             "description": "Mức độ hài lòng, hồ sơ trực tuyến, dữ liệu số hóa và tỷ lệ đúng hạn, có biểu đồ."])
        }
        if !site.notices.isEmpty {
            sections.append(["title": "Thông báo", "url": context.url("thong-bao/"),
                             "description": "Tất cả thông báo của \(site.config.agency.name)."])
        }
        let latest = site.notices.prefix(Self.latestNoticesOnHome).map(summary)
        var extra: [String: Any] = ["sections": sections]
        if !latest.isEmpty {
            extra["latest_notices"] = Array(latest)
            extra["has_latest_notices"] = true
        }
        return site.theme.render(context.page(title: site.config.title, sitePath: "", extra: extra), template: "home")
    }
}
