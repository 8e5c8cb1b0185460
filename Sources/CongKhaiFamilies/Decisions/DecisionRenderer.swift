import CongKhaiCore
import CongKhaiSite
import Foundation

/// `/quyet-dinh-cong-bo/`: the province's announcement decisions, each with its codes, the
/// deadline for publishing its changes and the day the site showed them.
struct DecisionRenderer {
    let context: TemplateContext

    func jobs() -> [RenderJob] {
        let site = context.site
        guard !site.decisions.isEmpty else { return [] }
        // The page shows dates from the record of published codes, which is not among the
        // fingerprinted inputs (every build may rewrite it): key the page on what it shows.
        var hasher = FNV1a()
        let names = Dictionary(site.catalog.all.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        for progress in site.decisionProgress {
            hasher.combine(progress.decision.number)
            hasher.combine(progress.updated?.iso ?? "-")
            hasher.combine(progress.pendingCodes.joined(separator: ","))
            for entry in progress.decision.entries {
                hasher.combine(names[entry.code] ?? "")
                hasher.combine(entry.replacement.flatMap { names[$0] } ?? "")
            }
        }
        let path = DecisionRoutes.page
        return [
            .html(path, dependency: .input(hasher.value)) {
                context.render(DecisionsFamily.template, title: "Quyết định công bố thủ tục hành chính", sitePath: path,
                               description: "Các quyết định công bố, sửa đổi, bãi bỏ thủ tục hành chính áp dụng tại \(site.config.commune) và ngày trang cập nhật",
                               layout: DecisionViews.list(site, context: context))
            },
        ]
    }
}
