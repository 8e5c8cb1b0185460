import Foundation

/// The load steps of issue 10 §4 and issue 11 §3, kept out of `SiteLoader` so that it gains
/// two calls only: the catalog read with its decisions and the record of published codes,
/// then, once the calendar and the scores are loaded, completeness, criterion 3 and the
/// decisions' deadlines.
enum LifecycleLoader {
    static func procedures(siteData: SiteData, contentDirectory: URL, decisions: DecisionBook, asOf: CivilDate,
                           diagnostics: Diagnostics) -> ([Procedure], PublishedCodes) {
        let read = ProcedureReader.read(siteData: siteData, contentDirectory: contentDirectory, diagnostics: diagnostics)
        var procedures = CatalogDecisions.apply(read, book: decisions, asOf: asOf, diagnostics: diagnostics)
        CatalogDecisions.reportMissing(book: decisions, listed: Set(procedures.map(\.code)), asOf: asOf, diagnostics: diagnostics)
        let record = PublishedCodes.read(contentDirectory: contentDirectory, diagnostics: diagnostics)
        let catalogFile = siteData.document(named: ProcedureReader.tableName).map { "data/\($0.path)" } ?? "data/\(ProcedureReader.tableName).csv"
        // A catalog file that exists but could not be read was reported already; saying that
        // every code vanished from it as well would bury the real error.
        let unreadable = siteData.document(named: ProcedureReader.tableName) == nil
            && ["csv", "xlsx", "yaml", "yml"].contains {
                FileManager.default.fileExists(atPath: contentDirectory.appendingPathComponent("data/\(ProcedureReader.tableName).\($0)").path)
            }
        if !unreadable {
            procedures += PublishedCodeGuard.check(record: record, listed: procedures, book: decisions, asOf: asOf,
                                                   catalogFile: catalogFile, diagnostics: diagnostics)
        }
        for procedure in procedures where procedure.availability(on: asOf) == .withdrawn
            && procedure.lifecycle?.abolishedBy == nil && procedure.decision == nil {
            diagnostics.warning(.abolishedWithoutDecision, at: procedure.location,
                                "Thủ tục \(procedure.code) đã bãi bỏ nhưng chưa ghi quyết định bãi bỏ: trang của nó không nói được bãi bỏ theo văn bản nào. Thêm quyết định vào data/\(DecisionReader.tableName).csv (hoặc cột \"Quyết định công bố\").")
        }
        return (procedures, record)
    }

    static func finish(_ site: inout Site, record: PublishedCodes, decisions: DecisionBook, diagnostics: Diagnostics) {
        site.decisions = decisions
        let lacking = ProcedureCompleteness.lacking(site.catalog)
        site.completeness = ProcedureCompleteness.summary(lacking)
        ProcedureCompleteness.report(lacking, diagnostics: diagnostics)
        TimeLimitUnitCheck.report(site.catalog, diagnostics: diagnostics)
        ContentCriterionCheck.check(site.scores, commune: site.config.commune, summary: site.completeness,
                                    noticeGaps: FeedbackNoticeGaps.gaps(site.config.feedback), diagnostics: diagnostics)
        site.decisionProgress = DecisionProgress.evaluate(decisions, catalog: site.catalog, record: record,
                                                          calendar: site.calendar, asOf: site.asOf)
        DecisionProgress.report(site.decisionProgress, asOf: site.asOf, diagnostics: diagnostics)
        if let latest = record.latestDate, site.asOf < latest {
            site.publishedCodes = record  // a build dated in the past leaves the record as it is
        } else {
            site.publishedCodes = record.updated(catalog: site.catalog.all, decisions: decisions, asOf: site.asOf)
        }
    }
}
