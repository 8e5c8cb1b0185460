import CongKhaiCore
import CongKhaiInput
import Foundation

/// The catalog read with its announcement decisions (issue 10 §4, issue 11 §3): what each
/// decision changes, the codes it announces that the catalog lacks, and the record of
/// published codes with the codes that vanished from the catalog.
enum CatalogLoader {
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
}
