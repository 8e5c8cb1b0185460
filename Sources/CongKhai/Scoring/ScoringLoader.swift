/// Finds criteria sets (`data/cham-diem/<set>.yaml`) and score sheets
/// (`data/cham-diem/<year>/<unit>.yaml`), evaluates every sheet and reports each
/// disagreement as a warning, so `congkhai check` lists them as the page does.
enum ScoringLoader {
    static let folder = "cham-diem/"

    static func load(siteData: SiteData, diagnostics: Diagnostics) -> [ScoreEvaluator.Result] {
        var sets: [String: CriteriaSet] = [:]
        var sheets: [ScoreSheet] = []
        for path in siteData.documents.keys.sorted() where path.hasPrefix(folder) {
            guard case .yaml(let node) = siteData.documents[path]! else { continue }
            let parts = path.dropFirst(folder.count).split(separator: "/").map(String.init)
            let file = "data/\(path)"
            let stem = String(parts.last!.split(separator: ".").first!)
            if parts.count == 1 {
                if let set = CriteriaSetReader.read(node, id: stem, file: file, diagnostics: diagnostics) { sets[stem] = set }
            } else if parts.count == 2, let year = Int(parts[0]) {
                if let sheet = ScoreSheetReader.read(node, year: year, slug: Slug.make(stem), file: file, diagnostics: diagnostics) {
                    sheets.append(sheet)
                }
            }
        }
        var results: [ScoreEvaluator.Result] = []
        for sheet in sheets {
            guard let set = sets[sheet.criteriaSetID] else {
                diagnostics.error(.unknownCriteriaSet, at: sheet.location,
                                  "Không có bộ tiêu chí \"\(sheet.criteriaSetID)\" (tệp data/cham-diem/\(sheet.criteriaSetID).yaml). Có: \(sets.keys.sorted().joined(separator: ", ")).")
                continue
            }
            let result = ScoreEvaluator.evaluate(sheet, against: set)
            for disagreement in result.disagreements {
                diagnostics.warning(.scoreDisagreement, at: disagreement.location, "\(sheet.unit) \(sheet.year): \(disagreement.message)")
            }
            results.append(result)
        }
        return results.sorted { ($0.sheet.year, $0.sheet.slug) < ($1.sheet.year, $1.sheet.slug) }
    }
}
