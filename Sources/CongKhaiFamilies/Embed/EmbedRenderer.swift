import CongKhaiInput
import CongKhaiSite
import Foundation

/// `/nhung/`: the fragments every family offers for the province portal's articles, each as a
/// file of its own (`/nhung/doan/<id>.htm`) and on a page with its code to copy and a preview,
/// and the PNG images they show.
///
/// Fragments need absolute addresses (they are read on the portal's host), so there are none
/// without `base_url`.
struct EmbedRenderer {
    let context: TemplateContext
    /// What each family offers, in the families' order.
    let offers: [PortalFragments]

    static let template = PageTemplate<EmbedsView>("embeds")

    func jobs() -> [RenderJob] {
        let groups = offers.flatMap(\.groups).enumerated().sorted { ($0.element.order, $0.offset) < ($1.element.order, $1.offset) }
            .map(\.element)
        let pages = offers.flatMap(\.pages)
        var jobs = offers.flatMap(\.images)
        for fragment in groups.flatMap(\.fragments) + pages.flatMap(\.fragments) {
            jobs.append(file(fragment))
        }
        // The fragments' pages are tools for the webmaster, not pages for search engines.
        jobs.append(.html(FragmentRoutes.root, inSitemap: false) {
            let fields = pages.map { page in
                EmbedsView.Field(title: page.title, count: page.fragments.count, url: context.url(page.sitePath))
            }
            return context.render(Self.template, title: "Nội dung nhúng vào Cổng thông tin của tỉnh", sitePath: FragmentRoutes.root,
                                  description: "Đoạn HTML để dán vào bài viết trên cổng thông tin điện tử của tỉnh",
                                  layout: EmbedsView(groups: groups.map { view($0.title, $0.fragments) }, fields: fields))
        })
        for page in pages {
            jobs.append(.html(page.sitePath, dependency: page.dependency, inSitemap: false) {
                context.render(Self.template, title: "Nội dung nhúng: \(page.title)", sitePath: page.sitePath,
                               layout: EmbedsView(groups: [view("Từng thủ tục", page.fragments)], backURL: context.url(FragmentRoutes.root)))
            })
        }
        return jobs
    }

    /// Each fragment as its own file, keyed by the inputs it shows: exactly the HTML to paste.
    /// No byte order mark (CKEditor 4 turned it into an empty paragraph at the top of every
    /// article) and no `<meta charset>` (editors strip it); the `/nhung/` pages, which declare
    /// UTF-8, are where a fragment is read and copied.
    private func file(_ fragment: PortalFragment) -> RenderJob {
        RenderJob(path: fragment.filePath, dependency: fragment.dependency) { Data(fragment.html() + [UInt8(ascii: "\n")]) }
    }

    private func view(_ title: String, _ fragments: [PortalFragment]) -> EmbedsView.Group {
        .init(title: title, fragments: fragments.map { fragment in
            let html = fragment.html()
            return .init(id: fragment.id, title: fragment.title, code: String(decoding: html, as: UTF8.self), preview: FragmentText.preview(html),
                         pageURL: fragment.pageURL, fileURL: context.url(fragment.filePath))
        })
    }
}
