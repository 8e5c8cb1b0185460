import CongKhaiSite

/// The scoring pages' internal notes (where scores disagree with their figures or each
/// other), by the site path of the page they are about.
///
/// They are working notes for the people who score, not for citizens: `congkhai check` prints
/// them, the preview shows them above their page, and the published page carries them only
/// when `site.yaml` asks (`show_score_disagreements: true`, then this is empty).
public enum ScoringNotes {
    public static func byPath(_ site: Site) -> [String: [String]] {
        guard !site.config.showScoreDisagreements else { return [:] }
        var notes: [String: [String]] = [:]
        let criterionThree = ContentCriterionCheck.findings(site.scores, commune: site.config.commune, summary: site.completeness,
                                                            noticeGaps: FeedbackNoticeGaps.gaps(site.config.feedback))
        for (year, results) in Dictionary(grouping: site.scores, by: \.sheet.year) {
            let yearPath = ScoringRoutes.year(year)
            let single = ScoringRenderer.isSingleSheet(results, config: site.config)
            for result in results {
                let selfCheck = criterionThree.filter { $0.result.sheet.slug == result.sheet.slug && $0.result.sheet.year == year }.map(\.message)
                guard !result.disagreements.isEmpty || !selfCheck.isEmpty else { continue }
                let path = single ? yearPath : ScoringRoutes.sheet(year: year, unit: result.sheet.slug)
                notes[path, default: []] += result.disagreements.map(\.message) + selfCheck
                if !single {
                    notes[yearPath, default: []].append("\(result.sheet.unit): \(result.disagreements.count) điểm không khớp (xem trang của đơn vị).")
                }
            }
        }
        return notes.mapValues { $0 }
    }
}
