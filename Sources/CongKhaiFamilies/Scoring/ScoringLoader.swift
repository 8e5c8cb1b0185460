import CongKhaiCore
import CongKhaiInput

/// Finds criteria sets (`data/cham-diem/<set>.yaml`) and score sheets
/// (`data/cham-diem/<year>/<unit>.yaml` or `.xlsx`), evaluates every sheet and reports each
/// disagreement as a warning, so `congkhai check` lists them as the page does.
enum ScoringLoader {
    static let folder = "cham-diem/"

    /// The value of `from:` that takes a rate's b and a from the dossier register.
    static let registerSource = "so-ho-so"

    static func load(siteData: SiteData, register: DossierRegister, diagnostics: Diagnostics) -> [ScoreEvaluator.Result] {
        var sets: [String: CriteriaSet] = [:]
        var sheets: [ScoreSheet] = []
        let paths = siteData.documents.keys.sorted().filter { $0.hasPrefix(folder) }
        func parts(_ path: String) -> [String] { path.dropFirst(folder.count).split(separator: "/").map(String.init) }
        func stem(_ path: String) -> String { String(parts(path).last!.split(separator: ".").first!) }
        // Sets first: a workbook sheet's level columns are the levels of its set.
        for path in paths where parts(path).count == 1 {
            guard case .yaml(let node) = siteData.documents[path]! else { continue }
            if let set = CriteriaSetReader.read(node, id: stem(path), file: "data/\(path)", diagnostics: diagnostics) { sets[stem(path)] = set }
        }
        for path in paths where parts(path).count == 2 {
            guard let year = Int(parts(path)[0]) else { continue }
            let slug = Slug.make(stem(path))
            let sheet: ScoreSheet? = switch siteData.documents[path]! {
            case .yaml(let node): ScoreSheetReader.read(node, year: year, slug: slug, file: "data/\(path)", diagnostics: diagnostics)
            case .table(let table): ScoreSheetTableReader(table: table, year: year, slug: slug, sets: sets, diagnostics: diagnostics).read()
            }
            if let sheet { sheets.append(fillFromRegister(sheet, register: register, diagnostics: diagnostics)) }
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

    /// Entries with `from: so-ho-so` get b = dossiers finished before or on their due date and
    /// a = all finished in the sheet's year, from `data/ho-so-tre-han.csv`, and say so as source.
    static func fillFromRegister(_ sheet: ScoreSheet, register: DossierRegister, diagnostics: Diagnostics) -> ScoreSheet {
        var entries = sheet.entries
        for (id, entry) in sheet.entries {
            guard let from = entry.derivedFrom else { continue }
            guard from == registerSource else {
                diagnostics.error(.scoreSheetInvalid, at: entry.location, "\"from: \(from)\" không biết; dùng \"from: \(registerSource)\" để lấy số liệu từ sổ theo dõi hồ sơ.")
                continue
            }
            guard register.isComplete else {
                diagnostics.error(.registerScope, at: entry.location,
                                  "\"from: \(registerSource)\" cần sổ toàn bộ hồ sơ đã giải quyết (data/\(DossierReader.completeTableName).csv hoặc .xlsx); sổ \(register.sourceFile ?? "data/\(DossierReader.tableName).csv") chỉ có hồ sơ trễ hạn nên không tính được tỷ lệ.")
                continue
            }
            guard let tally = register.byYear.first(where: { $0.year == sheet.year })?.tally else {
                diagnostics.error(.scoreSheetInvalid, at: entry.location, "Sổ theo dõi hồ sơ không có hồ sơ đã giải quyết trong năm \(sheet.year).")
                continue
            }
            var filled = entry
            filled.numerator = tally.inTime
            filled.denominator = tally.finished
            filled.source = "Sổ theo dõi hồ sơ (\(register.sourceFile ?? "data/\(DossierReader.completeTableName).csv")), năm \(sheet.year): \(VietnameseNumberFormat.integer(tally.finished)) hồ sơ đã giải quyết"
            entries[id] = filled
        }
        return ScoreSheet(unit: sheet.unit, slug: sheet.slug, year: sheet.year, criteriaSetID: sheet.criteriaSetID,
                          document: sheet.document, statedTotals: sheet.statedTotals, entries: entries, location: sheet.location)
    }
}
